namespace Lcoo.Summit.Clashes;

public enum ClashKind
{
    /// <summary>One room, two sessions at once.</summary>
    Room,

    /// <summary>One person due in two sessions at once.</summary>
    Speaker,

    /// <summary>Member companies' sessions at once: the working group is in several places.</summary>
    Member,

    /// <summary>The same event listed twice: not a clash, but reported so the listing can be fixed.</summary>
    Duplicate,

    /// <summary>An attendee picked sessions that overlap.</summary>
    Attendee,
}

public enum ClashSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Sessions that overlap, who or what they share, the window they overlap in, and a sentence saying
/// what to do about it.
/// </summary>
/// <param name="Subject">The room name, speaker id, or member ids the clash is about.</param>
/// <param name="People">Speaker ids involved (the double-booked person, or everyone of the members involved).</param>
public sealed record Clash(
    ClashKind Kind,
    ClashSeverity Severity,
    string Subject,
    IReadOnlyList<string> SessionIds,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Members,
    string Reason)
{
    /// <summary>A clash said in two parts: what is wrong (with the reason) and what to do (<see cref="Advice"/>).</summary>
    internal Clash(ClashKind kind, ClashSeverity severity, string subject, IReadOnlyList<string> sessionIds, DateTimeOffset windowStart, DateTimeOffset windowEnd,
        IReadOnlyList<string> people, IReadOnlyList<string> members, ClashWords words)
        : this(kind, severity, subject, sessionIds, windowStart, windowEnd, people, members, $"{words.What} {words.Advice}") => Advice = words.Advice;

    /// <summary>What to do about it, the last sentence of <see cref="Reason"/>: a page shows it beside its own account of the clash.</summary>
    public string Advice { get; init; } = "";

    /// <summary>
    /// True for sessions that do not overlap but leave less than the travel buffer between rooms: the window is then the
    /// time between them (from the first one's end to the next one's start), never an inverted one.
    /// </summary>
    public bool Gap { get; init; }

    /// <summary>Identifies the same clash across two computations (before and after an import).</summary>
    public string Key => $"{Kind}|{Subject}|{string.Join(",", SessionIds.Order(StringComparer.Ordinal))}";
}

/// <summary>A clash in words: what is wrong, and what to do about it.</summary>
internal sealed record ClashWords(string What, string Advice);
