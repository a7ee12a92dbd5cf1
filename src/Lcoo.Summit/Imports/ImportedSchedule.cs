using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>What a parser made of a source: neutral data, no storage, plus what looked wrong.</summary>
/// <param name="Summit">Summit metadata when the source carries it (API JSON, frab); null for pages and tables. A field the source lacks is empty (a blank name, a default date), never invented.</param>
public sealed record ImportedSchedule(
    string Format,
    SummitInfo? Summit,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<ImportProblem> Problems);

public enum ProblemSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something wrong in the source: where it is, what is wrong, and what the import did about it.</summary>
/// <param name="Where">The row, event id or field the problem is in, as a person would look it up.</param>
public sealed record ImportProblem(ProblemSeverity Severity, string Code, string Where, string Message)
{
    /// <summary>The session the problem concerns, where it concerns one (for a link to it).</summary>
    public string? SessionId { get; init; }

    /// <summary>The source it was found in (its file name or URL), set by the pipeline.</summary>
    public string? Source { get; init; }
}
