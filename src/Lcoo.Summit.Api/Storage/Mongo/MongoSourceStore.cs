using Lcoo.Summit.Api.Sources;
using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// Summit sources in MongoDB: one document per summit (the source, its state, its revision and <c>nextPollAt</c> as a
/// date to range over), and a poll log collection.
/// </summary>
public sealed class MongoSourceStore(MongoStorage storage) : ISourceStore
{
    private const int KeptPolls = 500;

    public Task<KeptSource> PutSourceAsync(SummitSource source, DateTimeOffset firstPoll, CancellationToken ct) => storage.Guard(async () =>
    {
        var state = SourceState.First(firstPoll);
        var doc = await storage.Sources.FindOneAndUpdateAsync(By("summit", source.Summit),
            Builders<BsonDocument>.Update.Set("source", Bson.From(source)).Set("state", Bson.From(state)).Set("nextPollAt", firstPoll.UtcDateTime).Inc("revision", 1L),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After }, ct);
        return new KeptSource(source, state, doc["revision"].ToInt64());
    });

    public Task<KeptSource?> GetSourceAsync(string slug, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.Sources.Find(By("summit", slug), storage.Bounded).FirstOrDefaultAsync(ct);
        return doc is null ? null : Read(doc);
    });

    public Task<bool> DeleteSourceAsync(string slug, CancellationToken ct) => storage.Guard(async () =>
    {
        var removed = (await storage.Sources.DeleteOneAsync(By("summit", slug), ct)).DeletedCount > 0;
        await storage.SourcePolls.DeleteManyAsync(By("summit", slug), ct);
        return removed;
    });

    public Task<IReadOnlyList<KeptSource>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.Sources.Find(Builders<BsonDocument>.Filter.Lte("nextPollAt", now.UtcDateTime), storage.Bounded)
            .Sort(Ascending("nextPollAt", "summit")).Limit(limit).ToListAsync(ct);
        return (IReadOnlyList<KeptSource>)docs.ConvertAll(Read);
    });

    public Task<bool> RecordPollAsync(string slug, long revision, SourcePoll poll, SourceState next, CancellationToken ct) => storage.Guard(async () =>
    {
        var filter = By("summit", slug) & Builders<BsonDocument>.Filter.Eq("revision", revision);
        var updated = await storage.Sources.UpdateOneAsync(filter,
            Builders<BsonDocument>.Update.Set("state", Bson.From(next)).Set("nextPollAt", next.NextPollAt.UtcDateTime), cancellationToken: ct);
        if (updated.MatchedCount == 0)
        {
            return false;
        }

        await storage.SourcePolls.InsertOneAsync(Bson.From(poll).Set("summit", slug), cancellationToken: ct);
        var oldest = await storage.SourcePolls.Find(By("summit", slug), storage.Bounded).Sort(Builders<BsonDocument>.Sort.Descending("_id"))
            .Skip(KeptPolls).Limit(1).Project(Builders<BsonDocument>.Projection.Include("_id")).FirstOrDefaultAsync(ct);
        if (oldest is not null)
        {
            await storage.SourcePolls.DeleteManyAsync(By("summit", slug) & Builders<BsonDocument>.Filter.Lte("_id", oldest["_id"]), ct);
        }

        return true;
    });

    public Task<bool> MakeDueAsync(string slug, DateTimeOffset now, CancellationToken ct) => storage.Guard(async () =>
        (await storage.Sources.UpdateOneAsync(By("summit", slug), Builders<BsonDocument>.Update.Set("nextPollAt", now.UtcDateTime), cancellationToken: ct)).MatchedCount > 0);

    public Task<IReadOnlyList<SourcePoll>> ListPollsAsync(string slug, int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.SourcePolls.Find(By("summit", slug), storage.Bounded).Sort(Builders<BsonDocument>.Sort.Descending("_id")).Limit(limit).ToListAsync(ct);
        return (IReadOnlyList<SourcePoll>)docs.ConvertAll(Bson.To<SourcePoll>);
    });

    /// <summary>The field <c>nextPollAt</c> is the truth for when: "poll now" moves it alone.</summary>
    private static KeptSource Read(BsonDocument doc) => new(
        Bson.To<SummitSource>(doc["source"].AsBsonDocument),
        Bson.To<SourceState>(doc["state"].AsBsonDocument) with { NextPollAt = new DateTimeOffset(doc["nextPollAt"].ToUniversalTime(), TimeSpan.Zero) },
        doc["revision"].ToInt64());
}
