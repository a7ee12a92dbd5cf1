using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Itineraries;
using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>Published itineraries in MongoDB.</summary>
public sealed class MongoPublicationStore(MongoStorage storage) : IPublicationStore
{
    public Task<Publication> PublishAsync(Publication publication, CancellationToken ct) => storage.Guard(async () =>
    {
        var kept = publication with { Id = ObjectId.GenerateNewId().ToString() };
        await storage.Publications.InsertOneAsync(Bson.From(kept), cancellationToken: ct);
        return kept;
    });

    public Task<IReadOnlyList<Publication>> ListPublicationsAsync(string slug, CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.Publications.Find(By("summit", slug), storage.Bounded).Sort(Builders<BsonDocument>.Sort.Descending("createdAt")).ToListAsync(ct);
        return (IReadOnlyList<Publication>)docs.ConvertAll(Bson.To<Publication>);
    });

    public Task<Publication?> FindPublicationAsync(string token, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.Publications.Find(By("token", token), storage.Bounded).FirstOrDefaultAsync(ct);
        return doc is null ? null : Bson.To<Publication>(doc);
    });

    public Task<bool> WithdrawPublicationAsync(string slug, string id, CancellationToken ct) => storage.Guard(async () =>
        (await storage.Publications.DeleteOneAsync(By("summit", slug) & By("publicationId", id), ct)).DeletedCount > 0);
}
