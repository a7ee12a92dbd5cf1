using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

[Trait("Feature", "Http")]
public sealed class SqliteApiTests : ApiContract
{
    protected override ApiFactory NewService(string storeKey) => Own(ApiFactory.OnSqlite(Folder(storeKey)));
}
