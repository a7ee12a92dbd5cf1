using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Storage;

/// <summary>The store contract through MongoDB.Driver over the wire, plus what only a Mongo store has: documents and indexes.</summary>
public abstract class MongoStoreContract : StoreContract
{
    protected abstract IMongoDatabase NewDatabase();

    protected IMongoDatabase? LastDatabase { get; private set; }

    protected override async Task<Stores> NewStoresAsync()
    {
        LastDatabase = NewDatabase();
        var storage = new MongoStorage(LastDatabase);
        await storage.InitializeAsync(TestContext.Current.CancellationToken);
        return new Stores(storage, new MongoSummitStore(storage, TimeProvider.System), new MongoScheduleStore(storage),
            new MongoPublicationStore(storage), new MongoCoveragePlanStore(storage), new MongoMemberStore(storage),
            new MongoLeaseStore(storage), new MongoSourceStore(storage));
    }

    [Fact]
    public async Task Documents_have_ObjectId_ids_and_natural_keys_in_fields()
    {
        var store = await NewStoreAsync();
        await SaveAsync(store, Summit(), [Session("19266")], [Speaker("3681")]);

        var session = await LastDatabase!.GetCollection<BsonDocument>("sessions").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync(TestContext.Current.CancellationToken);
        var summit = await LastDatabase.GetCollection<BsonDocument>("summits").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BsonType.ObjectId, session["_id"].BsonType);
        Assert.Equal("19266", session["sessionId"].AsString);
        Assert.Equal("sydney-2017", session["summit"].AsString);
        Assert.Equal(BsonType.DateTime, session["start"].BsonType);
        Assert.Equal("Moderator", session["speakers"][1]["role"].AsString);
        Assert.Equal(BsonType.ObjectId, summit["_id"].BsonType);
        Assert.Equal("sydney-2017", summit["slug"].AsString);
    }

    [Fact]
    public async Task Unique_compound_indexes_on_natural_keys_are_created()
    {
        await NewStoreAsync();

        var indexes = await (await LastDatabase!.GetCollection<BsonDocument>("sessions").Indexes.ListAsync(TestContext.Current.CancellationToken))
            .ToListAsync(TestContext.Current.CancellationToken);

        var key = Assert.Single(indexes, i => i["key"].AsBsonDocument.Names.SequenceEqual(["summit", "sessionId"]));
        Assert.True(key.GetValue("unique", false).ToBoolean());
    }
}
