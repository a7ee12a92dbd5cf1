using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Clashes;

public sealed record ClashesView(string Summit, int Count, IReadOnlyList<ClashView> Clashes, IReadOnlyList<LikelySamePerson> LikelySamePeople);

/// <summary>A clash as the API shows it: the sessions with venue-local times, the people and members, the window, the reason.</summary>
/// <param name="Gap">True when the sessions do not overlap but leave less than the travel time between rooms: the window is the time between them.</param>
/// <param name="Advice">What to do about it: the last sentence of the reason, apart, for a page that says the clash in its own words.</param>
public sealed record ClashView(
    string Kind,
    string Severity,
    string Subject,
    TimeView WindowStart,
    TimeView WindowEnd,
    IReadOnlyList<ClashSession> Sessions,
    IReadOnlyList<SpeakerRef> People,
    IReadOnlyList<MemberRef> Members,
    string Reason,
    bool Gap,
    string Advice)
{
    public static ClashView From(Clash c, SummitSnapshot snapshot, MemberDirectory members) => new(
        c.Kind.ToString().ToLowerInvariant(),
        c.Severity.ToString().ToLowerInvariant(),
        c.Subject,
        TimeView.From(c.WindowStart, snapshot.Zone),
        TimeView.From(c.WindowEnd, snapshot.Zone),
        [.. c.SessionIds.Select(snapshot.FindSession).OfType<Session>().Select(s => ClashSession.From(s, snapshot))],
        [.. c.People.Select(id => SpeakerRef.From(new SessionSpeaker(id), snapshot.FindSpeaker(id)))],
        [.. c.Members.Select(id => new MemberRef(id, members.Find(id)?.DisplayName ?? id))],
        c.Reason,
        c.Gap,
        c.Advice);
}

public sealed record ClashSession(string Id, string Title, string? Room, DateTimeOffset Start, DateTimeOffset End, bool Published, IReadOnlyList<string> Members)
{
    public static ClashSession From(Session s, SummitSnapshot snapshot) =>
        new(s.Id, s.Title, s.Room, VenueTime.ToVenue(s.Start, snapshot.Zone), VenueTime.ToVenue(s.End, snapshot.Zone), s.Published, s.Members);
}
