using System.Globalization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Exports;

/// <summary>
/// A summit's sessions (all, a filtered set, or an attendee's picks) shaped as the c3voc/frab schedule that phone apps
/// read (Giggity, ConfClerk, Fahrplan…): conference, days in the venue's zone, rooms, events with stable GUIDs. One
/// shape, written as <see cref="FrabXmlWriter">schedule.xml</see> and <see cref="FrabJsonWriter">schedule.json</see>.
/// </summary>
/// <param name="Version">Changes whenever what the document says changes (the summit's version, a schedule's).</param>
/// <param name="BaseUrl">This service's public address: every link in the document is absolute under it.</param>
/// <param name="Title">The conference title apps show: the summit's, or what the selection is ("AT&amp;T at Sydney").</param>
public sealed record FrabExport(SummitSnapshot Snapshot, IReadOnlyList<Session> Sessions, string Version, Uri BaseUrl, string Title)
{
    /// <summary>The generator name our exports carry: our own parser reads our session ids back from them.</summary>
    public const string Generator = "Lcoo.Summit";

    public SummitInfo Summit => Snapshot.Summit;

    /// <summary>
    /// Sessions this selection had that were cancelled since. frab has no status field, so they stay in the schedule
    /// under their own GUID, titled as cancelled: an app that had them updates them in place and shows them cancelled
    /// instead of dropping them without a word.
    /// </summary>
    public IReadOnlyList<Changes.CancelledSession> Cancelled { get; init; } = [];

    /// <summary>What the document lists: the sessions, and the cancelled ones as cancelled.</summary>
    public IReadOnlyList<Session> Listed => [.. Sessions, .. Cancelled.Select(c => c.AsSession() with
    {
        Title = Phrases.CancelledTitle(c.Was.Title),
        Abstract = Phrases.CancelledNote,
    })];

    /// <summary>The summit's slug as frab's acronym pattern takes it (no hyphen before the year): <c>sydney_2017</c>.</summary>
    public string Acronym => Summit.Slug.Replace('-', '_');

    /// <summary>
    /// The venue's zone as the c3voc schema names it ("Region/City" or "UTC"), or null for a fixed-offset
    /// zone such as Etc/GMT-1: the event dates carry their offsets, which is all such a zone would say.
    /// </summary>
    public string? TimeZoneName => Summit.TimeZoneId switch
    {
        "UTC" or "Etc/UTC" or "Etc/Universal" => "UTC",
        var id when id.StartsWith("Etc/", StringComparison.Ordinal) => null,
        var id => id,
    };

    public IReadOnlyList<ExportDay> Days()
    {
        var zone = Snapshot.Zone;
        var byDay = Listed.OrderBy(s => s, SummitSnapshot.StableOrder).GroupBy(s => VenueTime.VenueDay(s.Start, zone)).ToDictionary(g => g.Key, g => g.ToList());
        var dates = Enumerable.Range(0, Summit.EndDate.DayNumber - Summit.StartDate.DayNumber + 1).Select(Summit.StartDate.AddDays)
            .Union(byDay.Keys).Order().ToList();
        return [.. dates.Select((date, i) =>
        {
            var (start, end) = VenueTime.DayBounds(date, zone);
            var rooms = (byDay.GetValueOrDefault(date) ?? []).GroupBy(s => s.Room ?? Phrases.NoRoom, StringComparer.Ordinal).OrderBy(g => g.Key, Phrases.RoomOrder)
                .Select(g => new ExportRoom(g.Key, RoomGuid(g.Key), [.. g]))
                .ToList();
            return new ExportDay(i + 1, date, VenueTime.ToVenue(start, zone), VenueTime.ToVenue(end, zone), rooms);
        })];
    }

    public IReadOnlyList<string> RoomNames() =>
        [.. Listed.Select(s => s.Room ?? Phrases.NoRoom).Distinct(StringComparer.Ordinal).Order(Phrases.RoomOrder)];

    public IReadOnlyList<string> Tracks() => [.. Sessions.Select(s => s.Track).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public Guid EventGuid(Session s) => StableGuid.Of($"{Summit.Slug}/session/{s.Id}");

    public Guid RoomGuid(string room) => StableGuid.Of($"{Summit.Slug}/room/{room}");

    /// <summary>One identity per person: speakers declared the same person share it.</summary>
    /// <summary>
    /// A person's number, which frab apps key people by (ConfClerk shows no speaker without one): the source's own
    /// numeric id, else one taken from the person's GUID. The same person has the same number in every export.
    /// </summary>
    public int PersonNumber(string speakerId)
    {
        var person = Snapshot.PersonOf(speakerId);
        return int.TryParse(person, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : (int)(BitConverter.ToUInt32(PersonGuid(speakerId).ToByteArray(), 0) & 0x7FFFFFFF) | 1;
    }

    public Guid PersonGuid(string speakerId) => StableGuid.Of($"{Summit.Slug}/person/{Snapshot.PersonOf(speakerId)}");

    /// <summary>The session's number: its own id when that is one (OpenStack's), else a stable number from its GUID.</summary>
    public static int EventNumber(Session s, Guid guid) =>
        int.TryParse(s.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int)(BitConverter.ToUInt32(guid.ToByteArray(), 0) & 0x7FFFFFFF) | 1;

    /// <summary><c>sydney_2017-19266-murano-project-update</c>: acronym, number and title, as frab slugs go.</summary>
    public string Slug(Session s, int number)
    {
        var title = OpenStackSlug.FromTitle(s.Title);
        var slug = $"{Acronym}-{number}-{(title.Length > 60 ? title[..60] : title)}".TrimEnd('-');
        return slug.Length > Acronym.Length + 4 ? slug : $"{slug}-session";
    }

    /// <summary>Where the session lives in this service's API: frab's <c>origin_url</c>, and how our parser knows our ids.</summary>
    public string OriginUrl(Session s) => SessionOrigin.Of(BaseUrl, Summit.Slug, s.Id);

    /// <summary>The session's page: the summit's own where the source gave one, else ours.</summary>
    public string Url(Session s) => WebLink.Of(s.SourceUrl)?.ToString() ?? OriginUrl(s);

    public string? Language(Session s) => s.Tags.FirstOrDefault(t => t.StartsWith("lang:", StringComparison.Ordinal))?[5..];

    /// <summary>Speakers with their companies, which frab's person entries have no field for.</summary>
    public string? Description(Session s)
    {
        var people = s.Speakers.Select(p => Snapshot.FindSpeaker(p.SpeakerId) is { } speaker
            ? $"{speaker.Name}{(speaker.Company is null ? "" : $" ({speaker.Company})")}{(p.Role == SpeakerRole.Moderator ? ", moderator" : "")}"
            : null).OfType<string>().ToList();
        return people.Count == 0 ? null : "Speakers: " + string.Join(", ", people);
    }

    public static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        VenueTime.ToVenue(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan length) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)length.TotalHours:00}:{length.Minutes:00}");
}

public sealed record ExportDay(int Index, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<ExportRoom> Rooms);

public sealed record ExportRoom(string Name, Guid Guid, IReadOnlyList<Session> Sessions);
