using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Calendar;

/// <summary>
/// RFC 5545 calendars of sessions, through Ical.Net: a real VTIMEZONE for the venue's IANA zone, times in
/// that zone, stable UIDs (<c>{sessionId}@{summit}</c>), SEQUENCE from the session's change count,
/// LOCATION = room, DESCRIPTION with speakers and the session's URL.
/// </summary>
public static class ICalendarWriter
{
    public static string Write(SummitSnapshot snapshot, IEnumerable<Session> sessions, string calendarName, DateTimeOffset stamp)
    {
        var zoneId = snapshot.Summit.TimeZoneId;
        var calendar = new Ical.Net.Calendar { ProductId = "-//LCOO//Lcoo.Summit//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", zoneId);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, snapshot.Summit.StartDate.AddDays(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        foreach (var s in sessions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{s.Id}@{snapshot.Summit.Slug}",
                Sequence = s.Sequence,
                Summary = s.Title,
                DtStart = Local(s.Start, snapshot),
                DtEnd = Local(s.End, snapshot),
                DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
                Location = s.Room,
                Description = Describe(s, snapshot),
                Url = Uri.TryCreate(s.SourceUrl, UriKind.Absolute, out var url) ? url : null,
                Categories = [.. s.Members],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(DateTimeOffset instant, SummitSnapshot snapshot) =>
        new(VenueTime.ToVenue(instant, snapshot.Zone).DateTime, snapshot.Summit.TimeZoneId);

    private static string Describe(Session s, SummitSnapshot snapshot)
    {
        var people = s.Speakers.Select(p => snapshot.FindSpeaker(p.SpeakerId) is { } speaker
            ? $"{speaker.Name}{(speaker.Company is null ? "" : $" ({speaker.Company})")}{(p.Role == SpeakerRole.Moderator ? ", moderator" : "")}"
            : null).OfType<string>().ToList();
        var lines = new List<string>();
        if (people.Count > 0)
        {
            lines.Add("Speakers: " + string.Join(", ", people));
        }

        if (s.SourceUrl is not null)
        {
            lines.Add(s.SourceUrl);
        }

        if (s.Abstract is not null)
        {
            lines.Add("");
            lines.Add(s.Abstract);
        }

        return string.Join("\n", lines);
    }
}
