using System.Globalization;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>Placing a source's year-less days ("Tuesday", "Tuesday, November 7") on the summit's calendar.</summary>
public static class SummitDays
{
    /// <summary>The summit day with that weekday, or null when the summit has none (or several).</summary>
    public static DateOnly? ByWeekday(SummitInfo summit, DayOfWeek weekday)
    {
        DateOnly? found = null;
        for (var d = summit.StartDate; d <= summit.EndDate; d = d.AddDays(1))
        {
            if (d.DayOfWeek == weekday)
            {
                if (found is not null)
                {
                    return null;
                }

                found = d;
            }
        }

        return found;
    }

    public static bool TryParseWeekday(string text, out DayOfWeek weekday)
    {
        foreach (var name in Enum.GetNames<DayOfWeek>())
        {
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                weekday = Enum.Parse<DayOfWeek>(name);
                return true;
            }
        }

        weekday = default;
        return false;
    }

    /// <summary>A month and day without a year, in the year that puts it nearest the summit.</summary>
    public static DateOnly NearestYear(SummitInfo summit, int month, int day)
    {
        var candidates = new[] { summit.StartDate.Year - 1, summit.StartDate.Year, summit.StartDate.Year + 1 }
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day));
        return candidates.MinBy(d => Math.Abs(d.DayNumber - summit.StartDate.DayNumber));
    }

    /// <summary>"09:50", "9:50am", "11:40 AM" as a time of day.</summary>
    public static bool TryParseClock(string text, out TimeOnly time)
    {
        string[] formats = ["H:mm", "HH:mm", "h:mmtt", "h:mm tt", "htt", "h tt", "H.mm"];
        return TimeOnly.TryParseExact(text.Trim().ToUpperInvariant(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>"09:50-10:30" or "11:40am-12:00pm" (hyphen, en dash or "to") as venue-local instants on <paramref name="day"/>.</summary>
    public static bool TryParseRange(string text, DateOnly day, TimeZoneInfo zone, out DateTimeOffset start, out DateTimeOffset end)
    {
        start = end = default;
        var parts = text.Replace('\u2013', '-').Replace('\u2014', '-').Replace(" to ", "-", StringComparison.OrdinalIgnoreCase)
            .Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryParseClock(parts[0], out var from) || !TryParseClock(parts[1], out var to))
        {
            return false;
        }

        start = VenueTime.FromVenue(day.ToDateTime(from), zone);
        end = VenueTime.FromVenue((to < from ? day.AddDays(1) : day).ToDateTime(to), zone);
        return true;
    }
}
