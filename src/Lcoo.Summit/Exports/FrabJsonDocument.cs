using System.Text.Json.Serialization;

namespace Lcoo.Summit.Exports;

// The c3voc schedule.json document (https://c3voc.de/schedule/schema.json) as records: FrabJsonWriter fills and
// serialises them, and the API's contract describes schedule.json by them, so generated clients get typed documents.
// Times are written as the schema has them: venue-local ISO 8601 with the offset, a day's clock time, a duration.

public sealed record FrabJsonDocument(
    [property: JsonPropertyName("$schema")] string Schema,
    FrabJsonGenerator Generator,
    FrabJsonSchedule Schedule);

public sealed record FrabJsonGenerator(string Name, string Version);

public sealed record FrabJsonSchedule(
    string Version,
    [property: JsonPropertyName("base_url")] string BaseUrl,
    FrabJsonConference Conference);

public sealed record FrabJsonConference(
    string Acronym,
    string Title,
    string Start,
    string End,
    int DaysCount,
    [property: JsonPropertyName("timeslot_duration")] string TimeslotDuration,
    [property: JsonPropertyOrder(1)] string Url,
    [property: JsonPropertyOrder(1)] IReadOnlyList<FrabJsonRoom> Rooms,
    [property: JsonPropertyOrder(1)] IReadOnlyList<FrabJsonTrack> Tracks,
    [property: JsonPropertyOrder(1)] IReadOnlyList<FrabJsonDay> Days)
{
    /// <summary>The venue's IANA zone; left out (not null) for a summit kept at a fixed offset, as the schema wants.</summary>
    [JsonPropertyName("time_zone_name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TimeZoneName { get; init; }
}

public sealed record FrabJsonRoom(string Name, Guid Guid);

public sealed record FrabJsonTrack(string Name);

/// <param name="Rooms">The day's events by room name, in the order of the rooms.</param>
public sealed record FrabJsonDay(
    int Index,
    string Date,
    [property: JsonPropertyName("day_start")] string DayStart,
    [property: JsonPropertyName("day_end")] string DayEnd,
    IReadOnlyDictionary<string, IReadOnlyList<FrabJsonEvent>> Rooms);

public sealed record FrabJsonEvent(
    Guid Guid,
    int Id,
    string Date,
    string Start,
    string End,
    string Duration,
    string Room,
    string Slug,
    string Url,
    string Title,
    string? Subtitle,
    string? Track,
    string Type,
    string? Language,
    string? Abstract,
    string? Description,
    IReadOnlyList<FrabJsonPerson> Persons,
    IReadOnlyList<FrabJsonLink> Links,
    [property: JsonPropertyName("origin_url")] string OriginUrl);

public sealed record FrabJsonPerson(string Name, Guid Guid);

public sealed record FrabJsonLink(string Type, string Url, string Title);
