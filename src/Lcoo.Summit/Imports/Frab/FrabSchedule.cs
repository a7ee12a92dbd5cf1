using System.Globalization;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.Frab;

/// <summary>The format-neutral shape of a frab/pretalx schedule (JSON and XML say the same things).</summary>
internal sealed record FrabConference(string? Acronym, string? Title, string? Start, string? End, string? TimeZoneName, string? Url, IReadOnlyList<FrabRoom> Rooms)
{
    /// <summary>The generator's name; our own exports (<see cref="FrabExport.Generator"/>) carry our session ids in <c>origin_url</c>.</summary>
    public string? Generator { get; init; }

    public bool IsOurs => Generator == FrabExport.Generator;

    /// <summary>Pentabarf's <c>venue</c> and <c>city</c>, which ConfClerk shows and the c3voc schema leaves out.</summary>
    public string? Venue { get; init; }

    public string? City { get; init; }
}

internal sealed record FrabRoom(string Name, string? Guid);

internal sealed record FrabPerson(string? Id, string? Name);

internal sealed record FrabEvent(
    string Where, string? Guid, string? Id, string? Date, string? Duration, string? Room, string? Title, string? Subtitle,
    string? Track, string? Type, string? Language, string? Abstract, string? Description, string? Url, IReadOnlyList<FrabPerson> Persons)
{
    public string? Origin { get; init; }
}

