using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Schedules;

/// <summary>An attendee's own schedule: the sessions they picked, each with what it looked like when picked.</summary>
/// <param name="Version">Moves on every change; the schedule's ETag, checked by If-Match.</param>
public sealed record PersonalSchedule(
    string Id,
    string Summit,
    string? Name,
    string? Notes,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<Pick> Picks);

/// <summary>A picked session, and the session as the attendee saw it then, so a later move or removal shows.</summary>
public sealed record Pick(string SessionId, DateTimeOffset AddedAt, SeenSession Seen);

public sealed record SeenSession(string Title, DateTimeOffset Start, DateTimeOffset End, string? Room)
{
    public static SeenSession Of(Session s) => new(s.Title, s.Start.ToUniversalTime(), s.End.ToUniversalTime(), s.Room);

    /// <summary>When and where the session was when picked (a method, so it is not stored with the pick).</summary>
    public Placement PlacedThen() => new(Start, End, Room);
}

public enum PickStatus
{
    /// <summary>The session is as the attendee picked it.</summary>
    Unchanged,

    /// <summary>An import since moved, renamed or re-roomed it.</summary>
    Changed,

    /// <summary>An import since removed it (or unpublished it).</summary>
    Removed,
}

/// <summary>What became of a pick: its status and, when changed, each field as it was and is.</summary>
public sealed record PickState(Pick Pick, Session? Session, PickStatus Status, IReadOnlyList<PickChange> Changes)
{
    public static PickState Of(Pick pick, SummitSnapshot snapshot)
    {
        if (snapshot.FindSession(pick.SessionId) is not { Published: true } session)
        {
            return new PickState(pick, null, PickStatus.Removed, []);
        }

        var now = SeenSession.Of(session);
        var changes = new List<PickChange>();
        void Compare(string field, string? was, string? @is)
        {
            if (!string.Equals(was, @is, StringComparison.Ordinal))
            {
                changes.Add(new PickChange(field, was, @is));
            }
        }

        Compare("title", pick.Seen.Title, now.Title);
        var (was, @is) = (pick.Seen.PlacedThen(), Placement.Of(session));
        changes.AddRange(@is.ChangedFrom(was).Select(field => field switch
        {
            "start" => new PickChange(field, Local(was.Start, snapshot), Local(@is.Start, snapshot)),
            "end" => new PickChange(field, Local(was.End, snapshot), Local(@is.End, snapshot)),
            _ => new PickChange(field, was.Room, @is.Room),
        }));
        return new PickState(pick, session, changes.Count > 0 ? PickStatus.Changed : PickStatus.Unchanged, changes);
    }

    private static string Local(DateTimeOffset t, SummitSnapshot snapshot) =>
        VenueTime.ToVenue(t, snapshot.Zone).ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record PickChange(string Field, string? Was, string? Now);
