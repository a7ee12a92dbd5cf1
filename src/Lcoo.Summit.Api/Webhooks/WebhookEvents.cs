using Lcoo.Summit.Changes;

namespace Lcoo.Summit.Api.Webhooks;

/// <summary>The event types a webhook hears, as the <c>type</c> of its payload.</summary>
public static class WebhookEvents
{
    public const string Added = "session.added";
    public const string Moved = "session.moved";
    public const string RoomChanged = "session.room-changed";
    public const string Cancelled = "session.cancelled";
    public const string CoverageBroken = "coverage.broken";

    public static readonly IReadOnlyList<string> All = [Added, Moved, RoomChanged, Cancelled, CoverageBroken];

    /// <summary>The event types a session's change is, the most telling first (a session moved and re-roomed is a move that also changed room).</summary>
    public static IReadOnlyList<string> Of(PublishedChange change) =>
    [
        .. change.Kinds.Contains(ChangeKind.Cancelled) ? [Cancelled] : Array.Empty<string>(),
        .. change.Kinds.Contains(ChangeKind.Added) ? [Added] : Array.Empty<string>(),
        .. change.Kinds.Contains(ChangeKind.Moved) ? [Moved] : Array.Empty<string>(),
        .. change.Kinds.Contains(ChangeKind.RoomChanged) ? [RoomChanged] : Array.Empty<string>(),
    ];
}
