using Lcoo.Summit.Schedules;
using Microsoft.Data.Sqlite;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Personal schedules in SQLite: one row per schedule, one per pick; each change is one IMMEDIATE transaction.</summary>
public sealed class SqliteScheduleStore(SqliteStorage storage) : IScheduleStore
{
    private const string Owned = "id = $id AND token_hash = $hash";

    public async Task<string> CreateScheduleAsync(NewSchedule s, CancellationToken ct)
    {
        var id = NewId();
        await using var db = await storage.OpenAsync(ct);
        await InsertAsync(db, null, id, s, [], ct);
        return id;
    }

    /// <summary>A new schedule and its picks, inside the caller's transaction (a coverage plan writes its delegates' with it).</summary>
    internal static async Task InsertAsync(SqliteConnection db, SqliteTransaction? tx, string id, NewSchedule s, IReadOnlyList<Pick> picks, CancellationToken ct)
    {
        await ExecuteAsync(db, tx, """
            INSERT INTO schedules (id, summit, token_hash, feed_hash, name, notes, version, created_utc, updated_utc)
            VALUES ($id, $summit, $hash, $feed, $name, $notes, $version, $at, $at)
            """, ct, ("$id", id), ("$summit", s.Summit), ("$hash", s.TokenHash), ("$feed", s.ReadKeyHash),
            ("$name", s.Name), ("$notes", s.Notes), ("$version", 1 + picks.Count), ("$at", s.CreatedAt.ToUnixTimeMilliseconds()));
        foreach (var pick in picks)
        {
            await ExecuteAsync(db, tx, "INSERT INTO schedule_picks (schedule_id, session_id, added_utc, seen) VALUES ($id, $session, $at, $seen)", ct,
                ("$id", id), ("$session", pick.SessionId), ("$at", pick.AddedAt.ToUnixTimeMilliseconds()), ("$seen", StoreJson.Write(pick.Seen)));
        }
    }

    public Task<string?> FindByTokenAsync(string tokenHash, CancellationToken ct) => FindAsync("token_hash", tokenHash, ct);

    public Task<string?> FindByReadKeyAsync(string keyHash, CancellationToken ct) => FindAsync("feed_hash", keyHash, ct);

    public Task<PersonalSchedule?> GetScheduleAsync(string id, string tokenHash, CancellationToken ct) =>
        ReadScheduleAsync(Owned, id, tokenHash, ct);

    public Task<PersonalSchedule?> GetScheduleByReadKeyAsync(string id, string keyHash, CancellationToken ct) =>
        ReadScheduleAsync("id = $id AND feed_hash = $hash", id, keyHash, ct);

