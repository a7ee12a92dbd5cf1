using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

[Trait("Feature", "Http")]
public sealed class MongoApiTests(MongoEmulator emulator) : ApiContract, IClassFixture<MongoEmulator>
{
    protected override ApiFactory NewService(string storeKey) =>
        Own(ApiFactory.OnMongo(emulator.ConnectionString, ("Storage:MongoDatabase", $"api-{storeKey}")));
}
