using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Coverage;
using Microsoft.Data.Sqlite;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Coverage plans and their delegates' schedules in SQLite.</summary>
public sealed class SqliteCoveragePlanStore(SqliteStorage storage) : ICoveragePlanStore
{
    public async Task<KeptCoveragePlan> SaveCoveragePlanAsync(KeptCoveragePlan plan, IReadOnlyList<DelegateScheduleWrite> schedules, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var given = new List<DelegateSchedule>();
        foreach (var write in schedules)
        {
            var id = NewId();
            await SqliteScheduleStore.InsertAsync(db, tx, id, write.Schedule, write.Picks, ct);
            given.Add(new DelegateSchedule(write.DelegateId, id, write.ReadKey));
        }

        var kept = plan with { Id = NewId(), Schedules = [.. plan.Schedules, .. given] };
        await ExecuteAsync(db, tx, "INSERT INTO coverage_plans (id, summit, created_utc, doc) VALUES ($id, $summit, $at, $doc)", ct,
            ("$id", kept.Id), ("$summit", kept.Summit), ("$at", kept.CreatedAt.UtcTicks), ("$doc", StoreJson.Write(kept)));
        await tx.CommitAsync(ct);
        return kept;
    }

    public async Task<bool> DeleteCoveragePlanAsync(string slug, string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        var rows = await QueryAsync(db, "SELECT doc FROM coverage_plans WHERE summit = $slug AND id = $id", [("$slug", slug), ("$id", id)],
            r => StoreJson.Read<KeptCoveragePlan>(r.GetString(0)), ct, tx);
        if (rows.Count == 0)
        {
            return false;
        }

        foreach (var schedule in rows[0].Schedules)
        {
            await ExecuteAsync(db, tx, "DELETE FROM schedule_picks WHERE schedule_id = $id", ct, ("$id", schedule.ScheduleId));
            await ExecuteAsync(db, tx, "DELETE FROM schedules WHERE id = $id AND summit = $slug", ct, ("$id", schedule.ScheduleId), ("$slug", slug));
        }

        await ExecuteAsync(db, tx, "DELETE FROM coverage_plans WHERE summit = $slug AND id = $id", ct, ("$slug", slug), ("$id", id));
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<KeptCoveragePlan?> GetCoveragePlanAsync(string slug, string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        var rows = await QueryAsync(db, "SELECT doc FROM coverage_plans WHERE summit = $slug AND id = $id", [("$slug", slug), ("$id", id)],
            r => StoreJson.Read<KeptCoveragePlan>(r.GetString(0)), ct);
        return rows.SingleOrDefault();
    }

    public async Task<IReadOnlyList<KeptCoveragePlan>> ListCoveragePlansAsync(string slug, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM coverage_plans WHERE summit = $slug ORDER BY created_utc DESC, id DESC", [("$slug", slug)],
            r => StoreJson.Read<KeptCoveragePlan>(r.GetString(0)), ct);
    }
}
