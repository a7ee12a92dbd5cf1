namespace Lcoo.Summit.Changes;

/// <summary>What became of one published session in one version of a summit.</summary>
public enum ChangeKind
{
    Added,
    Cancelled,
    Moved,
    RoomChanged,
    Retitled,
    SpeakersChanged,
}

/// <summary>A session as the public saw it: when, where, what, and who.</summary>
public sealed record SessionState(DateTimeOffset Start, DateTimeOffset End, string? Room, string Title, IReadOnlyList<string> Speakers)
{
    /// <summary>The session's iCalendar SEQUENCE then: a cancellation is sent as the next one.</summary>
    public int Sequence { get; init; }
}

/// <summary>
/// One session's change in one version: <see cref="Was"/> is null when it was added, <see cref="Now"/> when it was
/// cancelled (removed from the source, or no longer published). <see cref="Members"/> are the member companies whose
/// people give it, so a member's feed finds it after it is gone.
/// </summary>
public sealed record PublishedChange(string SessionId, string Title, IReadOnlyList<ChangeKind> Kinds, SessionState? Was, SessionState? Now)
{
    public IReadOnlyList<string> Members { get; init; } = [];
}

/// <summary>A version of a summit that changed what is published, and what it changed.</summary>
public sealed record SummitVersionChanges(long Version, DateTimeOffset At, IReadOnlyList<PublishedChange> Sessions);
