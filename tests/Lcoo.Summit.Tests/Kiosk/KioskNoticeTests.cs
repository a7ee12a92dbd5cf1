using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Tests.Imports;

namespace Lcoo.Summit.Tests.Kiosk;

/// <summary>What a hall screen says when a box is empty, at the moments of a summit that have no session in them.</summary>
public class KioskNoticeTests
{
    private static readonly SummitSnapshot Sydney = SydneySeed.Snapshot;

    private static KioskNotice At(DateTimeOffset at) => KioskNotice.Of(NowAndNext.Compute(Sydney, at, TimeSpan.FromHours(1), null), Sydney);

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
}
