using System.Text.Json;
using Lcoo.Summit.Schedule;

namespace Lcoo.Summit.Import.OpenStackApi;

/// <summary>
/// The OpenStack summit API dump (<c>GET /api/v1/summits/{id}?expand=schedule</c>), in both shapes seen:
/// <c>{summit, events}</c> (speakers by id only) and the flat summit with <c>schedule</c>, <c>speakers</c>,
/// <c>tracks</c>, <c>event_types</c> and <c>locations</c>. Times are UTC epoch seconds.
/// </summary>
public sealed class OpenStackApiParser : IScheduleParser
{
    private static readonly byte[] Marker = "\"schedule_event_detail_url\""u8.ToArray();

    public string Format => "openstack-api";

    /// <summary>The summit's detail-URL template, or (in a dump cut short before it) events with summit ids and class names.</summary>
    public bool CanParse(ReadOnlySpan<byte> content, string? contentType) =>
        Sniff.FirstNonSpace(content) == '{'
        && (content.IndexOf(Marker) >= 0 || (Sniff.Contains(content, "\"summit_id\"") && Sniff.Contains(content, "\"class_name\"")));

    public ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context)
    {
        using var doc = JsonRead.ParseDocument(content);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ScheduleFormatException("The JSON is not an object: an OpenStack summit dump starts with '{'.");
        }

        var (summitElement, events) = root.Child("summit") is { ValueKind: JsonValueKind.Object } nested && root.Child("events") is { } ev
            ? (nested, ev)
            : (root, root.Child("schedule") ?? throw new ScheduleFormatException(
                "The JSON has neither a 'schedule' array nor 'summit' and 'events': it is not an OpenStack summit API dump."));
        if (events.ValueKind != JsonValueKind.Array)
        {
            throw new ScheduleFormatException("The summit's events ('schedule' or 'events') are not a JSON array.");
        }

        var problems = new List<ImportProblem>();
        var summit = OpenStackSummitReader.Read(summitElement, context, problems);
        var speakers = ReadSpeakers(root.Items("speakers"));
        var lookups = new Lookups(
            PlacesById(summitElement, summit.Rooms),
            NamesById(root.Items("tracks")),
            NamesById(root.Items("event_types")));
        var detailUrl = summitElement.Str("schedule_event_detail_url");

        var sessions = new List<Session>();
        var unknownSpeakers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in events.EnumerateArray())
        {
            if (ReadSession(e, lookups, detailUrl, problems) is not { } session)
            {
                continue;
            }

            sessions.Add(session);
            foreach (var s in session.Speakers.Where(s => !speakers.ContainsKey(s.SpeakerId)))
            {
                unknownSpeakers.Add(s.SpeakerId);
            }
        }

        if (unknownSpeakers.Count > 0)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Info, "speakers-by-id-only", "speakers",
                $"{unknownSpeakers.Count} speaker ids are referenced without names or companies in this dump; " +
                "the sessions keep the ids, and names come from other sources (event pages, member tables)."));
        }

        return new ImportedSchedule(Format, summit, sessions, [.. speakers.Values], problems);
    }

    private sealed record Lookups(
        IReadOnlyDictionary<string, string> Rooms,
        IReadOnlyDictionary<string, string> Tracks,
        IReadOnlyDictionary<string, string> Types);

    private static Session? ReadSession(JsonElement e, Lookups lookups, string? detailUrl, List<ImportProblem> problems)
    {
        var id = e.Child("id")?.IdText();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Error, "missing-id", "event without id",
                $"An event has no id (title '{e.Str("title")}'); it was skipped because it cannot be matched on re-import."));
            return null;
        }

        var where = $"event {id}";
        var published = e.Bool("is_published") != false;
        if (!published)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Info, "unpublished", where,
                "The event is not published; it was kept as unpublished (it still occupies its room) and is hidden from public lists."));
        }

        var start = e.Long("start_date");
        var end = e.Long("end_date");
        if (start is not > 0 || end is not > 0 || end < start)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Error, "bad-times", where,
                $"The event's start_date/end_date ({start?.ToString() ?? "missing"}/{end?.ToString() ?? "missing"}) are not a valid interval; it was skipped."));
            return null;
        }

        var title = HtmlText.Normalize(e.Str("title") ?? "");
        if (title.Length == 0)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "missing-title", where, "The event has no title; it was kept as '(untitled)'."));
            title = "(untitled)";
        }

        string? room = null;
        if (e.Child("location_id")?.IdText() is { } locationId && locationId != "0" && !lookups.Rooms.TryGetValue(locationId, out room))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "unknown-room", where,
                $"The event's location_id {locationId} is not a room of this summit; its room was left empty."));
        }

        var level = e.Str("level");
        return new Session(
            id,
            title,
            HtmlText.ToPlainText(e.Str("description")),
            Lookup(lookups.Tracks, e.Child("track_id")),
            Lookup(lookups.Types, e.Child("type_id")) ?? e.Str("class_name"),
            level is null or "N/A" ? null : level,
            room,
            DateTimeOffset.FromUnixTimeSeconds(start.Value),
            DateTimeOffset.FromUnixTimeSeconds(end.Value),
            ReadSessionSpeakers(e),
            [.. e.Items("tags").Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : t.Str("tag")).OfType<string>()],
            detailUrl?.Replace(":event_id", id, StringComparison.Ordinal)
                .Replace(":event_title", OpenStackSlug.FromTitle(title), StringComparison.Ordinal))
        {
            Published = published,
        };
    }

    private static List<SessionSpeaker> ReadSessionSpeakers(JsonElement e)
    {
        var moderator = e.Child("moderator_speaker_id")?.IdText();
        var list = e.Items("speakers").Select(s => s.IdText()).OfType<string>().Distinct()
            .Select(id => new SessionSpeaker(id, id == moderator ? SpeakerRole.Moderator : SpeakerRole.Speaker))
            .ToList();
        if (moderator is not null and not "0" && list.All(s => s.SpeakerId != moderator))
        {
            list.Add(new SessionSpeaker(moderator, SpeakerRole.Moderator));
        }

        return list;
    }

    private static Dictionary<string, Speaker> ReadSpeakers(IEnumerable<JsonElement> speakers)
    {
        var byId = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var s in speakers)
        {
            if (s.Child("id")?.IdText() is not { } id)
            {
                continue;
            }

            var name = HtmlText.Normalize($"{s.Str("first_name")} {s.Str("last_name")}");
            byId[id] = new Speaker(id, name.Length == 0 ? $"Speaker {id}" : name, CurrentOrganisation(s), NullIfBlank(s.Str("title")));
        }

        return byId;
    }

    /// <summary>The organisation of the current affiliation; among several, the one started last.</summary>
    private static string? CurrentOrganisation(JsonElement speaker)
    {
        var best = speaker.Items("affiliations")
            .Select(a => (Current: a.Bool("is_current") ?? false, Start: a.Long("start_date") ?? 0, Name: a.Child("organization")?.Str("name")))
            .Where(a => !string.IsNullOrWhiteSpace(a.Name))
            .OrderByDescending(a => a.Current).ThenByDescending(a => a.Start)
            .FirstOrDefault();
        return best.Name is null ? null : HtmlText.Normalize(best.Name);
    }

    private static Dictionary<string, string> NamesById(IEnumerable<JsonElement> items) =>
        items.Select(i => (Id: i.Child("id")?.IdText(), Name: i.Str("name")))
            .Where(i => i.Id is not null && i.Name is not null)
            .GroupBy(i => i.Id!)
            .ToDictionary(g => g.Key, g => HtmlText.Normalize(g.First().Name!));

    /// <summary>Rooms, plus venues and external places: some events are held at a whole venue (a hotel, a ballpark).</summary>
    private static Dictionary<string, string> PlacesById(JsonElement summit, IEnumerable<Room> rooms)
    {
        var places = NamesById(summit.Items("locations").Where(l => l.Str("class_name") is not ("SummitHotel" or "SummitAirport")));
        foreach (var room in rooms)
        {
            places[room.Id] = room.Name;
        }

        return places;
    }

    private static string? Lookup(IReadOnlyDictionary<string, string> names, JsonElement? id) =>
        id?.IdText() is { } key && names.TryGetValue(key, out var name) ? name : null;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlText.Normalize(s);
}
