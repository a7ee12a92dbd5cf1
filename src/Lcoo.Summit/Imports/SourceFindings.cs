namespace Lcoo.Summit.Imports;

/// <summary>
/// What is wrong in one of a summit's sources now: the problems its newest import found in it. A source imported again
/// replaces what was said of it before, so reports are read newest first and each source counts once.
/// </summary>
public sealed record SourceFindings(ImportedSource Source, string ImportId, DateTimeOffset ImportedAt, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Whether a past import (by its summary) could add anything: it read a source not found yet.</summary>
    public static bool CouldAdd(ImportSummary summary, IEnumerable<SourceFindings> found) =>
        summary.Sources.Any(label => found.All(f => ImportSummary.Label(f.Source) != label));

    /// <summary>The sources this report is the newest word on (none of <paramref name="found"/>), each with its problems.</summary>
    public static IReadOnlyList<SourceFindings> Of(ImportReport report, IReadOnlyList<SourceFindings> found) =>
        [.. report.Sources.Where(s => found.All(known => known.Source.Name != s.Name)).Select(source => new SourceFindings(source, report.Id!, report.At,
            [.. report.Problems.Where(p => p.Source == source.Name || (p.Source is null && report.Sources.Count == 1))]))];
}
