using System.Globalization;
using System.Text.Json;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Exports;

/// <summary>A <see cref="FrabExport"/> as c3voc <c>schedule.json</c> (valid against its JSON Schema).</summary>
public static class FrabJsonWriter
{
    public static byte[] Write(FrabExport export, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://c3voc.de/schedule/schema.json");
            json.WriteStartObject("generator");
            json.WriteString("name", FrabExport.Generator);
            json.WriteString("version", typeof(FrabJsonWriter).Assembly.GetName().Version?.ToString() ?? "1");
            json.WriteEndObject();
            json.WriteStartObject("schedule");
            json.WriteString("version", export.Version);
            json.WriteString("base_url", export.BaseUrl.ToString());
            WriteConference(json, export, ct);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteConference(Utf8JsonWriter json, FrabExport export, CancellationToken ct)
    {
        var summit = export.Summit;
        var days = export.Days();
        json.WriteStartObject("conference");
        json.WriteString("acronym", export.Acronym);
        json.WriteString("title", export.Title);
        json.WriteString("start", days[0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("end", days[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("daysCount", days.Count);
        json.WriteString("timeslot_duration", "00:05");
        if (export.TimeZoneName is { } zone)
        {
            json.WriteString("time_zone_name", zone);
        }

        json.WriteString("url", (WebLink.Of(summit.SourceUrl) ?? export.BaseUrl).ToString());
        json.WriteStartArray("rooms");
        foreach (var room in export.RoomNames())
        {
            json.WriteStartObject();
            json.WriteString("name", room);
            json.WriteString("guid", export.RoomGuid(room));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tracks");
        foreach (var track in export.Tracks())
        {
            json.WriteStartObject();
            json.WriteString("name", track);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("days");
        foreach (var day in days)
        {
            json.WriteStartObject();
            json.WriteNumber("index", day.Index);
            json.WriteString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("day_start", day.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteString("day_end", day.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteStartObject("rooms");
            foreach (var room in day.Rooms)
            {
                json.WriteStartArray(room.Name);
                foreach (var s in room.Sessions)
                {
                    ct.ThrowIfCancellationRequested();
                    WriteEvent(json, export, s, room.Name);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, FrabExport export, Session s, string room)
    {
        var zone = export.Snapshot.Zone;
        var guid = export.EventGuid(s);
        var number = FrabExport.EventNumber(s, guid);
        json.WriteStartObject();
        json.WriteString("guid", guid);
        json.WriteNumber("id", number);
        json.WriteString("date", FrabExport.Local(s.Start, zone));
        json.WriteString("start", VenueTime.ToVenue(s.Start, zone).ToString("HH:mm", CultureInfo.InvariantCulture));
        json.WriteString("end", FrabExport.Local(s.End, zone));
        json.WriteString("duration", FrabExport.Duration(s.Duration));
        json.WriteString("room", room);
        json.WriteString("slug", export.Slug(s, number));
        json.WriteString("url", export.Url(s));
        json.WriteString("title", s.Title);
        json.WriteNull("subtitle");
        WriteNullable(json, "track", s.Track);
        json.WriteString("type", s.Type ?? "session");
        WriteNullable(json, "language", export.Language(s));
        WriteNullable(json, "abstract", s.Abstract);
        WriteNullable(json, "description", export.Description(s));
        json.WriteStartArray("persons");
        foreach (var person in s.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("name", export.Snapshot.FindSpeaker(person.SpeakerId)?.Name ?? $"Speaker {person.SpeakerId}");
            json.WriteString("guid", export.PersonGuid(person.SpeakerId));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        if (WebLink.Of(s.SourceUrl) is { } page)
        {
            json.WriteStartObject();
            json.WriteString("type", "web");
            json.WriteString("url", page.ToString());
            json.WriteString("title", "The session on the summit's site");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("origin_url", export.OriginUrl(s));
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
