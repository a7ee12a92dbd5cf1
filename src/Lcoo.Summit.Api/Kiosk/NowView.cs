using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Kiosk;

/// <summary>What is on now and next, venue-local times with offsets; <c>changesAt</c> tells a screen when to ask again.</summary>
public sealed record NowView(
    string Summit, string TimeZone, TimeView At, string? Room, int WithinMinutes,
    IReadOnlyList<SessionView> OnNow, IReadOnlyList<RoomNextView> UpNext, SessionView? NextSession, TimeView? ChangesAt)
{
    public static NowView From(NowAndNext n, SummitSnapshot snapshot, string? room, TimeSpan within) => new(
        snapshot.Summit.Slug, snapshot.Summit.TimeZoneId, TimeView.From(n.At, snapshot.Zone), room, (int)within.TotalMinutes,
        [.. n.OnNow.Select(s => SessionView.From(s, snapshot))],
        [.. n.UpNext.Select(x => new RoomNextView(x.Room, SessionView.From(x.Session, snapshot)))],
        n.NextSession is null ? null : SessionView.From(n.NextSession, snapshot),
        n.ChangesAt is { } c ? TimeView.From(c, snapshot.Zone) : null);
}

public sealed record RoomNextView(string Room, SessionView Session);
