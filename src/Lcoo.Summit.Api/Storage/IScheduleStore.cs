using Lcoo.Summit.Schedules;

namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Personal schedules. Every read and write is keyed by the schedule id <b>and</b> the hash of a credential, so the
/// owner check is in the filter; writes are atomic (no read-modify-write) and, given a version, happen only if the
/// schedule is still at it. The store mints schedule ids.
/// </summary>
public interface IScheduleStore
{
    /// <returns>The new schedule's id.</returns>
    Task<string> CreateScheduleAsync(NewSchedule schedule, CancellationToken ct);

    /// <summary>The schedule a write token belongs to: who an attendee is.</summary>
    Task<string?> FindByTokenAsync(string tokenHash, CancellationToken ct);

    /// <summary>The schedule a read-only key (the calendar feed's) belongs to.</summary>
    Task<string?> FindByReadKeyAsync(string keyHash, CancellationToken ct);

    Task<PersonalSchedule?> GetScheduleAsync(string id, string tokenHash, CancellationToken ct);

    /// <summary>Read through the schedule's read-only key.</summary>
    Task<PersonalSchedule?> GetScheduleByReadKeyAsync(string id, string keyHash, CancellationToken ct);

    Task<ScheduleChange> AddPickAsync(string id, string tokenHash, Pick pick, long? ifVersion, DateTimeOffset now, CancellationToken ct);

    Task<ScheduleChange> RemovePickAsync(string id, string tokenHash, string sessionId, long? ifVersion, DateTimeOffset now, CancellationToken ct);

    /// <summary>Sets the name and notes given (null leaves a field as it is).</summary>
    Task<ScheduleChange> UpdateScheduleAsync(string id, string tokenHash, string? name, string? notes, long? ifVersion, DateTimeOffset now, CancellationToken ct);

    Task<ScheduleChange> DeleteScheduleAsync(string id, string tokenHash, long? ifVersion, CancellationToken ct);

    /// <summary>How many schedules a summit has: what its quota counts.</summary>
    Task<long> CountSchedulesAsync(string summit, CancellationToken ct);

    /// <summary>Removes schedules nobody picked anything into, last changed before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteEmptySchedulesAsync(DateTimeOffset before, CancellationToken ct);

    /// <summary>Removes a summit's schedules last changed before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteUntouchedSchedulesAsync(string summit, DateTimeOffset before, CancellationToken ct);

    /// <summary>Replaces the schedule's read key (null withdraws it: no read link opens the schedule); the picks stay.</summary>
    Task<bool> SetReadKeyAsync(string id, string tokenHash, string? keyHash, CancellationToken ct);
}

public sealed record NewSchedule(string Summit, string? Name, string? Notes, string TokenHash, string ReadKeyHash, DateTimeOffset CreatedAt);

/// <summary>A delegate's schedule to create with a coverage plan: who it is for, the schedule, its picks, and the read key its links carry.</summary>
public sealed record DelegateScheduleWrite(string DelegateId, NewSchedule Schedule, IReadOnlyList<Pick> Picks, string ReadKey);

public enum ScheduleOutcome
{
    Done,

    /// <summary>No such schedule for that token: to the caller, indistinguishable from no schedule at all.</summary>
    NotFound,

    /// <summary>The schedule moved past the version the caller had (If-Match failed).</summary>
    Stale,
}

public sealed record ScheduleChange(ScheduleOutcome Outcome, long Version);
