using Lcoo.Summit.Changes;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Microsoft.Data.Sqlite;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Summits, sessions, speakers, import reports and the changelog in SQLite; each write is one IMMEDIATE transaction.</summary>
public sealed class SqliteSummitStore(SqliteStorage storage) : ISummitStore
{
    public async Task<IReadOnlyList<string>> ListSummitSlugsAsync(CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT slug FROM summits ORDER BY slug", [], r => r.GetString(0), ct);
    }

    public async Task<long?> GetVersionAsync(string slug, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await VersionAsync(db, null, slug, ct);
    }

    public async Task<SummitSnapshot?> LoadSummitAsync(string slug, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        // One read transaction: the summit, its sessions and speakers are of the same version.
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        var summits = await QueryAsync(db, "SELECT doc, version FROM summits WHERE slug = $slug", [("$slug", slug)],
            r => (Summit: StoreJson.Read<SummitInfo>(r.GetString(0)), Version: r.GetInt64(1)), ct, tx);
        if (summits.Count == 0)
        {
            return null;
        }

        var sessions = await QueryAsync(db, "SELECT doc FROM sessions WHERE summit = $slug ORDER BY start_utc, id",
            [("$slug", slug)], r => StoreJson.Read<Session>(r.GetString(0)), ct, tx);
        var speakers = await QueryAsync(db, "SELECT doc FROM speakers WHERE summit = $slug",
            [("$slug", slug)], r => StoreJson.Read<Speaker>(r.GetString(0)), ct, tx);
        return new SummitSnapshot(summits[0].Summit, sessions, speakers, summits[0].Version);
    }

    public async Task<SavedImport> SaveImportAsync(ImportPlan plan, long? expectedVersion, CancellationToken ct)
    {
        var write = plan.Write;
        var slug = write.Summit.Slug;
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var version = await VersionAsync(db, tx, slug, ct);
        if (version != expectedVersion)
        {
            throw new SummitChangedException(slug);
        }

        if (write.ChangesData)
        {
            version = await WriteSummitAsync(db, tx, write.Summit, ct);
            await UpsertAsync(db, tx, "sessions", slug, write.Sessions.Select(s => (s.Id, StoreJson.Write(s), (long?)s.Start.ToUnixTimeSeconds())), ct);
            await UpsertAsync(db, tx, "speakers", slug, write.Speakers.Select(s => (s.Id, StoreJson.Write(s), (long?)null)), ct);
            await using var delete = Command(db, tx, "DELETE FROM sessions WHERE summit = $summit AND id = $id");
            foreach (var id in write.RemovedSessionIds)
            {
                await RunAsync(delete, ct, ("$summit", slug), ("$id", id));
            }
        }

        var report = plan.Report with { Id = NewId(), Version = version };
        var publishes = report.PublishedChanges.Count > 0 && write.ChangesData;
        await ExecuteAsync(db, tx, "INSERT INTO import_reports (id, summit, at_utc, doc, summary, version, changes) VALUES ($id, $summit, $at, $doc, $summary, $version, $changes)", ct,
            ("$id", report.Id), ("$summit", slug), ("$at", report.At.ToUnixTimeMilliseconds()), ("$doc", StoreJson.Write(report)),
            ("$summary", StoreJson.Write(ImportSummary.Of(report))), ("$version", version),
            ("$changes", publishes ? StoreJson.Write(report.PublishedChanges) : null));
        if (publishes)
        {
            // The webhooks' outbox: in this same transaction, so a version that changed what is published is never left unannounced.
            await ExecuteAsync(db, tx, "INSERT INTO webhook_outbox (summit, version) VALUES ($summit, $version)", ct, ("$summit", slug), ("$version", version));
        }

        await tx.CommitAsync(ct);
        return new SavedImport(report, version!.Value);
    }

    public async Task<long> SaveSummitAsync(SummitInfo summit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var version = await WriteSummitAsync(db, tx, summit, ct);
        await tx.CommitAsync(ct);
        return version;
    }

