using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Changes;

/// <summary>
/// What changed for the public between two versions of a summit: only published sessions count (a session that stops
/// being published is cancelled for its readers; one that starts is added), and only what a reader acts on — its time,
/// room, title and speakers. A re-import that changes none of those changes nothing here.
/// </summary>
public static class PublishedChanges
{
    public static IReadOnlyList<PublishedChange> Between(SummitSnapshot? before, SummitSnapshot after)
    {
        var was = (before?.Sessions ?? []).Where(s => s.Published).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var changes = new List<PublishedChange>();
        foreach (var session in after.Sessions.Where(s => s.Published))
        {
            var now = State(after, session);
            if (!was.Remove(session.Id, out var old))
            {
                changes.Add(new PublishedChange(session.Id, session.Title, [ChangeKind.Added], null, now) { Members = session.Members });
                continue;
            }

            var then = State(before!, old);
            var kinds = Kinds(then, now);
            if (kinds.Count > 0)
            {
                changes.Add(new PublishedChange(session.Id, session.Title, kinds, then, now) { Members = session.Members.Union(old.Members).ToList() });
            }
        }

        changes.AddRange(was.Values.Select(gone => new PublishedChange(gone.Id, gone.Title, [ChangeKind.Cancelled], State(before!, gone), null) { Members = gone.Members }));
        return [.. changes.OrderBy(c => (c.Now ?? c.Was)!.Start).ThenBy(c => c.SessionId, StringComparer.Ordinal)];
    }

    private static SessionState State(SummitSnapshot snapshot, Session s) =>
        new(s.Start, s.End, s.Room, s.Title, [.. s.Speakers.Select(p => snapshot.FindSpeaker(p.SpeakerId)?.Name ?? p.SpeakerId)]) { Sequence = s.Sequence };

    private static List<ChangeKind> Kinds(SessionState was, SessionState now)
    {
        var kinds = new List<ChangeKind>();
        var placement = new Placement(now.Start, now.End, now.Room).ChangedFrom(new Placement(was.Start, was.End, was.Room));
        if (placement.Contains("start") || placement.Contains("end"))
        {
            kinds.Add(ChangeKind.Moved);
        }

        if (placement.Contains("room"))
        {
            kinds.Add(ChangeKind.RoomChanged);
        }

        if (!string.Equals(was.Title, now.Title, StringComparison.Ordinal))
        {
            kinds.Add(ChangeKind.Retitled);
        }

        if (!was.Speakers.SequenceEqual(now.Speakers, StringComparer.Ordinal))
        {
            kinds.Add(ChangeKind.SpeakersChanged);
        }

        return kinds;
    }
}
