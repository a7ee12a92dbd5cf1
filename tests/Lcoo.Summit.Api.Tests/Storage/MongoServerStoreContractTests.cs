using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Storage;

/// <summary>
/// The contract against a real MongoDB server named by MONGODB_URI. Without it every test here is
/// reported as skipped with the reason, never passed.
/// </summary>
[Trait("Feature", "Storage")]
public sealed class MongoServerStoreContractTests : MongoStoreContract
{
    protected override IMongoDatabase NewDatabase() =>
        new MongoClient(RealMongo.Require()).GetDatabase(MongoEmulator.UniqueName("lcoo-contract"));

    [Fact]
    public async Task The_unique_index_refuses_a_second_document_for_the_same_session()
    {
        var store = await NewStoreAsync();
        await SaveAsync(store, Summit(), [Session("19266")], []);
        var sessions = LastDatabase!.GetCollection<BsonDocument>("sessions");

        var duplicate = new BsonDocument { ["summit"] = "sydney-2017", ["sessionId"] = "19266" };

        var error = await Assert.ThrowsAsync<MongoWriteException>(() => sessions.InsertOneAsync(duplicate, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(ServerErrorCategory.DuplicateKey, error.WriteError.Category);
    }
}
