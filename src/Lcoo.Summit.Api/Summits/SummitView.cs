using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Summits;

/// <param name="Url">The summit's own page, where its sources gave one.</param>
/// <param name="Sessions">This summit's sessions in this API.</param>
public sealed record SummitView(
    string Slug,
    string Name,
    string TimeZone,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Venue,
    long Version,
    string? Url,
    string Sessions,
    SummitLinks Links)
{
    public static SummitView From(SummitInfo s, long version, Links links) =>
        new(s.Slug, s.Name, s.TimeZoneId, s.StartDate, s.EndDate, s.Venue, version, Lcoo.Summit.Text.WebLink.Of(s.SourceUrl)?.ToString(), links.To($"summits/{s.Slug}/sessions"), SummitLinks.Of(s.Slug, links));
}

/// <summary>Where to take a summit's schedule: phone apps (frab), calendars (https and webcal), the kiosk screen.</summary>
public sealed record SummitLinks(string ScheduleXml, string ScheduleJson, string Calendar, string Subscribe, string Kiosk)
{
    public static SummitLinks Of(string slug, Links links) => new(
        links.To($"summits/{slug}/schedule.xml"), links.To($"summits/{slug}/schedule.json"),
        links.To($"summits/{slug}/sessions.ics"), links.Webcal($"summits/{slug}/sessions.ics"), links.To($"kiosk/{slug}"));
}

/// <summary>One summit in detail: its rooms and, per venue-local day, how many sessions it has.</summary>
public sealed record SummitDetail(SummitView Summit, int SessionCount, IReadOnlyList<DayView> Days, IReadOnlyList<Room> Rooms)
{
    public static SummitDetail From(SummitSnapshot snapshot, Links links) => new(
        SummitView.From(snapshot.Summit, snapshot.Version, links),
        snapshot.Sessions.Count(s => s.Published),
        [.. snapshot.Sessions
            .Where(s => s.Published)
            .GroupBy(s => VenueTime.VenueDay(s.Start, snapshot.Zone))
            .Select(g => new DayView(g.Key, g.Key.DayOfWeek.ToString(), g.Count()))],
        snapshot.Summit.Rooms);
}

public sealed record DayView(DateOnly Date, string Weekday, int Sessions);
