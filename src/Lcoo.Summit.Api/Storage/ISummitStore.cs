using Lcoo.Summit.Imports;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Summits, their sessions and speakers, and what their imports left: reports and the changelog. SQLite (the embedded
/// default) and MongoDB implement it; one contract suite tests both. A summit is read whole, as a versioned snapshot; each
/// write is one intent (an import, a summit's metadata, retagging) and moves the version when it changes data. The other
/// stores sit beside their features: <c>IPublicationStore</c>, <c>ICoveragePlanStore</c>, <c>IMemberStore</c>,
/// <c>ISourceStore</c>, <c>IWebhookStore</c>, and <see cref="IScheduleStore"/> here.
/// </summary>
public interface ISummitStore
{
    Task<IReadOnlyList<string>> ListSummitSlugsAsync(CancellationToken ct);

    /// <summary>The summit's version alone: cheap, what instances poll to know their snapshot is stale.</summary>
    Task<long?> GetVersionAsync(string slug, CancellationToken ct);

    /// <summary>The summit, its sessions and speakers, all of one version.</summary>
    Task<SummitSnapshot?> LoadSummitAsync(string slug, CancellationToken ct);

    /// <summary>
    /// Writes an import, and its report, as one change if the summit is still at <paramref name="expectedVersion"/> (null:
    /// it does not exist yet); otherwise throws <see cref="SummitChangedException"/> and writes nothing. The store gives the
    /// report its id. The version moves only when the plan changes data.
    /// </summary>
    Task<SavedImport> SaveImportAsync(ImportPlan plan, long? expectedVersion, CancellationToken ct);

    /// <summary>Creates a summit or changes its name, zone, days or venue; its sessions stay. Returns the new version.</summary>
    Task<long> SaveSummitAsync(SummitInfo summit, CancellationToken ct);

    /// <summary>Sessions whose member tags moved, if the summit is still at <paramref name="expectedVersion"/> (else <see cref="SummitChangedException"/>).</summary>
    Task<long> SaveTagsAsync(string slug, IReadOnlyList<Session> retagged, long expectedVersion, CancellationToken ct);

    /// <summary>A summit's imports, newest first, at a glance.</summary>
    Task<IReadOnlyList<ImportSummary>> ListImportsAsync(string slug, int limit, CancellationToken ct);

    Task<ImportReport?> GetImportReportAsync(string slug, string id, CancellationToken ct);

    /// <summary>
    /// The summit's changelog: the versions after <paramref name="since"/> whose import changed what is published, newest
    /// first, at most <paramref name="limit"/>. Kept in the import's report, so written in the import's one write.
    /// </summary>
    Task<IReadOnlyList<Lcoo.Summit.Changes.SummitVersionChanges>> ListChangesAsync(string slug, long since, int limit, CancellationToken ct);
}

/// <summary>A kept import: its report, with the id the store gave it, and the summit's version after it.</summary>
public sealed record SavedImport(ImportReport Report, long Version);

/// <summary>The summit moved on (another import, here or on another instance) between reading it and writing: work it out again.</summary>
public sealed class SummitChangedException(string slug) : Exception($"Summit '{slug}' changed while the write was being prepared.");
