using Microsoft.Data.Sqlite;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Documents are JSON in a <c>doc</c> column, keyed by natural keys;
/// every multi-row write is one transaction, so a write that fails (or a process killed mid-write) leaves nothing behind.
/// </summary>
public sealed class SqliteStorage(string databasePath) : IStorage
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
        CREATE TABLE IF NOT EXISTS publications (id TEXT PRIMARY KEY, summit TEXT NOT NULL, token TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS publications_by_summit ON publications (summit);
        CREATE TABLE IF NOT EXISTS coverage_plans (id TEXT PRIMARY KEY, summit TEXT NOT NULL, created_utc INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS coverage_plans_by_summit ON coverage_plans (summit, created_utc DESC);
        CREATE TABLE IF NOT EXISTS schedules (
            id TEXT PRIMARY KEY, summit TEXT NOT NULL, token_hash TEXT NOT NULL, feed_hash TEXT NOT NULL,
            name TEXT, notes TEXT, version INTEGER NOT NULL, created_utc INTEGER NOT NULL, updated_utc INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS schedules_by_token ON schedules (token_hash);
        CREATE INDEX IF NOT EXISTS schedules_by_summit ON schedules (summit, updated_utc);
        CREATE INDEX IF NOT EXISTS schedules_by_update ON schedules (updated_utc);
        CREATE TABLE IF NOT EXISTS schedule_picks (
            schedule_id TEXT NOT NULL REFERENCES schedules (id) ON DELETE CASCADE, session_id TEXT NOT NULL,
            added_utc INTEGER NOT NULL, seen TEXT NOT NULL, PRIMARY KEY (schedule_id, session_id));
        CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until_utc INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS sources (
            summit TEXT PRIMARY KEY, revision INTEGER NOT NULL, next_poll_utc INTEGER NOT NULL, source TEXT NOT NULL, state TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS sources_by_due ON sources (next_poll_utc);
        CREATE TABLE IF NOT EXISTS source_polls (seq INTEGER PRIMARY KEY AUTOINCREMENT, summit TEXT NOT NULL, doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS source_polls_by_summit ON source_polls (summit, seq DESC);
        CREATE TABLE IF NOT EXISTS webhook_endpoints (id TEXT PRIMARY KEY, member TEXT NOT NULL, created_utc INTEGER NOT NULL, paused INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS webhook_outbox (summit TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (summit, version));
        CREATE TABLE IF NOT EXISTS webhook_deliveries (
            endpoint_id TEXT NOT NULL, id TEXT NOT NULL, created_utc INTEGER NOT NULL, status TEXT NOT NULL, next_utc INTEGER NOT NULL, doc TEXT NOT NULL,
            PRIMARY KEY (endpoint_id, id));
        CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries (status, next_utc);
        CREATE INDEX IF NOT EXISTS webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_utc DESC);
        """;

    /// <summary>Columns added since the first release, for files made by it: (table, column, definition).</summary>
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("import_reports", "summary", "TEXT"),
        ("import_reports", "version", "INTEGER"),
        ("import_reports", "changes", "TEXT"),
    ];

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
        foreach (var (table, column, definition) in AddedColumns)
        {
            var columns = await QueryAsync(db, $"SELECT name FROM pragma_table_info('{table}')", [], r => r.GetString(0), ct);
            if (!columns.Contains(column))
            {
                await ExecuteAsync(db, null, $"ALTER TABLE {table} ADD COLUMN {column} {definition}", ct);
            }
        }
    }

    public async Task PingAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await ExecuteAsync(db, null, "SELECT 1", ct);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
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

    /// <summary>
    /// A write transaction that takes the write lock at once (IMMEDIATE): a version read inside it cannot change before
    /// the write, so checks and writes are one step.
    /// </summary>
    public static SqliteTransaction BeginWrite(SqliteConnection db) => db.BeginTransaction(deferred: false);

    /// <summary>A 24-hex-digit id, as unguessable as it needs to be and shaped like MongoDB's.</summary>
    public static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    public static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    public static async Task<int> RunAsync(SqliteCommand command, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<int> ExecuteAsync(SqliteConnection db, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, tx, sql);
        return await RunAsync(command, ct, parameters);
    }

    public static async Task<List<T>> QueryAsync<T>(
        SqliteConnection db, string sql, (string Name, object? Value)[] parameters, Func<SqliteDataReader, T> read, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var command = Command(db, tx, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
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
