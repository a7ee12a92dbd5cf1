using Lcoo.Summit.Api.Sources;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Summit sources and their poll logs in SQLite.</summary>
public sealed class SqliteSourceStore(SqliteStorage storage) : ISourceStore
{
    private const int KeptPolls = 500;

    public async Task<KeptSource> PutSourceAsync(SummitSource source, DateTimeOffset firstPoll, CancellationToken ct)
    {
        var state = SourceState.First(firstPoll);
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        await ExecuteAsync(db, tx, """
            INSERT INTO sources (summit, revision, next_poll_utc, source, state) VALUES ($summit, 1, $next, $source, $state)
            ON CONFLICT (summit) DO UPDATE SET revision = revision + 1, next_poll_utc = excluded.next_poll_utc, source = excluded.source, state = excluded.state
            """, ct, ("$summit", source.Summit), ("$next", firstPoll.ToUnixTimeMilliseconds()), ("$source", StoreJson.Write(source)), ("$state", StoreJson.Write(state)));
        var revision = (await QueryAsync(db, "SELECT revision FROM sources WHERE summit = $summit", [("$summit", source.Summit)], r => r.GetInt64(0), ct, tx))[0];
        await tx.CommitAsync(ct);
        return new KeptSource(source, state, revision);
    }

    public async Task<KeptSource?> GetSourceAsync(string slug, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return (await QueryAsync(db, "SELECT source, state, revision, next_poll_utc FROM sources WHERE summit = $summit", [("$summit", slug)], Read, ct)).SingleOrDefault();
    }

    public async Task<bool> DeleteSourceAsync(string slug, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var removed = await ExecuteAsync(db, tx, "DELETE FROM sources WHERE summit = $summit", ct, ("$summit", slug)) > 0;
        await ExecuteAsync(db, tx, "DELETE FROM source_polls WHERE summit = $summit", ct, ("$summit", slug));
        await tx.CommitAsync(ct);
        return removed;
    }

    public async Task<IReadOnlyList<KeptSource>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT source, state, revision, next_poll_utc FROM sources WHERE next_poll_utc <= $now ORDER BY next_poll_utc, summit LIMIT $limit",
            [("$now", now.ToUnixTimeMilliseconds()), ("$limit", limit)], Read, ct);
    }

    public async Task<bool> RecordPollAsync(string slug, long revision, SourcePoll poll, SourceState next, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var updated = await ExecuteAsync(db, tx, "UPDATE sources SET next_poll_utc = $next, state = $state WHERE summit = $summit AND revision = $revision", ct,
            ("$next", next.NextPollAt.ToUnixTimeMilliseconds()), ("$state", StoreJson.Write(next)), ("$summit", slug), ("$revision", revision)) > 0;
        if (updated)
        {
            await ExecuteAsync(db, tx, "INSERT INTO source_polls (summit, doc) VALUES ($summit, $doc)", ct, ("$summit", slug), ("$doc", StoreJson.Write(poll)));
            await ExecuteAsync(db, tx, "DELETE FROM source_polls WHERE summit = $summit AND seq <= (SELECT seq FROM source_polls WHERE summit = $summit ORDER BY seq DESC LIMIT 1 OFFSET $kept)", ct,
                ("$summit", slug), ("$kept", KeptPolls));
        }

        await tx.CommitAsync(ct);
        return updated;
    }

    public async Task<bool> MakeDueAsync(string slug, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await ExecuteAsync(db, null, "UPDATE sources SET next_poll_utc = MIN(next_poll_utc, $now) WHERE summit = $summit", ct,
            ("$now", now.ToUnixTimeMilliseconds()), ("$summit", slug)) > 0;
    }

    public async Task<IReadOnlyList<SourcePoll>> ListPollsAsync(string slug, int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM source_polls WHERE summit = $summit ORDER BY seq DESC LIMIT $limit", [("$summit", slug), ("$limit", limit)],
            r => StoreJson.Read<SourcePoll>(r.GetString(0)), ct);
    }

    private static KeptSource Read(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        // The column is the truth for when: "poll now" moves it alone.
        new(StoreJson.Read<SummitSource>(r.GetString(0)), StoreJson.Read<SourceState>(r.GetString(1)) with { NextPollAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)) }, r.GetInt64(2));
}