/// <summary>Turns a frab conference and its events into an <see cref="ImportedSchedule"/>, checking what frab exports get wrong.</summary>
internal static class FrabSchedule
{
    public static ImportedSchedule Build(string format, FrabConference conference, IReadOnlyList<FrabEvent> events, ImportContext context, List<ImportProblem> problems)
    {
        SourceLimits.Count(events.Count, SourceLimits.Sessions, "events");
        SourceLimits.Count(conference.Rooms.Count, SourceLimits.Rooms, "rooms");
        SourceLimits.Count(events.Sum(e => e.Persons.Count), SourceLimits.People, "speaker appearances");
        var sessions = new List<Session>();
        var speakers = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        var offsets = new List<(string Where, DateTimeOffset Start)>();
        foreach (var e in events)
        {
            var id = (conference.IsOurs ? Exports.SessionOrigin.IdIn(e.Origin) : null) ?? NullIfBlank(e.Guid) ?? NullIfBlank(e.Id);
            if (id is null)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Error, "missing-id", e.Where, $"The event '{e.Title}' has neither guid nor id; it was skipped."));
                continue;
            }

            if (!DateTimeOffset.TryParse(e.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) || !TryDuration(e.Duration, out var duration)
                || !SourceLimits.IsPlausible(start))
            {
                problems.Add(new ImportProblem(ProblemSeverity.Error, "bad-times", $"event {id}",
                    $"The date '{e.Date}' or duration '{e.Duration}' cannot be read (expected an ISO date with offset and HH:MM); the event was skipped."));
                continue;
            }

            offsets.Add(($"event {id}", start));
            var people = e.Persons.Where(p => !string.IsNullOrWhiteSpace(p.Name))
                .Select(p => new Speaker(NullIfBlank(p.Id) ?? PersonKey.FromName(p.Name!), HtmlText.Normalize(p.Name!), null, null))
                .DistinctBy(p => p.Id)
                .ToList();
            foreach (var p in people)
            {
                speakers[p.Id] = p;
            }

            var title = HtmlText.Normalize(e.Title ?? "");
            var subtitle = NullIfBlank(e.Subtitle);
            sessions.Add(new Session(
                id,
                title.Length == 0 ? "(untitled)" : title,
                JoinText(subtitle, e.Abstract, conference.IsOurs ? null : e.Description),
                TextOf(e.Track),
                TextOf(e.Type),
                null,
                TextOf(e.Room) is { } room && room != Phrases.NoRoom ? room : null,
                start.ToUniversalTime(),
                (start + duration).ToUniversalTime(),
                [.. people.Select(p => new SessionSpeaker(p.Id))],
                e.Language is { Length: > 0 } lang ? [$"lang:{lang}"] : [],
                NullIfBlank(e.Url)));
        }

        var zone = ResolveZone(conference, offsets, context, problems);
        ReportSharedRoomGuids(conference.Rooms, problems);
        var summit = BuildSummit(conference, sessions, zone, context);
        return new ImportedSchedule(format, summit, sessions, [.. speakers.Values], problems);
    }

    private static SummitInfo BuildSummit(FrabConference c, List<Session> sessions, TimeZoneInfo zone, ImportContext context)
    {
        var first = DateOnly.TryParse(c.Start?[..Math.Min(10, c.Start.Length)], CultureInfo.InvariantCulture, out var s) ? s
            : sessions.Count > 0 ? VenueTime.VenueDay(sessions.Min(x => x.Start), zone) : DateOnly.MinValue;
        var last = DateOnly.TryParse(c.End?[..Math.Min(10, c.End.Length)], CultureInfo.InvariantCulture, out var e) ? e
            : sessions.Count > 0 ? VenueTime.VenueDay(sessions.Max(x => x.End), zone) : first;
        var slug = context.Summit?.Slug ?? OpenStackSlug.FromTitle(c.Acronym ?? c.Title ?? "conference");
        var rooms = (c.Rooms.Count > 0 ? c.Rooms.Select(r => TextOf(r.Name)).OfType<string>() : sessions.Select(x => x.Room).OfType<string>()).Where(r => r != Phrases.NoRoom);
        return new SummitInfo(slug, HtmlText.Normalize(c.Title ?? ""), zone.Id, first, last, TextOf(c.Venue),
            [.. rooms.Distinct(StringComparer.Ordinal).Select(r => new Room(r, r))], NullIfBlank(c.Url))
        {
            City = TextOf(c.City),
        };
    }

    /// <summary>
    /// The conference's zone label, checked against the offsets its own event dates carry (pretalx has
    /// exported "UTC" beside +01:00 dates). Instants always follow the dates; the label only sets local display.
    /// </summary>
    private static TimeZoneInfo ResolveZone(FrabConference c, List<(string Where, DateTimeOffset Start)> starts, ImportContext context, List<ImportProblem> problems)
    {
        var chosen = context.TimeZoneOverride ?? context.Summit?.TimeZoneId ?? NullIfBlank(c.TimeZoneName);
        if (chosen is not null)
        {
            if (!VenueTime.TryFindZone(chosen, out var zone))
            {
                throw new ScheduleFormatException($"The time zone '{chosen}' is not a known IANA zone: say the venue's zone with the timeZone parameter.");
            }

            var wrong = starts.Where(s => zone.GetUtcOffset(s.Start) != s.Start.Offset).ToList();
            if (wrong.Count > 0)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Warning, "time-zone-label", "conference.time_zone_name",
                    $"The zone '{chosen}' disagrees with the offsets in {wrong.Count} of {starts.Count} event dates " +
                    $"(e.g. {wrong[0].Where} at {wrong[0].Start:yyyy-MM-ddTHH:mmzzz}). Instants follow the dates; local times use '{chosen}': re-import with timeZone=<the venue's IANA zone> if that is wrong."));
            }

            return zone;
        }

        var offset = starts.Count > 0 ? starts[0].Start.Offset : TimeSpan.Zero;
        var fallback = offset.Minutes == 0 && starts.All(s => s.Start.Offset == offset)
            ? $"Etc/GMT{(offset.Hours > 0 ? "-" : "+")}{Math.Abs(offset.Hours)}"
            : "UTC";
        problems.Add(new ImportProblem(ProblemSeverity.Warning, "no-time-zone", "conference.time_zone_name",
            $"The schedule names no time zone; local times use the fixed offset of its dates ({fallback}), which is wrong across a DST change. Re-import with timeZone=<the venue's IANA zone>."));
        return VenueTime.FindZone(offset == TimeSpan.Zero ? "UTC" : fallback);
    }

    private static void ReportSharedRoomGuids(IReadOnlyList<FrabRoom> rooms, List<ImportProblem> problems)
    {
        foreach (var shared in rooms.Where(r => r.Guid is not null).GroupBy(r => r.Guid).Where(g => g.Count() > 1))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "duplicate-room-guid", $"rooms {string.Join(", ", shared.Select(r => r.Name))}",
                $"The rooms {string.Join(" and ", shared.Select(r => $"'{r.Name}'"))} share the guid {shared.Key}; rooms are told apart by name."));
        }
    }

    private static bool TryDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        var parts = text?.Split(':');
        if (parts is not { Length: 2 or 3 } || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        duration = new TimeSpan(n[0], n[1], n.Length == 3 ? n[2] : 0);
        return duration >= TimeSpan.Zero && duration < TimeSpan.FromDays(7);
    }

    private static string? JoinText(params string?[] parts)
    {
        var text = string.Join("\n\n", parts.Select(p => HtmlText.ToPlainText(p)).OfType<string>().Distinct());
        return text.Length == 0 ? null : text;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Text people read (rooms, tracks, types), folded and cleaned as titles are; null when there is none.</summary>
    private static string? TextOf(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlText.Normalize(s) is { Length: > 0 } text ? text : null;
}