    public async Task<long> SaveTagsAsync(string slug, IReadOnlyList<Session> retagged, long expectedVersion, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        if (await VersionAsync(db, tx, slug, ct) != expectedVersion)
        {
            throw new SummitChangedException(slug);
        }

        await UpsertAsync(db, tx, "sessions", slug, retagged.Select(s => (s.Id, StoreJson.Write(s), (long?)s.Start.ToUnixTimeSeconds())), ct);
        await ExecuteAsync(db, tx, "UPDATE summits SET version = version + 1 WHERE slug = $slug", ct, ("$slug", slug));
        await tx.CommitAsync(ct);
        return expectedVersion + 1;
    }

    public async Task<IReadOnlyList<SummitVersionChanges>> ListChangesAsync(string slug, long since, int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db,
            "SELECT version, at_utc, changes FROM import_reports WHERE summit = $slug AND changes IS NOT NULL AND version > $since ORDER BY version DESC LIMIT $limit",
            [("$slug", slug), ("$since", since), ("$limit", limit)],
            r => new SummitVersionChanges(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), StoreJson.Read<List<PublishedChange>>(r.GetString(2))), ct);
    }

    public async Task<IReadOnlyList<ImportSummary>> ListImportsAsync(string slug, int limit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        // Files from before summaries were kept have none: those reports are read whole, once each time they are listed.
        return await QueryAsync(db, "SELECT summary, CASE WHEN summary IS NULL THEN doc END FROM import_reports WHERE summit = $slug ORDER BY at_utc DESC, id DESC LIMIT $limit",
            [("$slug", slug), ("$limit", limit)],
            r => r.IsDBNull(0) ? ImportSummary.Of(StoreJson.Read<ImportReport>(r.GetString(1))) : StoreJson.Read<ImportSummary>(r.GetString(0)), ct);
    }

    public async Task<ImportReport?> GetImportReportAsync(string slug, string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        var rows = await QueryAsync(db, "SELECT doc FROM import_reports WHERE summit = $slug AND id = $id",
            [("$slug", slug), ("$id", id)], r => StoreJson.Read<ImportReport>(r.GetString(0)), ct);
        return rows.SingleOrDefault();
    }

    private static async Task<long?> VersionAsync(SqliteConnection db, SqliteTransaction? tx, string slug, CancellationToken ct)
    {
        var rows = await QueryAsync(db, "SELECT version FROM summits WHERE slug = $slug", [("$slug", slug)], r => r.GetInt64(0), ct, tx);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Creates the summit at version 1, or replaces its metadata and moves its version; returns the version.</summary>
    private static async Task<long> WriteSummitAsync(SqliteConnection db, SqliteTransaction tx, SummitInfo summit, CancellationToken ct)
    {
        await ExecuteAsync(db, tx, """
            INSERT INTO summits (slug, doc, version) VALUES ($slug, $doc, 1)
            ON CONFLICT (slug) DO UPDATE SET doc = excluded.doc, version = version + 1
            """, ct, ("$slug", summit.Slug), ("$doc", StoreJson.Write(summit)));
        return (await VersionAsync(db, tx, summit.Slug, ct))!.Value;
    }

    /// <summary>Rows of one summit by key; <c>start</c> only for sessions, which are read back in start order.</summary>
    private static async Task UpsertAsync(SqliteConnection db, SqliteTransaction tx, string table, string slug,
        IEnumerable<(string Id, string Doc, long? Start)> rows, CancellationToken ct)
    {
        var sql = table == "sessions"
            ? "INSERT INTO sessions (summit, id, start_utc, doc) VALUES ($summit, $id, $start, $doc) ON CONFLICT (summit, id) DO UPDATE SET start_utc = excluded.start_utc, doc = excluded.doc"
            : $"INSERT INTO {table} (summit, id, doc) VALUES ($summit, $id, $doc) ON CONFLICT (summit, id) DO UPDATE SET doc = excluded.doc";
        await using var upsert = Command(db, tx, sql);
        foreach (var (id, doc, start) in rows)
        {
            await (start is { } s
                ? RunAsync(upsert, ct, ("$summit", slug), ("$id", id), ("$start", s), ("$doc", doc))
                : RunAsync(upsert, ct, ("$summit", slug), ("$id", id), ("$doc", doc)));
        }
    }
}
