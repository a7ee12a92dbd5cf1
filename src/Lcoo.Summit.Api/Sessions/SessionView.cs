using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

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
        Lcoo.Summit.Text.WebLink.Of(s.SourceUrl)?.ToString())
    {
        Floor = snapshot.FloorOf(s.Room),
    };

    /// <summary>The floor or level of the room, where the summit gives one.</summary>
    public string? Floor { get; init; }
}
