using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Web.Coordinators;

/// <summary>The console script's words: its phrases (<c>Console.*</c>), the counts it prints, and the summit's days (its own and its sessions').</summary>
public static class ConsoleWords
{
    public static string Json(Words words, SummitSnapshot? snapshot)
    {
        var days = snapshot is null ? [] : DaysOf(snapshot);
        return PageWords.Json(words, PageWords.KeysStartingWith("Console.", "Count.", "Room.None"), days);
    }

    private static IEnumerable<DateOnly> DaysOf(SummitSnapshot snapshot)
    {
        var summit = snapshot.Summit;
        for (var day = summit.StartDate; day <= summit.EndDate && day.DayNumber - summit.StartDate.DayNumber < 31; day = day.AddDays(1))
        {
            yield return day;
        }

        foreach (var session in snapshot.Sessions)
        {
            yield return VenueTime.VenueDay(session.Start, snapshot.Zone);
        }
    }
}
