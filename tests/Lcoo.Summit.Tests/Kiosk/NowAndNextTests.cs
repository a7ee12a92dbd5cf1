using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Tests.Imports;

namespace Lcoo.Summit.Tests.Kiosk;

public class NowAndNextTests
{
    private readonly SummitSnapshot Sydney = SydneySeed.Snapshot;

    [Fact]
    public void At_1145_on_Tuesday_the_three_member_sessions_of_the_1140_slot_are_on()
    {
        var now = NowAndNext.Compute(Sydney, SydneySummit.Local(7, 11, 45), TimeSpan.FromHours(1), null);

        Assert.Equal(["19266", "19424", "20053"], now.OnNow.Select(s => s.Id).Order());
        Assert.Equal(SydneySummit.Local(7, 11, 50), now.ChangesAt);
    }

    [Fact]
    public void A_room_narrows_it_and_half_open_ends_drop_a_session_at_its_end()
    {
        Assert.Equal(["19266"], NowAndNext.Compute(Sydney, SydneySummit.Local(7, 11, 45), TimeSpan.FromHours(1), "c3.2").OnNow.Select(s => s.Id));
        Assert.DoesNotContain("19424", NowAndNext.Compute(Sydney, SydneySummit.Local(7, 11, 50), TimeSpan.FromHours(1), null).OnNow.Select(s => s.Id));
    }

    [Fact]
    public void Up_next_is_per_room_within_the_window_and_rooms_not_yet_known_are_each_listed()
    {
        var now = NowAndNext.Compute(Sydney, SydneySummit.Local(7, 13, 0), TimeSpan.FromMinutes(60), null);

        Assert.Equal(["19465", "20470", "20472"], now.UpNext.Where(x => x.Session.Room is null).Select(x => x.Session.Id).Order());
        Assert.All(now.UpNext, x => Assert.InRange(x.Session.Start, SydneySummit.Local(7, 13, 1), SydneySummit.Local(7, 14, 0)));
    }

    [Fact]
    public void Outside_the_summit_days_nothing_is_on_and_the_next_days_first_session_is_given()
    {
        var now = NowAndNext.Compute(Sydney, SydneySummit.Local(5, 12, 0), TimeSpan.FromHours(1), null);

        Assert.Empty(now.OnNow);
        Assert.Empty(now.UpNext);
        Assert.Equal("20565", now.NextSession?.Id);
        Assert.Equal(SydneySummit.Local(6, 8, 0), now.ChangesAt);
    }

    [Fact]
    public void Now_is_decided_on_instants_across_a_daylight_saving_change()
    {
        var berlin = new SummitInfo("dst", "DST", "Europe/Berlin", new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 26), null, []);
        var start = DateTimeOffset.Parse("2026-10-25T01:30:00+02:00");
        var across = new Session("across", "Across", null, null, null, null, "Hall", start, start.AddHours(3), [], [], null);
        var snapshot = new SummitSnapshot(berlin, [across], [], 1);

        // 02:30 happens twice that night; both instants are inside the session, 03:30 CET is its end.
        Assert.Single(NowAndNext.Compute(snapshot, DateTimeOffset.Parse("2026-10-25T02:30:00+02:00"), TimeSpan.FromHours(1), null).OnNow);
        Assert.Single(NowAndNext.Compute(snapshot, DateTimeOffset.Parse("2026-10-25T02:30:00+01:00"), TimeSpan.FromHours(1), null).OnNow);
        Assert.Empty(NowAndNext.Compute(snapshot, DateTimeOffset.Parse("2026-10-25T03:30:00+01:00"), TimeSpan.FromHours(1), null).OnNow);
        Assert.Equal("2026-10-25T03:30:00+01:00", VenueTime.ToVenue(across.End, snapshot.Zone).ToString("yyyy-MM-ddTHH:mm:sszzz"));
    }
}
