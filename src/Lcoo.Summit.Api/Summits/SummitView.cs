using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Summits;

public sealed record SummitView(
    string Slug,
    string Name,
    string TimeZone,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Venue,
    long Version,
    string? Url,
    string Sessions)
{
    public static SummitView From(SummitInfo s, long version) =>
        new(s.Slug, s.Name, s.TimeZoneId, s.StartDate, s.EndDate, s.Venue, version, s.SourceUrl, $"/summits/{s.Slug}/sessions");
}

/// <summary>One summit in detail: its rooms and, per venue-local day, how many sessions it has.</summary>
public sealed record SummitDetail(SummitView Summit, int SessionCount, IReadOnlyList<DayView> Days, IReadOnlyList<Room> Rooms)
{
    public static SummitDetail From(SummitSnapshot snapshot) => new(
        SummitView.From(snapshot.Summit, snapshot.Version),
        snapshot.Sessions.Count(s => s.Published),
        [.. snapshot.Sessions
            .Where(s => s.Published)
            .GroupBy(s => VenueTime.VenueDay(s.Start, snapshot.Zone))
            .Select(g => new DayView(g.Key, g.Key.DayOfWeek.ToString(), g.Count()))],
        snapshot.Summit.Rooms);
}

public sealed record DayView(DateOnly Date, string Weekday, int Sessions);
