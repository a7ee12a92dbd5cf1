using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Summits;

public class SummitSnapshotTests
{
    private static readonly DateTimeOffset Nine = DateTimeOffset.Parse("2017-11-06T22:00:00Z");

    private static Session At(string id, int minutes) =>
        new(id, id, null, null, null, null, "C3.2", Nine.AddMinutes(minutes), Nine.AddMinutes(minutes + 30), [], [], null);

    private static SummitSnapshot Snapshot(params Session[] sessions) => new(
        new SummitInfo("s", "S", "Australia/Sydney", new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 8), null, []),
        sessions, [], 1);

    [Fact]
    public void Sessions_are_ordered_by_start_then_id()
    {
        var snapshot = Snapshot(At("b", 0), At("c", -10), At("a", 0));

        Assert.Equal(["c", "a", "b"], snapshot.Sessions.Select(s => s.Id));
    }

    [Fact]
    public void Index_after_a_key_skips_exactly_the_rows_up_to_it_even_if_that_row_is_gone()
    {
        var snapshot = Snapshot(At("a", 0), At("c", 0), At("d", 30));
        int IndexAfter(DateTimeOffset start, string id) => SummitSnapshot.IndexAfter(snapshot.Sessions, At(id, 0) with { Start = start }, SummitSnapshot.StableOrder);

        Assert.Equal(1, IndexAfter(Nine, "a"));
        Assert.Equal(1, IndexAfter(Nine, "b"));
        Assert.Equal(3, IndexAfter(Nine.AddMinutes(30), "d"));
        Assert.Equal(0, IndexAfter(Nine.AddMinutes(-1), "z"));
    }

    [Fact]
    public void Half_open_intervals_back_to_back_do_not_overlap()
    {
        Assert.False(At("a", 0).Overlaps(At("b", 30)));
        Assert.True(At("a", 0).Overlaps(At("b", 29)));
    }
}
