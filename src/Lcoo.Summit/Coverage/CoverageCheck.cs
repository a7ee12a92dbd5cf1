using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Coverage;

/// <param name="Reason">What changed: the session moved or was removed, or the delegate is now due elsewhere then.</param>
public sealed record BrokenAssignment(string SessionId, string DelegateId, string Reason);

/// <summary>Which assignments of a plan the summit as it is now no longer supports: sessions moved or removed, delegates now due elsewhere.</summary>
public static class CoverageCheck
{
    public static IReadOnlyList<BrokenAssignment> Broken(CoveragePlan plan, SummitSnapshot now)
    {
        if (plan.SummitVersion == now.Version)
        {
            return [];
        }

        var planned = plan.Sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var talks = CoveragePlanner.Talks(now, plan.Delegates);
        var broken = new List<BrokenAssignment>();
        foreach (var a in plan.Assignments)
        {
            var was = planned[a.SessionId];
            if (now.FindSession(a.SessionId) is not { Published: true } s)
            {
                broken.Add(new BrokenAssignment(a.SessionId, a.DelegateId, $"'{was.Title}' is no longer in the summit's schedule."));
                continue;
            }

            if (s.Start != was.Start || s.End != was.End || s.Room != was.Room)
            {
                broken.Add(new BrokenAssignment(a.SessionId, a.DelegateId,
                    $"'{s.Title}' moved: {Describe(was.Start, was.End, was.Room, now)} is now {Describe(s.Start, s.End, s.Room, now)}."));
                continue;
            }

            var elsewhere = plan.Assignments.Where(b => b.DelegateId == a.DelegateId && b.SessionId != a.SessionId)
                .Select(b => now.FindSession(b.SessionId)).OfType<Session>()
                .Concat(talks.GetValueOrDefault(a.DelegateId) ?? [])
                .FirstOrDefault(o => o.Id != s.Id && CoveragePlanner.Conflict(o, s, plan.Options.TravelBuffer));
            if (elsewhere is not null)
            {
                broken.Add(new BrokenAssignment(a.SessionId, a.DelegateId, $"The delegate is now due in '{elsewhere.Title}' at the same time."));
            }
        }

        return broken;
    }

    private static string Describe(DateTimeOffset start, DateTimeOffset end, string? room, SummitSnapshot now) =>
        // In English whatever the host's culture: these are English sentences.
        $"{VenueTime.ToVenue(start, now.Zone).ToString("ddd HH:mm", Phrases.English)}–{VenueTime.ToVenue(end, now.Zone).ToString("HH:mm", Phrases.English)} in {room ?? Phrases.NoRoom}";
}
