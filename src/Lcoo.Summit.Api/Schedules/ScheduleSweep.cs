using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Summits;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>
/// Removes the personal schedules nobody will open again: those never picked into, a day after their last change, and
/// those of a summit over for <see cref="ScheduleLimits.KeptAfterSummit"/> that were not changed for as long. It runs
/// every <see cref="ScheduleLimits.SweepEvery"/> on each instance; the deletes are idempotent, so instances may overlap.
/// </summary>
public sealed partial class ScheduleSweep(
    IOptions<ScheduleLimits> options, IScheduleStore schedules, ISummitStore summits, SnapshotCache snapshots, StoreReadiness readiness, TimeProvider clock,
    ILogger<ScheduleSweep> log) : BackgroundService
{
    private readonly ScheduleLimits _limits = options.Value;

    public sealed record Swept(int Empty, int Untouched);

    public async Task<Swept> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var empty = await schedules.DeleteEmptySchedulesAsync(now - _limits.EmptyKeptFor, ct);
        var untouched = 0;
        foreach (var slug in await summits.ListSummitSlugsAsync(ct))
        {
            if (await snapshots.GetAsync(slug, ct) is { } snapshot && EndOf(snapshot.Summit) + _limits.KeptAfterSummit < now)
            {
                untouched += await schedules.DeleteUntouchedSchedulesAsync(slug, now - _limits.KeptAfterSummit, ct);
            }
        }

        if (empty + untouched > 0)
        {
            LogSwept(empty, untouched);
        }

        return new Swept(empty, untouched);
    }

    /// <summary>The instant a summit's last day ends at the venue.</summary>
    private static DateTimeOffset EndOf(SummitInfo summit) => VenueTime.DayBounds(summit.EndDate, summit.TimeZone).End;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(_limits.SweepEvery, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (StoreUnavailableException e)
            {
                LogStoreDown(e.Store);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule sweep removed {Empty} never-used and {Untouched} long-untouched schedules")]
    private partial void LogSwept(int empty, int untouched);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule sweep skipped: the {Store} store is unavailable")]
    private partial void LogStoreDown(string store);
}
