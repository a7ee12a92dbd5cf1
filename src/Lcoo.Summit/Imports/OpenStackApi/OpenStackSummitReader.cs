using System.Text.Json;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.OpenStackApi;

/// <summary>Summit metadata from an OpenStack dump: slug, zone (checked against the venue), days, venue and rooms.</summary>
internal static class OpenStackSummitReader
{
    public static SummitInfo Read(JsonElement summit, ImportContext context, List<ImportProblem> problems)
    {
        var name = HtmlText.Normalize(summit.Str("name") ?? "");
        var venues = summit.Items("locations").Where(l => l.Str("class_name") == "SummitVenue").ToList();
        var mainVenue = venues.FirstOrDefault(v => v.Bool("is_main") == true);
        if (mainVenue.ValueKind == JsonValueKind.Undefined)
        {
            mainVenue = venues.FirstOrDefault();
        }

        var zone = ResolveZone(summit, mainVenue, context, problems);
        var start = summit.Long("schedule_start_date") ?? summit.Long("start_date")
            ?? throw new ScheduleFormatException("The summit has no start_date: cannot place its days.");
        var end = summit.Long("end_date") ?? start;
        if (!SourceLimits.TryFromUnixSeconds(start, out var first) || !SourceLimits.TryFromUnixSeconds(end, out var last) || last < first)
        {
            throw new ScheduleFormatException($"The summit's start_date/end_date ({start}/{end}) are not a plausible interval of Unix seconds: cannot place its days.");
        }

        var pageUrl = summit.Str("page_url");
        var slug = SlugFromPageUrl(pageUrl) ?? context.Summit?.Slug ?? Slugify($"{name} {first.Year}");

        return new SummitInfo(
            slug,
            name,
            zone.Id,
            VenueTime.VenueDay(first, zone),
            VenueTime.VenueDay(last, zone),
            mainVenue.ValueKind == JsonValueKind.Object ? mainVenue.Str("name")?.Trim() : null,
            ReadRooms(summit, venues, problems),
            pageUrl)
        {
            City = mainVenue.ValueKind == JsonValueKind.Object && HtmlText.Normalize(mainVenue.Str("city") ?? "") is { Length: > 0 } city ? city : null,
        };
    }

    /// <summary>
    /// The source's zone label is checked, not trusted, by the clock it keeps: a label from another country than the
    /// venue's, or whose offsets differ from those the venue's city keeps (Barcelona labelled Europe/London), is a
    /// warning; a label named after another city with the same clock (Sydney labelled Australia/Melbourne) is only noted.
    /// A zone given by the coordinator, or the existing summit's, wins over the label.
    /// </summary>
    private static TimeZoneInfo ResolveZone(JsonElement summit, JsonElement venue, ImportContext context, List<ImportProblem> problems)
    {
        var tz = summit.Child("time_zone");
        var label = tz?.ValueKind == JsonValueKind.String ? tz.Value.GetString() : tz?.Str("name");
        var chosen = context.TimeZoneOverride ?? context.Summit?.TimeZoneId ?? label;
        if (!VenueTime.TryFindZone(chosen, out var zone))
        {
            throw new ScheduleFormatException(chosen is null
                ? "The summit has no time_zone: say the venue's IANA zone with the timeZone parameter (e.g. timeZone=Europe/Madrid)."
                : $"The summit's time zone '{chosen}' is not a known IANA zone: say the venue's zone with the timeZone parameter.");
        }

        if (label is null || venue.ValueKind != JsonValueKind.Object)
        {
            return zone;
        }

        var zoneCountry = tz?.Str("country_code");
        var venueCountry = venue.Str("country");
        var venueCity = venue.Str("city")?.Trim();
        var labelled = VenueTime.TryFindZone(label, out var labelZone) ? labelZone : null;
        var needed = VenueZones.ForCity(venueCity);
        // A start date that is no plausible instant is refused later, with its own sentence; the clocks are compared around 2000 meanwhile.
        var around = SourceLimits.TryFromUnixSeconds(summit.Long("start_date") ?? summit.Long("schedule_start_date") ?? 0, out var start)
            ? start : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string? disagreement = null;
        if (zoneCountry is not null && venueCountry is not null && !zoneCountry.Equals(venueCountry, StringComparison.OrdinalIgnoreCase))
        {
            disagreement = $"its country {zoneCountry} is not the venue's ({venueCountry}, {venueCity})";
        }
        else if (labelled is not null && needed is not null && !VenueZones.KeepTheSameClock(labelled, needed, around))
        {
            disagreement = $"{venueCity} keeps {needed.Id}'s clock, which differs from it";
        }

        if (disagreement is not null)
        {
            var action = zone.Id == label
                ? $"Session instants are UTC and unaffected, but local times would follow the label: re-import with timeZone={needed?.Id ?? "<the venue's IANA zone>"}."
                : $"The import used {zone.Id} instead.";
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "time-zone-label", "summit.time_zone",
                $"The time zone label '{label}' disagrees with the venue: {disagreement}. {action}"));
        }
        else if (labelled is not null && needed is not null && labelled.Id != needed.Id)
        {
            // Right clock, another city's name: said once, with nothing to do.
            problems.Add(new ImportProblem(ProblemSeverity.Info, "time-zone-label", "summit.time_zone",
                $"The time zone label '{label}' names another city than the venue's ({venueCity}) but keeps the same clock as {needed.Id}: local times are right."));
        }

        return zone;
    }

    private static List<Room> ReadRooms(JsonElement summit, IEnumerable<JsonElement> venues, List<ImportProblem> problems)
    {
        var floors = venues.SelectMany(v => v.Items("floors"))
            .Select(f => (Id: f.Child("id")?.IdText(), Name: f.Str("name")))
            .Where(f => f.Id is not null)
            .DistinctBy(f => f.Id)
            .ToDictionary(f => f.Id!, f => f.Name);
        var rooms = summit.Items("locations").Where(l => l.Str("class_name") == "SummitVenueRoom")
            .Concat(venues.SelectMany(v => v.Items("rooms")))
            .Select(r => (Id: r.Child("id")?.IdText(), Name: r.Str("name"), Floor: r.Child("floor_id")?.IdText()))
            .Where(r => r.Id is not null && !string.IsNullOrWhiteSpace(r.Name))
            .DistinctBy(r => r.Id)
            .Select(r => new Room(r.Id!, HtmlText.Normalize(r.Name!), r.Floor is not null ? floors.GetValueOrDefault(r.Floor) : null))
            .ToList();

        foreach (var same in rooms.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Info, "duplicate-room", $"room {same.Key}",
                $"The room '{same.Key}' is listed under ids {string.Join(", ", same.Select(r => r.Id))}; sessions in either are treated as one room."));
        }

        return rooms;
    }

    private static string? SlugFromPageUrl(string? pageUrl) =>
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri) && uri.Segments.Length > 0
            ? NullIfEmpty(Slugify(uri.Segments[^1].Trim('/')))
            : null;

    private static string Slugify(string text) => OpenStackSlug.FromTitle(text);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
