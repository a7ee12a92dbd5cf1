using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Calendar;

/// <summary>
/// RFC 5545 calendars of sessions, through Ical.Net: a real VTIMEZONE for the venue's IANA zone, times in
/// that zone, stable UIDs (<c>{sessionId}@{summit}</c>), SEQUENCE from the session's change count,
/// LOCATION = room, DESCRIPTION with speakers and the session's URL. Sessions cancelled since stay, as cancelled events.
/// </summary>
public static class ICalendarWriter
{
    /// <param name="cancelled">Sessions that were in this calendar and are gone: written with STATUS:CANCELLED and the next SEQUENCE, so calendar apps mark them cancelled.</param>
    /// <param name="words">The language of what the calendar itself says (the speakers line, a cancellation); titles, rooms and abstracts stay as the source wrote them.</param>
    public static string Write(
        SummitSnapshot snapshot, IEnumerable<Session> sessions, string calendarName, DateTimeOffset stamp, CancellationToken ct = default,
        IReadOnlyList<Changes.CancelledSession>? cancelled = null, Words? words = null)
    {
        words ??= Words.English;
        var zoneId = snapshot.Summit.TimeZoneId;
        var calendar = new Ical.Net.Calendar { ProductId = "-//LCOO//Lcoo.Summit//EN" };
        calendar.AddProperty("X-WR-CALNAME", UnicodeText.Clean(calendarName));
        calendar.AddProperty("X-WR-TIMEZONE", zoneId);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, ZoneRulesFrom(snapshot.Summit.StartDate, stamp), includeHistoricalData: false));
        foreach (var s in sessions)
        {
            ct.ThrowIfCancellationRequested();
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{s.Id}@{snapshot.Summit.Slug}",
                Sequence = s.Sequence,
                Summary = UnicodeText.Clean(s.Title),
                DtStart = Local(s.Start, snapshot),
                DtEnd = Local(s.End, snapshot),
                DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
                Location = s.Room is null ? null : UnicodeText.Clean(s.Room),
                Description = UnicodeText.Clean(Describe(s, snapshot, words)),
                Url = WebLink.Of(s.SourceUrl),
                Categories = [.. s.Members],
            });
        }

        foreach (var gone in cancelled ?? [])
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{gone.Id}@{snapshot.Summit.Slug}",
                Sequence = gone.Was.Sequence + 1,
                Status = "CANCELLED",
                Summary = UnicodeText.Clean(gone.Was.Title),
                DtStart = Local(gone.Was.Start, snapshot),
                DtEnd = Local(gone.Was.End, snapshot),
                DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
                Location = gone.Was.Room is null ? null : UnicodeText.Clean(gone.Was.Room),
                Description = words["Calendar.Cancelled"],
                Categories = [.. gone.Members],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The zone's rules as of the day before the summit, or as of today when the summit is further ahead: Ical.Net reads
    /// rules only up to a year from now, and without history the VTIMEZONE's recurring observances cover later years.
    /// </summary>
    private static DateTime ZoneRulesFrom(DateOnly summitStart, DateTimeOffset stamp)
    {
        var dayBefore = summitStart == DateOnly.MinValue ? summitStart : summitStart.AddDays(-1);
        // Ical.Net's year ahead runs on the machine's clock, whatever clock the service is given.
        var today = DateOnly.FromDateTime(stamp.UtcDateTime < DateTime.UtcNow ? stamp.UtcDateTime : DateTime.UtcNow);
        return (dayBefore < today ? dayBefore : today).ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>
    /// Venue time with its TZID, except in the hour a zone repeats when clocks go back: RFC 5545 reads an ambiguous local
    /// time as its first occurrence, so there the instant is written in UTC, which every reader places exactly.
    /// </summary>
    private static CalDateTime Local(DateTimeOffset instant, SummitSnapshot snapshot)
    {
        var local = VenueTime.ToVenue(instant, snapshot.Zone).DateTime;
        return snapshot.Zone.IsAmbiguousTime(local)
            ? new CalDateTime(instant.UtcDateTime, "UTC")
            : new CalDateTime(local, snapshot.Summit.TimeZoneId);
    }

    private static string Describe(Session s, SummitSnapshot snapshot, Words words)
    {
        var people = s.Speakers.Select(p => snapshot.FindSpeaker(p.SpeakerId) is { } speaker
            ? Moderated($"{speaker.Name}{(speaker.Company is null ? "" : $" ({speaker.Company})")}", p.Role, words)
            : null).OfType<string>().ToList();
        var lines = new List<string>();
        if (people.Count > 0)
        {
            lines.Add(words.Format("Calendar.Speakers", string.Join(", ", people)));
        }

        if (WebLink.Of(s.SourceUrl) is { } page)
        {
            lines.Add(page.ToString());
        }

        if (s.Abstract is not null)
        {
            lines.Add("");
            lines.Add(s.Abstract);
        }

        return string.Join("\n", lines);
    }

    private static string Moderated(string person, SpeakerRole role, Words words) => role == SpeakerRole.Moderator ? words.Format("Calendar.Moderator", person) : person;
}
