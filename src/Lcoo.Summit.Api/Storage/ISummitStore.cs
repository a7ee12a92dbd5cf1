using Lcoo.Summit.Import;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedule;

namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// The one storage seam: SQLite (embedded default) and MongoDB implement it, one contract suite tests both.
/// Reads of a whole summit feed the in-memory snapshot; everything else is small and keyed.
/// Implementations throw <see cref="StoreUnavailableException"/> when the store cannot be reached.
/// </summary>
public interface ISummitStore
{
    /// <summary><c>sqlite</c> or <c>mongodb</c>, for health output and logs.</summary>
    string Kind { get; }

    /// <summary>Creates tables or indexes; idempotent, safe on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    Task PingAsync(CancellationToken ct);

    Task<IReadOnlyList<StoredSummit>> ListSummitsAsync(CancellationToken ct);

    Task<StoredSummit?> GetSummitAsync(string slug, CancellationToken ct);

    /// <summary>The summit's version alone: cheap, what instances poll to know their snapshot is stale.</summary>
    Task<long?> GetVersionAsync(string slug, CancellationToken ct);

    Task<SummitData?> LoadSummitAsync(string slug, CancellationToken ct);

    /// <summary>Writes a validated change to one summit in bulk, then bumps its version; returns the new version.</summary>
    Task<long> SaveScheduleAsync(ScheduleWrite write, CancellationToken ct);

    Task<IReadOnlyList<MemberCompany>> ListMembersAsync(CancellationToken ct);

    Task UpsertMembersAsync(IReadOnlyList<MemberCompany> members, CancellationToken ct);

    Task<bool> DeleteMemberAsync(string id, CancellationToken ct);

    Task SaveImportReportAsync(ImportReport report, CancellationToken ct);

    /// <summary>A summit's import reports, newest first.</summary>
    Task<IReadOnlyList<ImportReport>> ListImportReportsAsync(string slug, int limit, CancellationToken ct);

    Task<ImportReport?> GetImportReportAsync(string slug, string id, CancellationToken ct);
}

public sealed record StoredSummit(SummitInfo Summit, long Version);

public sealed record SummitData(SummitInfo Summit, long Version, IReadOnlyList<Session> Sessions, IReadOnlyList<Speaker> Speakers);

/// <param name="RemovedSessionIds">Sessions to delete (ids of this summit).</param>
public sealed record ScheduleWrite(
    SummitInfo Summit,
    IReadOnlyList<Session> UpsertSessions,
    IReadOnlyList<Speaker> UpsertSpeakers,
    IReadOnlyList<string> RemovedSessionIds)
{
    public static ScheduleWrite Of(SummitInfo summit, IReadOnlyList<Session> sessions, IReadOnlyList<Speaker> speakers) =>
        new(summit, sessions, speakers, []);
}
