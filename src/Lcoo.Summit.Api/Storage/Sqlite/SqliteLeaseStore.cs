using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Leases in SQLite: one upsert that takes the row only when it is free, expired or already the holder's.</summary>
public sealed class SqliteLeaseStore(SqliteStorage storage) : ILeaseStore
{
    public async Task<bool> TryHoldAsync(string name, string holder, DateTimeOffset now, TimeSpan ttl, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await ExecuteAsync(db, null, """
            INSERT INTO leases (name, holder, until_utc) VALUES ($name, $holder, $until)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until_utc = excluded.until_utc
            WHERE leases.holder = excluded.holder OR leases.until_utc < $now
            """, ct, ("$name", name), ("$holder", holder), ("$until", (now + ttl).ToUnixTimeMilliseconds()), ("$now", now.ToUnixTimeMilliseconds())) > 0;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await ExecuteAsync(db, null, "DELETE FROM leases WHERE name = $name AND holder = $holder", ct, ("$name", name), ("$holder", holder));
    }
}
