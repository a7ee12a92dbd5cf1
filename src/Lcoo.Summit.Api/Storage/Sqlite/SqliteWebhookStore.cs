using Lcoo.Summit.Api.Webhooks;
using Microsoft.Data.Sqlite;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Webhook endpoints, the outbox and deliveries in SQLite.</summary>
public sealed class SqliteWebhookStore(SqliteStorage storage) : IWebhookStore
{
    public async Task SaveEndpointAsync(WebhookEndpoint endpoint, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await ExecuteAsync(db, null, """
            INSERT INTO webhook_endpoints (id, member, created_utc, paused, doc) VALUES ($id, $member, $created, $paused, $doc)
            ON CONFLICT (id) DO UPDATE SET paused = excluded.paused, doc = excluded.doc
            """, ct, Endpoint(endpoint));
    }

    public async Task<WebhookEndpoint?> GetEndpointAsync(string member, string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return (await QueryAsync(db, "SELECT doc FROM webhook_endpoints WHERE member = $member AND id = $id", [("$member", member), ("$id", id)],
            r => StoreJson.Read<WebhookEndpoint>(r.GetString(0)), ct)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(string? member, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM webhook_endpoints WHERE $member IS NULL OR member = $member ORDER BY created_utc, id", [("$member", member)],
            r => StoreJson.Read<WebhookEndpoint>(r.GetString(0)), ct);
    }

    public async Task<bool> DeleteEndpointAsync(string member, string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var removed = await ExecuteAsync(db, tx, "DELETE FROM webhook_endpoints WHERE member = $member AND id = $id", ct, ("$member", member), ("$id", id)) > 0;
        if (removed)
        {
            await ExecuteAsync(db, tx, "DELETE FROM webhook_deliveries WHERE endpoint_id = $id", ct, ("$id", id));
        }

        await tx.CommitAsync(ct);
        return removed;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT summit, version FROM webhook_outbox ORDER BY version, summit LIMIT $limit", [("$limit", limit)],
            r => new OutboxEntry(r.GetString(0), r.GetInt64(1)), ct);
    }

    public async Task FanOutAsync(OutboxEntry entry, IReadOnlyList<WebhookDelivery> deliveries, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        await using (var insert = Command(db, tx, """
            INSERT INTO webhook_deliveries (endpoint_id, id, created_utc, status, next_utc, doc) VALUES ($endpoint, $id, $created, $status, $next, $doc)
            ON CONFLICT (endpoint_id, id) DO NOTHING
            """))
        {
            foreach (var d in deliveries)
            {
                await RunAsync(insert, ct, Delivery(d));
            }
        }

        await ExecuteAsync(db, tx, "DELETE FROM webhook_outbox WHERE summit = $summit AND version = $version", ct, ("$summit", entry.Summit), ("$version", entry.Version));
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, """
            SELECT d.doc FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.status = 'pending' AND d.next_utc <= $now AND e.paused = 0 ORDER BY d.next_utc, d.id LIMIT $limit
            """, [("$now", now.ToUnixTimeMilliseconds()), ("$limit", limit)], r => StoreJson.Read<WebhookDelivery>(r.GetString(0)), ct);
    }

    public async Task RecordAttemptAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        await ExecuteAsync(db, tx, "UPDATE webhook_deliveries SET status = $status, next_utc = $next, doc = $doc WHERE endpoint_id = $endpoint AND id = $id", ct, Delivery(delivery));
        await ExecuteAsync(db, tx, "UPDATE webhook_endpoints SET paused = $paused, doc = $doc WHERE id = $id", ct, Endpoint(endpoint));
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string endpointId, int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM webhook_deliveries WHERE endpoint_id = $endpoint ORDER BY created_utc DESC, id DESC LIMIT $limit",
            [("$endpoint", endpointId), ("$limit", limit)], r => StoreJson.Read<WebhookDelivery>(r.GetString(0)), ct);
    }

    public async Task MakeDueAsync(string endpointId, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await ExecuteAsync(db, null, "UPDATE webhook_deliveries SET next_utc = MIN(next_utc, $now) WHERE endpoint_id = $endpoint AND status = 'pending'", ct,
            ("$now", now.ToUnixTimeMilliseconds()), ("$endpoint", endpointId));
    }

    private static (string, object?)[] Endpoint(WebhookEndpoint e) =>
        [("$id", e.Id), ("$member", e.Member), ("$created", e.CreatedAt.ToUnixTimeMilliseconds()), ("$paused", e.Paused ? 1 : 0), ("$doc", StoreJson.Write(e))];

    private static (string, object?)[] Delivery(WebhookDelivery d) =>
        [("$endpoint", d.EndpointId), ("$id", d.Id), ("$created", d.CreatedAt.ToUnixTimeMilliseconds()), ("$status", StatusName(d.Status)),
         ("$next", d.NextAttemptAt.ToUnixTimeMilliseconds()), ("$doc", StoreJson.Write(d))];

    private static string StatusName(DeliveryStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
