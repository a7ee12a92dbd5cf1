using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

public sealed class SqliteApiTests : ApiContract
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-api-").FullName;

    protected override ApiFactory NewService(string storeKey) =>
        Own(ApiFactory.OnSqlite(Path.Combine(_root, storeKey)));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
