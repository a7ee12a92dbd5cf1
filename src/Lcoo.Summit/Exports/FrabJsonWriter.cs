using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Exports;

/// <summary>A <see cref="FrabExport"/> as c3voc <c>schedule.json</c> (valid against its JSON Schema): a <see cref="FrabJsonDocument"/>.</summary>
public static class FrabJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
    };

    public static byte[] Write(FrabExport export, CancellationToken ct = default) =>
        JsonSerializer.SerializeToUtf8Bytes(Document(export, ct), Options);

    public static FrabJsonDocument Document(FrabExport export, CancellationToken ct = default) => new(
        "https://c3voc.de/schedule/schema.json",
        new FrabJsonGenerator(FrabExport.Generator, typeof(FrabJsonWriter).Assembly.GetName().Version?.ToString() ?? "1"),
        new FrabJsonSchedule(export.Version, export.BaseUrl.ToString(), Conference(export, ct)));

    private static FrabJsonConference Conference(FrabExport export, CancellationToken ct)
    {
        var days = export.Days();
        return new FrabJsonConference(
            export.Acronym,
            export.Title,
            Date(days[0].Date),
            Date(days[^1].Date),
            days.Count,
            "00:05",
            (WebLink.Of(export.Summit.SourceUrl) ?? export.BaseUrl).ToString(),
            [.. export.RoomNames().Select(room => new FrabJsonRoom(room, export.RoomGuid(room)))],
            [.. export.Tracks().Select(track => new FrabJsonTrack(track))],
            [.. days.Select(day => new FrabJsonDay(
                day.Index,
                Date(day.Date),
                Instant(day.Start),
                Instant(day.End),
                // A dictionary filled once, never removed from, enumerates in insertion order: the rooms' order.
                day.Rooms.ToDictionary(room => room.Name, room => (IReadOnlyList<FrabJsonEvent>)[.. room.Sessions.Select(s => Event(export, s, room.Name, ct))])))])
        {
            TimeZoneName = export.TimeZoneName,
        };
    }

    private static FrabJsonEvent Event(FrabExport export, Session s, string room, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var zone = export.Snapshot.Zone;
        var guid = export.EventGuid(s);
        var number = FrabExport.EventNumber(s, guid);
        return new FrabJsonEvent(
            guid,
            number,
            FrabExport.Local(s.Start, zone),
            VenueTime.ToVenue(s.Start, zone).ToString("HH:mm", CultureInfo.InvariantCulture),
            FrabExport.Local(s.End, zone),
            FrabExport.Duration(s.Duration),
            room,
            export.Slug(s, number),
            export.Url(s),
            s.Title,
            null,
            s.Track,
            s.Type ?? "session",
            export.Language(s),
            s.Abstract,
            export.Description(s),
            [.. s.Speakers.Select(p => new FrabJsonPerson(
                export.Snapshot.FindSpeaker(p.SpeakerId)?.Name ?? Speakers.Speaker.Unnamed(p.SpeakerId), export.PersonGuid(p.SpeakerId)))],
            WebLink.Of(s.SourceUrl) is { } page ? [new FrabJsonLink("web", page.ToString(), "The session on the summit's site")] : [],
            export.OriginUrl(s));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