    public Task<ScheduleChange> AddPickAsync(string id, string tokenHash, Pick pick, long? ifVersion, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(id, tokenHash, ifVersion, now, ct, (db, tx) => ExecuteAsync(db, tx, """
            INSERT INTO schedule_picks (schedule_id, session_id, added_utc, seen) VALUES ($id, $session, $at, $seen)
            ON CONFLICT (schedule_id, session_id) DO UPDATE SET seen = excluded.seen
            """, ct, ("$id", id), ("$session", pick.SessionId), ("$at", pick.AddedAt.ToUnixTimeMilliseconds()), ("$seen", StoreJson.Write(pick.Seen))));

    public Task<ScheduleChange> RemovePickAsync(string id, string tokenHash, string sessionId, long? ifVersion, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(id, tokenHash, ifVersion, now, ct, (db, tx) =>
            ExecuteAsync(db, tx, "DELETE FROM schedule_picks WHERE schedule_id = $id AND session_id = $session", ct, ("$id", id), ("$session", sessionId)));

    public Task<ScheduleChange> UpdateScheduleAsync(string id, string tokenHash, string? name, string? notes, long? ifVersion, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(id, tokenHash, ifVersion, now, ct, (db, tx) => ExecuteAsync(db, tx,
            "UPDATE schedules SET name = coalesce($name, name), notes = coalesce($notes, notes) WHERE id = $id", ct,
            ("$id", id), ("$name", name), ("$notes", notes)));

    public Task<ScheduleChange> DeleteScheduleAsync(string id, string tokenHash, long? ifVersion, CancellationToken ct) =>
        ChangeAsync(id, tokenHash, ifVersion, now: null, ct, (db, tx) => ExecuteAsync(db, tx, $"DELETE FROM schedules WHERE {Owned}", ct, ("$id", id), ("$hash", tokenHash)));

    public async Task<long> CountSchedulesAsync(string summit, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return (await QueryAsync(db, "SELECT count(*) FROM schedules WHERE summit = $summit", [("$summit", summit)], r => r.GetInt64(0), ct))[0];
    }

    public async Task<int> DeleteEmptySchedulesAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await ExecuteAsync(db, null,
            "DELETE FROM schedules WHERE updated_utc < $before AND NOT EXISTS (SELECT 1 FROM schedule_picks WHERE schedule_id = schedules.id)",
            ct, ("$before", before.ToUnixTimeMilliseconds()));
    }

    public async Task<int> DeleteUntouchedSchedulesAsync(string summit, DateTimeOffset before, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await ExecuteAsync(db, null, "DELETE FROM schedules WHERE summit = $summit AND updated_utc < $before", ct,
            ("$summit", summit), ("$before", before.ToUnixTimeMilliseconds()));
    }

    public async Task<bool> SetReadKeyAsync(string id, string tokenHash, string? keyHash, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        // A withdrawn key is the empty string, which no key's hash equals.
        return await ExecuteAsync(db, null, $"UPDATE schedules SET feed_hash = $key WHERE {Owned}", ct, ("$id", id), ("$hash", tokenHash), ("$key", keyHash ?? "")) > 0;
    }

    /// <summary>
    /// Checks owner and version, applies the change and (unless it deleted the schedule: <paramref name="now"/> null)
    /// moves the version, all under one write lock.
    /// </summary>
    private async Task<ScheduleChange> ChangeAsync(string id, string tokenHash, long? ifVersion, DateTimeOffset? now, CancellationToken ct,
        Func<SqliteConnection, SqliteTransaction, Task> change)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var rows = await QueryAsync(db, $"SELECT version FROM schedules WHERE {Owned}", [("$id", id), ("$hash", tokenHash)], r => r.GetInt64(0), ct, tx);
        long? current = rows.Count == 0 ? null : rows[0];
        if (current is null || (ifVersion is not null && ifVersion != current))
        {
            return new ScheduleChange(current is null ? ScheduleOutcome.NotFound : ScheduleOutcome.Stale, current ?? 0);
        }

        await change(db, tx);
        if (now is { } at)
        {
            await ExecuteAsync(db, tx, "UPDATE schedules SET version = version + 1, updated_utc = $at WHERE id = $id", ct,
                ("$id", id), ("$at", at.ToUnixTimeMilliseconds()));
        }

        await tx.CommitAsync(ct);
        return new ScheduleChange(ScheduleOutcome.Done, now is null ? current.Value : current.Value + 1);
    }

    private async Task<string?> FindAsync(string column, string hash, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        var rows = await QueryAsync(db, $"SELECT id FROM schedules WHERE {column} = $hash LIMIT 1", [("$hash", hash)], r => r.GetString(0), ct);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<PersonalSchedule?> ReadScheduleAsync(string where, string id, string hash, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        var rows = await QueryAsync(db, $"SELECT summit, name, notes, version, created_utc, updated_utc FROM schedules WHERE {where}",
            [("$id", id), ("$hash", hash)], r => (Summit: r.GetString(0), Name: r.IsDBNull(1) ? null : r.GetString(1), Notes: r.IsDBNull(2) ? null : r.GetString(2),
                Version: r.GetInt64(3), Created: r.GetInt64(4), Updated: r.GetInt64(5)), ct, tx);
        if (rows.Count == 0)
        {
            return null;
        }

        var picks = await QueryAsync(db, "SELECT session_id, added_utc, seen FROM schedule_picks WHERE schedule_id = $id ORDER BY added_utc, session_id",
            [("$id", id)], r => new Pick(r.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), StoreJson.Read<SeenSession>(r.GetString(2))), ct, tx);
        var s = rows[0];
        return new PersonalSchedule(id, s.Summit, s.Name, s.Notes, s.Version,
            DateTimeOffset.FromUnixTimeMilliseconds(s.Created), DateTimeOffset.FromUnixTimeMilliseconds(s.Updated), picks);
    }
}
