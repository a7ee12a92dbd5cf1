using Lcoo.Summit.Api.Tests.Infrastructure;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Storage;

/// <summary>The contract against the CongoDB emulator the tests start: MongoDB.Driver over the wire, no mocks.</summary>
[Trait("Feature", "Storage")]
public sealed class MongoEmulatorStoreContractTests(MongoEmulator emulator) : MongoStoreContract, IClassFixture<MongoEmulator>
{
    protected override IMongoDatabase NewDatabase() => emulator.NewDatabase("contract");
}
