using System.Globalization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>
/// The summit's days as its sessions have them: a source whose dates leave out a day it schedules events on (Boston's
/// dump says 8 to 11 May, and lists four events on Sunday 7 May) gets its days widened to include it, so /summits, the
/// planner's tabs, the kiosk and the frab export give one answer. Only by a few days: an event a month off is a
/// mistake in the source, left outside and warned of.
/// </summary>
public static class SummitSpan
{
    public const int MostDaysAdded = 3;

    /// <summary>The summit with its days widened to its published sessions', and a note saying so; null when they already hold them.</summary>
    public static (SummitInfo Summit, ImportProblem Note)? Widen(SummitInfo summit, IEnumerable<Session> sessions)
    {
        var zone = summit.TimeZone;
        var near = sessions.Where(s => s.Published).Select(s => VenueTime.VenueDay(s.Start, zone))
            .Where(d => (d < summit.StartDate && summit.StartDate.DayNumber - d.DayNumber <= MostDaysAdded)
                || (d > summit.EndDate && d.DayNumber - summit.EndDate.DayNumber <= MostDaysAdded))
            .ToList();
        if (near.Count == 0)
        {
            return null;
        }

        var (first, last) = (near.Append(summit.StartDate).Min(), near.Append(summit.EndDate).Max());
        var days = string.Join(", ", near.Distinct().Order().Select(d => d.ToString("dddd d MMMM", CultureInfo.InvariantCulture)));
        var note = new ImportProblem(ProblemSeverity.Info, "summit-days-widened", "summit",
            $"{near.Count} {(near.Count == 1 ? "event falls" : "events fall")} on {days}, outside the days the source gives " +
            $"({summit.StartDate:yyyy-MM-dd} to {summit.EndDate:yyyy-MM-dd}): the summit's days run {first:yyyy-MM-dd} to {last:yyyy-MM-dd}, " +
            "so every page, feed and export shows them.");
        return (summit with { StartDate = first, EndDate = last }, note);
    }
}
