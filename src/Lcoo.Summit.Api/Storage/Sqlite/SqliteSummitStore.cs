using Lcoo.Summit.Import;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedule;
using Microsoft.Data.Sqlite;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Documents are JSON in a <c>doc</c> column, keyed by
/// natural keys; every multi-row write is one transaction, so a failed import leaves nothing behind.
/// </summary>
public sealed partial class SqliteSummitStore(string databasePath) : ISummitStore, IScheduleStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS summits (slug TEXT PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS sessions (
            summit TEXT NOT NULL, id TEXT NOT NULL, start_utc INTEGER NOT NULL, doc TEXT NOT NULL,
            PRIMARY KEY (summit, id));
        CREATE INDEX IF NOT EXISTS sessions_by_start ON sessions (summit, start_utc, id);
        CREATE TABLE IF NOT EXISTS speakers (summit TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (summit, id));
        CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS import_reports (id TEXT PRIMARY KEY, summit TEXT NOT NULL, at_utc INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS import_reports_by_summit ON import_reports (summit, at_utc DESC);
        CREATE TABLE IF NOT EXISTS schedules (
            id TEXT PRIMARY KEY, summit TEXT NOT NULL, token_hash TEXT NOT NULL, feed_hash TEXT NOT NULL,
            name TEXT, notes TEXT, version INTEGER NOT NULL, created_utc INTEGER NOT NULL, updated_utc INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS schedules_by_token ON schedules (token_hash);
        CREATE TABLE IF NOT EXISTS schedule_picks (
            schedule_id TEXT NOT NULL REFERENCES schedules (id) ON DELETE CASCADE, session_id TEXT NOT NULL,
            added_utc INTEGER NOT NULL, seen TEXT NOT NULL, PRIMARY KEY (schedule_id, session_id));
        """;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        DefaultTimeout = 10,
        ForeignKeys = true,
    }.ToString();

    public string Kind => "sqlite";

    public string DatabasePath => databasePath;

    public async Task InitializeAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        await using var db = await OpenAsync(ct);
        await ExecuteAsync(db, null, Schema, ct);
    }

    public async Task PingAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await ExecuteAsync(db, null, "SELECT 1", ct);
    }

    public async Task<IReadOnlyList<StoredSummit>> ListSummitsAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc, version FROM summits ORDER BY slug", [], ReadSummit, ct);
    }

    public async Task<StoredSummit?> GetSummitAsync(string slug, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var rows = await QueryAsync(db, "SELECT doc, version FROM summits WHERE slug = $slug", [("$slug", slug)], ReadSummit, ct);
        return rows.SingleOrDefault();
    }

    public async Task<long?> GetVersionAsync(string slug, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var rows = await QueryAsync(db, "SELECT version FROM summits WHERE slug = $slug", [("$slug", slug)], r => r.GetInt64(0), ct);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<SummitData?> LoadSummitAsync(string slug, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        // One read transaction: the summit, its sessions and speakers are of the same version.
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        var summits = await QueryAsync(db, "SELECT doc, version FROM summits WHERE slug = $slug", [("$slug", slug)], ReadSummit, ct, tx);
        if (summits.Count == 0)
        {
            return null;
        }

        var sessions = await QueryAsync(db, "SELECT doc FROM sessions WHERE summit = $slug ORDER BY start_utc, id",
            [("$slug", slug)], r => StoreJson.Read<Session>(r.GetString(0)), ct, tx);
        var speakers = await QueryAsync(db, "SELECT doc FROM speakers WHERE summit = $slug",
            [("$slug", slug)], r => StoreJson.Read<Speaker>(r.GetString(0)), ct, tx);
        return new SummitData(summits[0].Summit, summits[0].Version, sessions, speakers);
    }

    public async Task<long> SaveScheduleAsync(ScheduleWrite write, CancellationToken ct)
    {
        var slug = write.Summit.Slug;
        await using var db = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        await ExecuteAsync(db, tx, """
            INSERT INTO summits (slug, doc, version) VALUES ($slug, $doc, 1)
            ON CONFLICT (slug) DO UPDATE SET doc = excluded.doc, version = version + 1
            """, ct, ("$slug", slug), ("$doc", StoreJson.Write(write.Summit)));

        await using (var upsert = Command(db, tx, """
            INSERT INTO sessions (summit, id, start_utc, doc) VALUES ($summit, $id, $start, $doc)
            ON CONFLICT (summit, id) DO UPDATE SET start_utc = excluded.start_utc, doc = excluded.doc
            """))
        {
            foreach (var s in write.UpsertSessions)
            {
                await RunAsync(upsert, ct, ("$summit", slug), ("$id", s.Id), ("$start", s.Start.ToUnixTimeSeconds()), ("$doc", StoreJson.Write(s)));
            }
        }

        await using (var upsert = Command(db, tx, """
            INSERT INTO speakers (summit, id, doc) VALUES ($summit, $id, $doc)
            ON CONFLICT (summit, id) DO UPDATE SET doc = excluded.doc
            """))
        {
            foreach (var s in write.UpsertSpeakers)
            {
                await RunAsync(upsert, ct, ("$summit", slug), ("$id", s.Id), ("$doc", StoreJson.Write(s)));
            }
        }

        await using (var delete = Command(db, tx, "DELETE FROM sessions WHERE summit = $summit AND id = $id"))
        {
            foreach (var id in write.RemovedSessionIds)
            {
                await RunAsync(delete, ct, ("$summit", slug), ("$id", id));
            }
        }

        var version = await QueryAsync(db, "SELECT version FROM summits WHERE slug = $slug", [("$slug", slug)], r => r.GetInt64(0), ct, tx);
        await tx.CommitAsync(ct);
        return version[0];
    }

    public async Task<IReadOnlyList<MemberCompany>> ListMembersAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM members ORDER BY id", [], r => StoreJson.Read<MemberCompany>(r.GetString(0)), ct);
    }

    public async Task UpsertMembersAsync(IReadOnlyList<MemberCompany> members, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        await using var upsert = Command(db, tx, "INSERT INTO members (id, doc) VALUES ($id, $doc) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc");
        foreach (var m in members)
        {
            await RunAsync(upsert, ct, ("$id", m.Id), ("$doc", StoreJson.Write(m)));
        }

        await tx.CommitAsync(ct);
    }

    public async Task<bool> DeleteMemberAsync(string id, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var delete = Command(db, null, "DELETE FROM members WHERE id = $id");
        return await RunAsync(delete, ct, ("$id", id)) > 0;
    }

    public async Task SaveImportReportAsync(ImportReport report, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await ExecuteAsync(db, null, "INSERT INTO import_reports (id, summit, at_utc, doc) VALUES ($id, $summit, $at, $doc)", ct,
            ("$id", report.Id), ("$summit", report.Summit), ("$at", report.At.ToUnixTimeMilliseconds()), ("$doc", StoreJson.Write(report)));
    }

    public async Task<IReadOnlyList<ImportReport>> ListImportReportsAsync(string slug, int limit, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM import_reports WHERE summit = $slug ORDER BY at_utc DESC, id DESC LIMIT $limit",
            [("$slug", slug), ("$limit", limit)], r => StoreJson.Read<ImportReport>(r.GetString(0)), ct);
    }

    public async Task<ImportReport?> GetImportReportAsync(string slug, string id, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var rows = await QueryAsync(db, "SELECT doc FROM import_reports WHERE summit = $slug AND id = $id",
            [("$slug", slug), ("$id", id)], r => StoreJson.Read<ImportReport>(r.GetString(0)), ct);
        return rows.SingleOrDefault();
    }

    private static StoredSummit ReadSummit(SqliteDataReader r) => new(StoreJson.Read<SummitInfo>(r.GetString(0)), r.GetInt64(1));

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var db = new SqliteConnection(_connectionString);
        try
        {
            await db.OpenAsync(ct);
            return db;
        }
        catch (SqliteException e)
        {
            await db.DisposeAsync();
            throw new StoreUnavailableException(Kind, e);
        }
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static async Task<int> RunAsync(SqliteCommand command, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection db, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(db, tx, sql);
        await RunAsync(command, ct, parameters);
    }

    private static async Task<List<T>> QueryAsync<T>(
        SqliteConnection db, string sql, (string Name, object Value)[] parameters, Func<SqliteDataReader, T> read, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var command = Command(db, tx, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
