using Lcoo.Summit.Schedule;

namespace Lcoo.Summit.Import;

/// <summary>What a parser made of a source: neutral data, no storage, plus what looked wrong.</summary>
/// <param name="Summit">Summit metadata when the source carries it (API JSON, frab); null for pages and tables.</param>
public sealed record ImportedSchedule(
    string Format,
    SummitInfo? Summit,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>
    /// True when the source is a whole schedule (API dump, frab): a session it no longer lists was removed.
    /// False for partial sources (an event page, a member table), which only add and update.
    /// </summary>
    public bool IsComplete { get; init; } = true;
}

public enum ProblemSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something wrong in the source: where it is, what is wrong, and what the import did about it.</summary>
/// <param name="Where">The row, event id or field the problem is in, as a person would look it up.</param>
public sealed record ImportProblem(ProblemSeverity Severity, string Code, string Where, string Message);
