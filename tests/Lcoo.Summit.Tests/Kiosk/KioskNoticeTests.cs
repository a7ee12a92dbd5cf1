using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Tests.Imports;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Kiosk;

/// <summary>What a hall screen says when a box is empty, at the moments of a summit that have no session in them.</summary>
public class KioskNoticeTests
{
    private readonly SummitSnapshot Sydney = SydneySeed.Snapshot;

    private KioskNotice At(DateTimeOffset at) => KioskNotice.Of(NowAndNext.Compute(Sydney, at, TimeSpan.FromHours(1), null), Sydney);

    [Theory]
    [InlineData(5, 12, 0, SummitPhase.Before, "The summit starts Monday 6 November at 09:00.", "Tomorrow")]
    [InlineData(6, 7, 30, SummitPhase.Before, "Sessions start today at 09:00.", null)]
    [InlineData(7, 13, 0, SummitPhase.During, "Nothing on now — next at 13:50.", null)]
    [InlineData(7, 21, 0, SummitPhase.During, "Sessions resume tomorrow at 09:00.", "Tomorrow")]
    [InlineData(9, 9, 0, SummitPhase.After, "The summit has ended.", null)]
    public void Each_moment_without_a_session_says_what_it_is(int day, int hour, int minute, SummitPhase phase, string nothingOn, string? nextDay)
    {
        var notice = At(SydneySummit.Local(day, hour, minute));

        Assert.Equal((phase, nothingOn, nextDay), (notice.Phase, notice.NothingOn, notice.NextDay));
    }

    [Fact]
    public void A_next_session_days_away_is_named_by_its_day()
    {
        var notice = At(SydneySummit.Local(4, 12, 0));

        Assert.Equal("Monday 6 November", notice.NextDay);
        Assert.StartsWith("The summit starts Monday 6 November", notice.NothingOn);
    }

    [Fact]
    public void A_summit_with_nothing_published_says_so()
    {
        var empty = new SummitSnapshot(Sydney.Summit, [], [], 1);

        var notice = KioskNotice.Of(NowAndNext.Compute(empty, SydneySummit.Local(7, 12, 0), TimeSpan.FromHours(1), null), empty);

        Assert.Equal(SummitPhase.Empty, notice.Phase);
        Assert.False(string.IsNullOrWhiteSpace(notice.NothingOn));
    }

    /// <summary>Tuesday 7 November: one session 09:00–10:00 and one 10:30–11:00 in Hall A; nothing Wednesday; Thursday one at 09:30.</summary>
    private static SummitSnapshot WithAGapDay()
    {
        Session At(string id, int day, int hour, int minute, int minutes) =>
            new(id, id, null, null, null, null, "Hall A", SydneySummit.Local(day, hour, minute), SydneySummit.Local(day, hour, minute).AddMinutes(minutes), [], [], null);
        var summit = new SummitInfo("gap", "Gap", "Australia/Sydney", new DateOnly(2017, 11, 7), new DateOnly(2017, 11, 9), null, []);
        return new SummitSnapshot(summit, [At("first", 7, 9, 0, 60), At("second", 7, 10, 30, 30), At("last", 9, 9, 30, 60)], [], 1);
    }

    private static KioskNotice On(SummitSnapshot snapshot, DateTimeOffset at) => KioskNotice.Of(NowAndNext.Compute(snapshot, at, TimeSpan.FromHours(1), null), snapshot);

    [Fact]
    public void The_summit_is_on_from_its_first_start_and_over_at_its_last_end_not_a_moment_either_side()
    {
        var gap = WithAGapDay();

        Assert.Equal(SummitPhase.Before, On(gap, SydneySummit.Local(7, 9, 0).AddTicks(-1)).Phase);
        Assert.Equal(SummitPhase.During, On(gap, SydneySummit.Local(7, 9, 0)).Phase);
        Assert.Equal(SummitPhase.During, On(gap, SydneySummit.Local(9, 10, 30).AddTicks(-1)).Phase);
        Assert.Equal(SummitPhase.After, On(gap, SydneySummit.Local(9, 10, 30)).Phase);
    }

    [Fact]
    public void Each_gap_says_when_sessions_resume_today_tomorrow_or_on_a_named_day()
    {
        var gap = WithAGapDay();
        var english = Words.English;

        var between = On(gap, SydneySummit.Local(7, 10, 10));
        var evening = On(gap, SydneySummit.Local(7, 20, 0));
        var dayOff = On(gap, SydneySummit.Local(8, 12, 0));
        var lastOn = On(gap, SydneySummit.Local(9, 10, 0));

        Assert.Equal((english.Format("Notice.NextAt", "10:30"), english["Notice.NothingSoon"], (string?)null), (between.NothingOn, between.NothingNext, between.NextDay));
        Assert.Equal((english.Format("Notice.ResumeOn", "Thursday 9 November", "09:30"), english["Notice.NothingMoreToday"], "Thursday 9 November"),
            (evening.NothingOn, evening.NothingNext, evening.NextDay));
        Assert.Equal((english.Format("Notice.ResumeTomorrow", "09:30"), english["Notice.NothingMoreToday"], english["Notice.Tomorrow"]),
            (dayOff.NothingOn, dayOff.NothingNext, dayOff.NextDay));
        Assert.Equal((english["Notice.NothingMore"], english["Notice.NothingMoreToday"], (string?)null), (lastOn.NothingOn, lastOn.NothingNext, lastOn.NextDay));
    }
}
