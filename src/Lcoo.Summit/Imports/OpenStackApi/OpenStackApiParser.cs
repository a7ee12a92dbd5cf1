using System.Text.Json;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.OpenStackApi;

/// <summary>
/// The OpenStack summit API dump (<c>GET /api/v1/summits/{id}?expand=schedule</c>), in both shapes seen:
/// <c>{summit, events}</c> (speakers by id only) and the flat summit with <c>schedule</c>, <c>speakers</c>,
/// <c>tracks</c>, <c>event_types</c> and <c>locations</c>. Times are UTC epoch seconds.
/// </summary>
public sealed class OpenStackApiParser : IScheduleParser
{
    private static readonly byte[] Marker = "\"schedule_event_detail_url\""u8.ToArray();

    public string Format => "openstack-api";

    public SourceTraits Traits => SourceTraits.SummitData;

    /// <summary>The summit's detail-URL template, or (in a dump cut short before it) events with summit ids and class names.</summary>
    public bool CanParse(ReadOnlySpan<byte> content, string? contentType) =>
        Sniff.FirstNonSpace(content) == '{'
        && (content.IndexOf(Marker) >= 0 || (Sniff.Contains(content, "\"summit_id\"") && Sniff.Contains(content, "\"class_name\"")));

    public ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context)
    {
        var dump = ReadDump(content.Span);
        var metadata = dump.Metadata;
        var (summitElement, events) = metadata.Child("summit") is { ValueKind: JsonValueKind.Object } nested && dump.Events.Present
            ? (nested, dump.Events)
            : (metadata, dump.Schedule.Present ? dump.Schedule : throw new ScheduleFormatException(
                "The JSON has neither a 'schedule' array nor 'summit' and 'events': it is not an OpenStack summit API dump."));
        if (events.Items is not { } items)
        {
            throw new ScheduleFormatException("The summit's events ('schedule' or 'events') are not a JSON array.");
        }

        SourceLimits.Count(items.Count, SourceLimits.Sessions, "events");
        SourceLimits.Count(dump.Speakers.Count, SourceLimits.People, "speakers");
        var problems = new List<ImportProblem>();
        var summit = OpenStackSummitReader.Read(summitElement, context, problems);
        var lookups = new Lookups(PlacesById(summitElement, summit.Rooms), NamesById(metadata.Items("tracks")), NamesById(metadata.Items("event_types")));
        var detailUrl = EventUrlTemplate.From(summitElement.Str("schedule_event_detail_url"));

        var sessions = new List<Session>(items.Count);
        var unknownSpeakers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in items)
        {
            if (ToSession(e, lookups, detailUrl, problems) is not { } session)
            {
                continue;
            }

            sessions.Add(session);
            foreach (var s in session.Speakers)
            {
                if (!dump.Speakers.ContainsKey(s.SpeakerId))
                {
                    unknownSpeakers.Add(s.SpeakerId);
                }
            }
        }

        if (unknownSpeakers.Count > 0)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Info, "speakers-by-id-only", "speakers",
                $"{unknownSpeakers.Count} speaker ids are referenced without names or companies in this dump; " +
                "the sessions keep the ids, and names come from other sources (event pages, member tables)."));
        }

        return new ImportedSchedule(Format, summit, sessions, [.. dump.Speakers.Values], problems);
    }

    /// <summary>One streaming pass: the dump is several megabytes, mostly abstracts and bios, and most of it is skipped.</summary>
    private static OpenStackDump ReadDump(ReadOnlySpan<byte> content)
    {
        JsonRead.EnsureUtf8(content);
        var reader = new Utf8JsonReader(content, JsonStream.Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ScheduleFormatException("The JSON is not an object: an OpenStack summit dump starts with '{'.");
            }

            var dump = OpenStackDumpReader.Read(ref reader, content);
            reader.Read(); // throws on anything but whitespace and comments after the object
            return dump;
        }
        catch (JsonException e)
        {
            throw JsonRead.NotWellFormed(e);
        }
    }

    private sealed record Lookups(
        IReadOnlyDictionary<string, string> Rooms,
        IReadOnlyDictionary<string, string> Tracks,
        IReadOnlyDictionary<string, string> Types);

    private static Session? ToSession(OpenStackEvent e, Lookups lookups, EventUrlTemplate? detailUrl, List<ImportProblem> problems)
    {
        var id = e.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Error, "missing-id", "event without id",
                $"An event has no id (title '{e.Title}'); it was skipped because it cannot be matched on re-import."));
            return null;
        }

        var where = $"event {id}";
        var published = e.Published != false;
        if (!published)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Info, "unpublished", where,
                "The event is not published; it was kept as unpublished (it still occupies its room) and is hidden from public lists.") { SessionId = id });
        }

        if (e.Start is not { } startSeconds || e.End is not { } endSeconds || endSeconds < startSeconds
            || !SourceLimits.TryFromUnixSeconds(startSeconds, out var start) || !SourceLimits.TryFromUnixSeconds(endSeconds, out var end))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Error, "bad-times", where,
                $"The event's start_date/end_date ({e.Start?.ToString() ?? "missing"}/{e.End?.ToString() ?? "missing"}) are not a valid interval; it was skipped."));
            return null;
        }

        var title = HtmlText.Normalize(e.Title ?? "");
        if (title.Length == 0)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "missing-title", where, "The event has no title; it was kept as '(untitled)'.") { SessionId = id });
            title = "(untitled)";
        }

        string? room = null;
        if (e.LocationId is { } locationId && locationId != "0" && !lookups.Rooms.TryGetValue(locationId, out room))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "unknown-room", where,
                $"The event's location_id {locationId} is not a room of this summit; its room was left empty.") { SessionId = id });
        }

        return new Session(
            id,
            title,
            e.Abstract,
            Lookup(lookups.Tracks, e.TrackId),
            Lookup(lookups.Types, e.TypeId) ?? e.ClassName,
            e.Level is null or "N/A" ? null : e.Level,
            room,
            start,
            end,
            SessionSpeakers(e),
            e.Tags,
            detailUrl?.For(id, title))
        {
            Published = published,
        };
    }

    private static List<SessionSpeaker> SessionSpeakers(OpenStackEvent e)
    {
        var list = new List<SessionSpeaker>(e.SpeakerIds.Count + 1);
        foreach (var id in e.SpeakerIds)
        {
            if (!Lists(list, id))
            {
                list.Add(new SessionSpeaker(id, id == e.ModeratorId ? SpeakerRole.Moderator : SpeakerRole.Speaker));
            }
        }

        if (e.ModeratorId is { } moderator and not "0" && !Lists(list, moderator))
        {
            list.Add(new SessionSpeaker(moderator, SpeakerRole.Moderator));
        }

        return list;
    }

    private static bool Lists(List<SessionSpeaker> speakers, string id)
    {
        foreach (var s in speakers)
        {
            if (s.SpeakerId == id)
            {
                return true;
            }
        }

        return false;
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

    private static string? Lookup(IReadOnlyDictionary<string, string> names, string? id) =>
        id is not null && names.TryGetValue(id, out var name) ? name : null;
}
