using System.Globalization;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Kiosk;

/// <summary>Where an instant falls in a summit's schedule, as a hall screen says it.</summary>
public enum SummitPhase
{
    /// <summary>Before the first session.</summary>
    Before,

    /// <summary>Between the first session's start and the last one's end.</summary>
    During,

    /// <summary>After the last session ended.</summary>
    After,

    /// <summary>The summit lists no published session.</summary>
    Empty,
}

/// <summary>
/// What a kiosk says when a box has no session in it, so that no state is a blank or "Loading…": at lunch "Nothing on
/// now — next at 13:50", in the evening "Sessions resume tomorrow at 09:00", "The summit starts Monday 6 November at
/// 09:00", "The summit has ended". <see cref="NextDay"/> names the next session's day when it is not today's.
/// </summary>
public sealed record KioskNotice(SummitPhase Phase, string NothingOn, string NothingNext, string? NextDay)
{
    public static KioskNotice Of(NowAndNext answer, SummitSnapshot snapshot) => Of(answer, snapshot, Words.English);

    /// <summary>The notice in <paramref name="words"/>' language: its sentences and day names; times stay 24-hour HH:mm, as hall screens show them.</summary>
    public static KioskNotice Of(NowAndNext answer, SummitSnapshot snapshot, Words words)
    {
        var zone = snapshot.Zone;
        var published = snapshot.Sessions.Where(s => s.Published).ToList();
        if (published.Count == 0)
        {
            return new KioskNotice(SummitPhase.Empty, words["Notice.NoSessions"], words["Notice.NotPublished"], null);
        }

        var at = answer.At;
        var today = VenueTime.VenueDay(at, zone);
        if (at >= published.Max(s => s.End))
        {
            return new KioskNotice(SummitPhase.After, words["Notice.Ended"], words["Notice.ThankYou"], null);
        }

        var next = answer.NextSession;
        var nextDay = next is null ? (DateOnly?)null : VenueTime.VenueDay(next.Start, zone);
        // Read only where there is a next session.
        string NextTime() => VenueTime.ToVenue(next!.Start, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        var dayLabel = nextDay is { } d && d != today ? (d == today.AddDays(1) ? words["Notice.Tomorrow"] : words.DayName(d)) : null;
        if (at < published.Min(s => s.Start))
        {
            var starts = nextDay == today ? words.Format("Notice.StartsToday", NextTime()) : words.Format("Notice.SummitStarts", words.DayName(nextDay!.Value), NextTime());
            return new KioskNotice(SummitPhase.Before, starts, starts, dayLabel);
        }

        var nothingOn = next is null ? words["Notice.NothingMore"]
            : nextDay == today ? words.Format("Notice.NextAt", NextTime())
            : nextDay == today.AddDays(1) ? words.Format("Notice.ResumeTomorrow", NextTime())
            : words.Format("Notice.ResumeOn", words.DayName(nextDay!.Value), NextTime());
        // With no next session there is no next day either: nothing more today.
        var nothingNext = nextDay == today ? words["Notice.NothingSoon"] : words["Notice.NothingMoreToday"];
        return new KioskNotice(SummitPhase.During, nothingOn, nothingNext, dayLabel);
    }
}
