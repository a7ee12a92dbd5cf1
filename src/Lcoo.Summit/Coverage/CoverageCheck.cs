using System.Globalization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Coverage;

/// <param name="Reason">What changed: the session moved or was removed, or the delegate is now due elsewhere then.</param>
public sealed record BrokenAssignment(string SessionId, string DelegateId, string Reason);

/// <summary>Which assignments of a plan the summit as it is now no longer supports: sessions moved or removed, delegates now due elsewhere.</summary>
public static class CoverageCheck
{
    /// <param name="words">The language of the reasons; English when null (webhooks' machines read them).</param>
    public static IReadOnlyList<BrokenAssignment> Broken(CoveragePlan plan, SummitSnapshot now, Words? words = null)
    {
        words ??= Words.English;
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
                broken.Add(new BrokenAssignment(a.SessionId, a.DelegateId, words.Format("Coverage.Broken.Gone", was.Title)));
                continue;
            }

            if (Placement.Of(s).ChangedFrom(new Placement(was.Start, was.End, was.Room)).Count > 0)
            {
                broken.Add(new BrokenAssignment(a.SessionId, a.DelegateId,
                    words.Format("Coverage.Broken.Moved", s.Title, Describe(was.Start, was.End, was.Room, now, words), Describe(s.Start, s.End, s.Room, now, words))));
                continue;
            }

            var elsewhere = plan.Assignments.Where(b => b.DelegateId == a.DelegateId && b.SessionId != a.SessionId)
                .Select(b => now.FindSession(b.SessionId)).OfType<Session>()
                .Concat(talks.GetValueOrDefault(a.DelegateId) ?? [])
                .FirstOrDefault(o => o.Id != s.Id && CoveragePlanner.Conflict(o, s, plan.Options.TravelBuffer));
            if (elsewhere is not null)
            {
                broken.Add(new BrokenAssignment(a.SessionId, a.DelegateId, words.Format("Coverage.Broken.Elsewhere", elsewhere.Title)));
            }
        }

        return broken;
    }

    private static string Describe(DateTimeOffset start, DateTimeOffset end, string? room, SummitSnapshot now, Words words) =>
        words.Format("Coverage.Broken.Where", words.Date("Format.DayTime", VenueTime.ToVenue(start, now.Zone)),
            VenueTime.ToVenue(end, now.Zone).ToString("HH:mm", CultureInfo.InvariantCulture), room ?? words["Room.None"]);
}
