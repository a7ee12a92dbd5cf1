using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Kiosk;

/// <summary>What a kiosk shows at an instant, and when that answer next changes.</summary>
/// <param name="UpNext">Per room, the next session starting within the window.</param>
/// <param name="NextSession">The first session starting after the instant, however far ahead (the next day's first, outside summit days).</param>
/// <param name="ChangesAt">The next instant the answer is different: a session ends or starts, or one enters the window.</param>
public sealed record NowAndNext(
    DateTimeOffset At,
    IReadOnlyList<Session> OnNow,
    IReadOnlyList<(string Room, Session Session)> UpNext,
    Session? NextSession,
    DateTimeOffset? ChangesAt)
{
    /// <summary>Decided on instants (half-open: a session ending at 12:00 is over at 12:00); only published sessions.</summary>
    public static NowAndNext Compute(SummitSnapshot snapshot, DateTimeOffset at, TimeSpan within, string? room)
    {
        var sessions = snapshot.Sessions.Where(s => s.Published && (room is null || string.Equals(s.Room, room, StringComparison.OrdinalIgnoreCase))).ToList();
        var onNow = sessions.Where(s => s.Start <= at && at < s.End).ToList();
        var horizon = at + within;
        var upNext = sessions.Where(s => s.Start > at && s.Start <= horizon)
            // The first to start in each room; a session with no room yet is its own entry, not one shared "no room" room.
            .DistinctBy(s => s.Room ?? $"\0{s.Id}", StringComparer.OrdinalIgnoreCase)
            .Select(s => (Room: s.Room ?? Phrases.NoRoom, Session: s))
            .OrderBy(x => x.Session, SummitSnapshot.StableOrder)
            .ToList();
        var next = sessions.FirstOrDefault(s => s.Start > at);

        // Each is after now: a session on now ends after it, the next one starts after it, and one beyond the horizon
        // enters the window after it.
        var changes = onNow.Select(s => s.End)
            .Concat(next is null ? [] : [next.Start])
            .Concat(sessions.Where(s => s.Start > horizon).Take(1).Select(s => s.Start - within))
            .ToList();
        return new NowAndNext(at, onNow, upNext, next, changes.Count == 0 ? null : changes.Min());
    }
}
