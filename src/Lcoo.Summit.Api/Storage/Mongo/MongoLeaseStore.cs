using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// Leases in MongoDB: the lease's document is made once (an upsert that only sets on insert), then taken by one update
/// whose filter matches only an expired or own lease. The take never upserts, so it needs no unique-index collision to
/// mean "not yours".
/// </summary>
public sealed class MongoLeaseStore(MongoStorage storage) : ILeaseStore
{
    public Task<bool> TryHoldAsync(string name, string holder, DateTimeOffset now, TimeSpan ttl, CancellationToken ct) => storage.Guard(async () =>
    {
        await storage.Leases.UpdateOneAsync(By("name", name),
            Builders<BsonDocument>.Update.SetOnInsert("holder", "").SetOnInsert("until", DateTime.UnixEpoch), new UpdateOptions { IsUpsert = true }, ct);
        var filter = By("name", name) & (By("holder", holder) | Builders<BsonDocument>.Filter.Lt("until", now.UtcDateTime));
        var taken = await storage.Leases.UpdateOneAsync(filter, Builders<BsonDocument>.Update.Set("holder", holder).Set("until", (now + ttl).UtcDateTime), cancellationToken: ct);
        return taken.MatchedCount > 0;
    });

    public Task ReleaseAsync(string name, string holder, CancellationToken ct) => storage.Guard(() =>
        storage.Leases.UpdateOneAsync(By("name", name) & By("holder", holder),
            Builders<BsonDocument>.Update.Set("holder", "").Set("until", DateTime.UnixEpoch), cancellationToken: ct));
}
