using Lcoo.Summit.Schedule;

namespace Lcoo.Summit.Api.Sessions;

/// <summary>A session as the API shows it: times both as UTC instants and venue-local with offset, speakers resolved.</summary>
public sealed record SessionView(
    string Id,
    string Summit,
    string Title,
    string? Abstract,
    string? Track,
    string? Type,
    string? Level,
    string? Room,
    TimeView Start,
    TimeView End,
    int DurationMinutes,
    IReadOnlyList<SpeakerRef> Speakers,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Members,
    string? Url)
{
    public static SessionView From(Session s, SummitSnapshot snapshot) => new(
        s.Id,
        snapshot.Summit.Slug,
        s.Title,
        s.Abstract,
        s.Track,
        s.Type,
        s.Level,
        s.Room,
        TimeView.From(s.Start, snapshot.Zone),
        TimeView.From(s.End, snapshot.Zone),
        (int)s.Duration.TotalMinutes,
        [.. s.Speakers.Select(p => SpeakerRef.From(p, snapshot.FindSpeaker(p.SpeakerId)))],
        s.Tags,
        s.Members,
        s.SourceUrl);
}

/// <param name="Utc">The instant, in UTC.</param>
/// <param name="Local">The venue's wall-clock time with its offset then (DST-aware).</param>
public sealed record TimeView(DateTimeOffset Utc, DateTimeOffset Local)
{
    public static TimeView From(DateTimeOffset instant, TimeZoneInfo zone) =>
        new(instant.ToUniversalTime(), VenueTime.ToVenue(instant, zone));
}

/// <param name="Name">Null when the source named the speaker by id only.</param>
public sealed record SpeakerRef(string Id, string? Name, string? Company, string Role)
{
    public static SpeakerRef From(SessionSpeaker person, Speaker? speaker) =>
        new(person.SpeakerId, speaker?.Name, speaker?.Company, person.Role == SpeakerRole.Moderator ? "moderator" : "speaker");
}
