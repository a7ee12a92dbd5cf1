using Lcoo.Summit.Api.Webhooks;
using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// Webhook endpoints and deliveries in MongoDB. The outbox is the <c>outbox</c> array of a summit's document, added to by
/// the same update that publishes an import; a fan-out upserts its deliveries by key (insert-only fields), then takes the
/// version off the array, so a fan-out cut short and done again makes no second delivery.
/// </summary>
public sealed class MongoWebhookStore(MongoStorage storage) : IWebhookStore
{
    public Task SaveEndpointAsync(WebhookEndpoint endpoint, CancellationToken ct) => storage.Guard(() =>
        storage.WebhookEndpoints.ReplaceOneAsync(By("endpointId", endpoint.Id), Bson.From(endpoint), new ReplaceOptions { IsUpsert = true }, ct));

    public Task<WebhookEndpoint?> GetEndpointAsync(string member, string id, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.WebhookEndpoints.Find(By("member", member) & By("endpointId", id), storage.Bounded).FirstOrDefaultAsync(ct);
        return doc is null ? null : Bson.To<WebhookEndpoint>(doc);
    });

    public Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(string? member, CancellationToken ct) => storage.Guard(async () =>
    {
        var filter = member is null ? FilterDefinition<BsonDocument>.Empty : By("member", member);
        var docs = await storage.WebhookEndpoints.Find(filter, storage.Bounded).Sort(Ascending("createdAt", "endpointId")).ToListAsync(ct);
        return (IReadOnlyList<WebhookEndpoint>)docs.ConvertAll(Bson.To<WebhookEndpoint>);
    });

    public Task<bool> DeleteEndpointAsync(string member, string id, CancellationToken ct) => storage.Guard(async () =>
    {
        var removed = (await storage.WebhookEndpoints.DeleteOneAsync(By("member", member) & By("endpointId", id), ct)).DeletedCount > 0;
        if (removed)
        {
            await storage.WebhookDeliveries.DeleteManyAsync(By("endpointId", id), ct);
        }

        return removed;
    });

    public Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.Summits.Find(Builders<BsonDocument>.Filter.Exists("outbox.0"), storage.Bounded)
            .Project(Builders<BsonDocument>.Projection.Include("slug").Include("outbox")).ToListAsync(ct);
        return (IReadOnlyList<OutboxEntry>)[.. docs
            .SelectMany(d => d["outbox"].AsBsonArray.Select(v => new OutboxEntry(d["slug"].AsString, v.ToInt64())))
            .OrderBy(e => e.Version).ThenBy(e => e.Summit, StringComparer.Ordinal).Take(limit)];
    });

    public Task FanOutAsync(OutboxEntry entry, IReadOnlyList<WebhookDelivery> deliveries, CancellationToken ct) => storage.Guard(async () =>
    {
        if (deliveries.Count > 0)
        {
            var upserts = deliveries.Select(d => new UpdateOneModel<BsonDocument>(
                By("endpointId", d.EndpointId) & By("deliveryId", d.Id),
                new BsonDocument("$setOnInsert", Bson.From(d))) { IsUpsert = true });
            await storage.WebhookDeliveries.BulkWriteAsync(upserts, new BulkWriteOptions { IsOrdered = true }, ct);
        }

        await storage.Summits.UpdateOneAsync(By("slug", entry.Summit), Builders<BsonDocument>.Update.Pull("outbox", entry.Version), cancellationToken: ct);
    });

    public Task<IReadOnlyList<WebhookDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var paused = await storage.WebhookEndpoints.Find(Builders<BsonDocument>.Filter.Eq("paused", true), storage.Bounded)
            .Project(Builders<BsonDocument>.Projection.Include("endpointId")).ToListAsync(ct);
        var filter = By("status", "Pending") & Builders<BsonDocument>.Filter.Lte("nextAttemptAt", now.UtcDateTime)
            & Builders<BsonDocument>.Filter.Nin("endpointId", paused.Select(p => p["endpointId"].AsString));
        var docs = await storage.WebhookDeliveries.Find(filter, storage.Bounded).Sort(Ascending("nextAttemptAt", "deliveryId")).Limit(limit).ToListAsync(ct);
        return (IReadOnlyList<WebhookDelivery>)docs.ConvertAll(Bson.To<WebhookDelivery>);
    });

    public Task RecordAttemptAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, CancellationToken ct) => storage.WriteAsync(async (session, token) =>
    {
        var filter = By("endpointId", delivery.EndpointId) & By("deliveryId", delivery.Id);
        await (session is null
            ? storage.WebhookDeliveries.ReplaceOneAsync(filter, Bson.From(delivery), cancellationToken: token)
            : storage.WebhookDeliveries.ReplaceOneAsync(session, filter, Bson.From(delivery), cancellationToken: token));
        await (session is null
            ? storage.WebhookEndpoints.ReplaceOneAsync(By("endpointId", endpoint.Id), Bson.From(endpoint), cancellationToken: token)
            : storage.WebhookEndpoints.ReplaceOneAsync(session, By("endpointId", endpoint.Id), Bson.From(endpoint), cancellationToken: token));
        return true;
    }, ct);

    public Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string endpointId, int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.WebhookDeliveries.Find(By("endpointId", endpointId), storage.Bounded)
            .Sort(Builders<BsonDocument>.Sort.Descending("createdAt").Descending("deliveryId")).Limit(limit).ToListAsync(ct);
        return (IReadOnlyList<WebhookDelivery>)docs.ConvertAll(Bson.To<WebhookDelivery>);
    });

    public Task MakeDueAsync(string endpointId, DateTimeOffset now, CancellationToken ct) => storage.Guard(() =>
        storage.WebhookDeliveries.UpdateManyAsync(By("endpointId", endpointId) & By("status", "Pending"),
            Builders<BsonDocument>.Update.Set("nextAttemptAt", now.UtcDateTime), cancellationToken: ct));
}
