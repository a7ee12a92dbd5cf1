using Lcoo.Summit.Clashes;

namespace Lcoo.Summit.Imports;

/// <summary>What an import did, and what looked wrong in its sources. Kept, so coordinators can read past imports.</summary>
/// <param name="Id">Given by the store when the report is kept; null for a dry run, which keeps nothing.</param>
public sealed record ImportReport(
    string? Id,
    string Summit,
    DateTimeOffset At,
    bool DryRun,
    IReadOnlyList<ImportedSource> Sources,
    IReadOnlyList<SessionRef> Added,
    IReadOnlyList<SessionChange> Changed,
    int Unchanged,
    IReadOnlyList<SessionRef> Removed,
    IReadOnlyList<MergeConflict> Conflicts,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Clashes that exist after the import and did not before.</summary>
    public IReadOnlyList<ClashChange> ClashesCreated { get; init; } = [];

    /// <summary>Clashes that existed before the import and are gone.</summary>
    public IReadOnlyList<ClashChange> ClashesResolved { get; init; } = [];

    /// <summary>What the import changed for the public (the summit's changelog): published sessions added, cancelled, moved, re-roomed, retitled, re-staffed.</summary>
    public IReadOnlyList<Changes.PublishedChange> PublishedChanges { get; init; } = [];

    /// <summary>The summit's version after the import, given by the store when the report is kept.</summary>
    public long? Version { get; init; }
}

public sealed record ImportedSource(string Name, string Format, int Sessions, int Speakers);

public sealed record SessionRef(string Id, string Title);

public sealed record SessionChange(string Id, string Title, IReadOnlyList<FieldChange> Fields);

public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>Two sources disagree on a field: the one kept and why, the other shown, nothing silently overwritten.</summary>
public sealed record MergeConflict(string SessionId, string Field, string Kept, string KeptFrom, string Other, string OtherFrom);

/// <summary>A past import at a glance: what stores list without reading every report whole.</summary>
public sealed record ImportSummary(string Id, DateTimeOffset At, IReadOnlyList<string> Sources, int Added, int Changed, int Unchanged, int Removed, int Conflicts, int Problems)
{
    public static ImportSummary Of(ImportReport r) => new(
        r.Id ?? "", r.At, [.. r.Sources.Select(Label)], r.Added.Count, r.Changed.Count, r.Unchanged, r.Removed.Count,
        r.Conflicts.Count, r.Problems.Count);

    /// <summary>How a summary names a source it read: "sydney.json (openstack-api)".</summary>
    public static string Label(ImportedSource source) => $"{source.Name} ({source.Format})";
}
