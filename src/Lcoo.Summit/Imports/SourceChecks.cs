using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports;

/// <summary>Checks of a source against the summit it goes into: days outside the summit, a room double-booked within the source.</summary>
public static class SourceChecks
{
    public static IEnumerable<ImportProblem> Check(ImportedSchedule source, SummitInfo summit)
    {
        var zone = summit.TimeZone;
        foreach (var s in source.Sessions.Where(s => !summit.IsOnSummitDays(s.Start)))
        {
            yield return new ImportProblem(ProblemSeverity.Warning, "outside-summit-days", $"event {s.Id}",
                $"'{s.Title}' starts {VenueTime.ToVenue(s.Start, zone):yyyy-MM-dd HH:mm}, outside the summit's days ({summit.StartDate:yyyy-MM-dd} to {summit.EndDate:yyyy-MM-dd}); it was kept.") { SessionId = s.Id };
        }

        foreach (var room in source.Sessions.Where(s => s.Room is not null).GroupBy(s => s.Room!, StringComparer.OrdinalIgnoreCase))
        {
            var ordered = room.OrderBy(s => s, SummitSnapshot.StableOrder).ToList();
            var latest = ordered.FirstOrDefault();
            foreach (var s in ordered.Skip(1))
            {
                if (latest is not null && s.Overlaps(latest))
                {
                    yield return new ImportProblem(ProblemSeverity.Warning, "room-double-booked", $"room {room.Key}",
                        $"Events {latest.Id} ('{latest.Title}') and {s.Id} ('{s.Title}') are both in {room.Key} at " +
                        $"{VenueTime.ToVenue(s.Start > latest.Start ? s.Start : latest.Start, zone).ToString("ddd HH:mm", Phrases.English)}; both were kept.") { SessionId = s.Id };
                }

                if (latest is null || s.End > latest.End)
                {
                    latest = s;
                }
            }
        }
    }
}
