using Lcoo.Summit.Clashes;
using Lcoo.Summit.Sessions;
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

        foreach (var (room, group) in RoomBookings.DoubleBooked(source.Sessions))
        {
            var booked = group.Items.Order(SummitSnapshot.StableOrder).ToList();
            var events = string.Join(", ", booked.SkipLast(1).Select(Named)) + $" and {Named(booked[^1])}";
            yield return new ImportProblem(ProblemSeverity.Warning, "room-double-booked", $"room {room}",
                $"Events {events} are {(booked.Count == 2 ? "both" : "all")} in {room} at " +
                $"{VenueTime.ToVenue(group.WindowStart, zone).ToString("ddd HH:mm", Phrases.English)}; {(booked.Count == 2 ? "both" : "all")} were kept.") { SessionId = booked[^1].Id };
        }
    }

    private static string Named(Session s) => $"{s.Id} ('{s.Title}')";
}
