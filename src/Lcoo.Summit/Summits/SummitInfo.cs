namespace Lcoo.Summit.Summits;

/// <summary>A summit: the event as a whole, held in one venue in one IANA time zone.</summary>
/// <param name="Slug">The natural key, as the summit's site spells it: <c>sydney-2017</c>.</param>
/// <param name="TimeZoneId">IANA zone of the venue (<c>Australia/Sydney</c>); all day and slot logic uses it.</param>
/// <param name="StartDate">First day, venue-local.</param>
/// <param name="EndDate">Last day, venue-local, inclusive.</param>
public sealed record SummitInfo(
    string Slug,
    string Name,
    string TimeZoneId,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Venue,
    IReadOnlyList<Room> Rooms,
    string? SourceUrl = null)
{
    public TimeZoneInfo TimeZone => VenueTime.FindZone(TimeZoneId);

    /// <summary>What coordinators decided about speakers who look like one person (kept with the summit, carried across imports).</summary>
    public IReadOnlyList<PeopleDecision> PeopleDecisions { get; init; } = [];

    /// <summary>
    /// The summit's own id in the source its schedule is imported from (<c>barcelona-2016</c> for a summit kept as
    /// <c>bcn</c>): the slug names the summit here, this is what a later import's source must match.
    /// </summary>
    public string? SourceSlug { get; init; }

    /// <summary>The venue's city as the source names it (frab apps show "venue, city"); null when the source says none.</summary>
    public string? City { get; init; }

    /// <summary>
    /// The summit as a coordinator describes it: its name, zone, days and venue (a venue left out stays). What its
    /// imports gave it (rooms, source, the source's id, city) and the decisions about people stay as they are.
    /// </summary>
    public static SummitInfo Described(string slug, SummitInfo? stored, string name, string zoneId, DateOnly start, DateOnly end, string? venue) =>
        stored is null
            ? new(slug, name.Trim(), zoneId, start, end, venue?.Trim(), [])
            : stored with { Name = name.Trim(), TimeZoneId = zoneId, StartDate = start, EndDate = end, Venue = venue?.Trim() ?? stored.Venue };

    public bool IsOnSummitDays(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(VenueTime.ToVenue(instant, TimeZone).DateTime);
        return day >= StartDate && day <= EndDate;
    }

    /// <summary>Field for field, rooms included (a record compares its room list by reference).</summary>
    public bool SameAs(SummitInfo other) => this with { Rooms = [], PeopleDecisions = [] } == other with { Rooms = [], PeopleDecisions = [] }
        && Rooms.SequenceEqual(other.Rooms) && PeopleDecisions.SequenceEqual(other.PeopleDecisions);
}

/// <param name="Id">The source's room id where it has one, otherwise the room name.</param>
public sealed record Room(string Id, string Name, string? Floor = null);
