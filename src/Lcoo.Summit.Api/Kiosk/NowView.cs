using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Kiosk;

/// <summary>What is on now and next, venue-local times with offsets; <c>changesAt</c> tells a screen when to ask again.</summary>
/// <param name="Phase">Before, during or after the summit's sessions (or empty: none published).</param>
/// <param name="NothingOn">What to say where "on now" has no session: "Nothing on now — next at 13:50", "The summit has ended."</param>
/// <param name="NothingNext">What to say where "up next" has no session.</param>
/// <param name="NextSessionDay">The next session's day ("Tomorrow", "Wednesday 8 November") when it is not today's.</param>
/// <param name="Today">The venue's day at <c>at</c>, as the answer's language writes it ("Monday 6 November", "11月6日 月曜日").</param>
/// <param name="Language">The language the sentences are in (<c>lang=</c>, else the request's Accept-Language): en, fr, ja, ko or zh-Hans.</param>
public sealed record NowView(
    string Summit, string TimeZone, TimeView At, string? Room, int WithinMinutes,
    IReadOnlyList<SessionView> OnNow, IReadOnlyList<RoomNextView> UpNext, SessionView? NextSession, TimeView? ChangesAt,
    SummitPhase Phase, string NothingOn, string NothingNext, string? NextSessionDay, string Today, string Language)
{
    public static NowView From(NowAndNext n, SummitSnapshot snapshot, string? room, TimeSpan within, Words words)
    {
        var notice = KioskNotice.Of(n, snapshot, words);
        return new(
            snapshot.Summit.Slug, snapshot.Summit.TimeZoneId, TimeView.From(n.At, snapshot.Zone), room, (int)within.TotalMinutes,
            [.. n.OnNow.Select(s => SessionView.From(s, snapshot))],
            [.. n.UpNext.Select(x => new RoomNextView(x.Room, SessionView.From(x.Session, snapshot)))],
            n.NextSession is null ? null : SessionView.From(n.NextSession, snapshot),
            n.ChangesAt is { } c ? TimeView.From(c, snapshot.Zone) : null,
            notice.Phase, notice.NothingOn, notice.NothingNext, notice.NextDay, words.DayName(VenueTime.VenueDay(n.At, snapshot.Zone)), words.Language.Code);
    }
}

public sealed record RoomNextView(string Room, SessionView Session);
