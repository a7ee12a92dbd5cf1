using System.Text.Json;

namespace Lcoo.Summit.Imports.Frab;

/// <summary>The c3voc <c>schedule.json</c> that frab and pretalx export: <c>schedule.conference.days[].rooms{name: [events]}</c>.</summary>
public sealed class FrabJsonParser : IScheduleParser
{
    public string Format => "frab-json";

    public SourceTraits Traits => SourceTraits.SummitData;

    public bool CanParse(ReadOnlySpan<byte> content, string? contentType) =>
        Sniff.FirstNonSpace(content) == '{' && Sniff.Contains(content, "\"conference\"") && Sniff.Contains(content, "\"schedule\"")
        && !Sniff.Contains(content, "\"schedule_event_detail_url\"");

    public ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context)
    {
        using var doc = JsonRead.ParseDocument(content);
        var conference = doc.RootElement.Child("schedule")?.Child("conference")
            ?? throw new ScheduleFormatException("The JSON has no schedule.conference object: it is not a frab/pretalx schedule.json.");
        if (conference.Child("days") is not { ValueKind: JsonValueKind.Array } days)
        {
            throw new ScheduleFormatException("schedule.conference.days is missing or not an array.");
        }

        SourceLimits.Count(days.GetArrayLength(), SourceLimits.Days, "days");
        var problems = new List<ImportProblem>();
        var events = new List<FrabEvent>();
        foreach (var (day, dayIndex) in days.EnumerateArray().Select((d, i) => (d, i)))
        {
            if (day.Child("rooms") is not { ValueKind: JsonValueKind.Object } rooms)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Warning, "bad-day", $"day {dayIndex + 1}", "The day has no rooms object; it was skipped."));
                continue;
            }

            foreach (var room in rooms.EnumerateObject())
            {
                SourceLimits.Count(events.Count + (room.Value.ValueKind == JsonValueKind.Array ? room.Value.GetArrayLength() : 0), SourceLimits.Sessions, "events");
                events.AddRange(room.Value.ValueKind == JsonValueKind.Array
                    ? room.Value.EnumerateArray().Select(e => Event(e, room.Name, dayIndex))
                    : []);
            }
        }

        var info = new FrabConference(
            conference.Str("acronym"), conference.Str("title"), conference.Str("start"), conference.Str("end"),
            conference.Str("time_zone_name"), conference.Str("url") ?? doc.RootElement.Child("schedule")?.Str("base_url"),
            [.. conference.Items("rooms").Select(r => new FrabRoom(r.Str("name") ?? "", r.Str("guid"))).Where(r => r.Name.Length > 0)])
        {
            Generator = doc.RootElement.Child("generator")?.Str("name"),
            Venue = conference.Str("venue"),
            City = conference.Str("city"),
        };
        return FrabSchedule.Build(Format, info, events, context, problems);
    }

    private static FrabEvent Event(JsonElement e, string room, int dayIndex) => new(
        $"day {dayIndex + 1}, room {room}, event {e.Child("id")?.IdText() ?? e.Str("guid")}",
        e.Str("guid"), e.Child("id")?.IdText(), e.Str("date"), e.Str("duration"), e.Str("room") ?? room,
        e.Str("title"), e.Str("subtitle"), e.Str("track"), e.Str("type"), e.Str("language"), e.Str("abstract"), e.Str("description"), e.Str("url"),
        [.. e.Items("persons").Select(p => new FrabPerson(p.Child("id")?.IdText() ?? p.Str("code") ?? p.Str("guid"), p.Str("public_name") ?? p.Str("name") ?? p.Str("full_public_name")))])
    {
        Origin = e.Str("origin_url"),
    };
}
