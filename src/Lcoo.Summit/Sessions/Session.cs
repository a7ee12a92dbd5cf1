namespace Lcoo.Summit.Sessions;

/// <summary>One scheduled session. Times are UTC instants; display converts to the summit's zone.</summary>
/// <param name="Id">Stable id from its source (the OpenStack event id <c>19266</c>, a frab guid...).</param>
/// <param name="Room">Room name as the venue labels it, or null when the source says TBD.</param>
public sealed record Session(
    string Id,
    string Title,
    string? Abstract,
    string? Track,
    string? Type,
    string? Level,
    string? Room,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<SessionSpeaker> Speakers,
    IReadOnlyList<string> Tags,
    string? SourceUrl)
{
    /// <summary>Member companies whose people give this session (computed by tagging).</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>False for sessions the source lists but has not published: kept (they still occupy rooms), hidden from public lists.</summary>
    public bool Published { get; init; } = true;

    /// <summary>The source formats that contributed to this session (<c>openstack-api</c>, <c>member-table</c>…).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Bumped each time an import changes the session: calendars use it as the iCalendar SEQUENCE.</summary>
    public int Sequence { get; init; }

    public TimeSpan Duration => End - Start;

    /// <summary>Half-open overlap: 11:40–12:00 and 12:00–12:20 do not overlap.</summary>
    public bool Overlaps(Session other) => Start < other.End && other.Start < End;
}

public enum SpeakerRole
{
    Speaker,
    Moderator,
}

public sealed record SessionSpeaker(string SpeakerId, SpeakerRole Role = SpeakerRole.Speaker);
