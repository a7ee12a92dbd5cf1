using Lcoo.Summit.Clashes;

namespace Lcoo.Summit.Tests.Clashes;

/// <summary>The sweep against a brute-force pairwise checker on thousands of random schedules.</summary>
public class ClashSweepPropertyTests
{
    private sealed record Slot(int Id, DateTimeOffset Start, DateTimeOffset End);

    private static readonly DateTimeOffset Origin = new(2017, 11, 7, 0, 0, 0, TimeSpan.Zero);
    private static readonly int[] Lengths = [0, 0, 5, 10, 10, 20, 30, 40, 60, 90, 240];

    private static List<Slot> RandomSchedule(Random random)
    {
        var n = random.Next(0, 40);
        // Few distinct start minutes, so equal starts, shared ends, nesting and back-to-back are common.
        return [.. Enumerable.Range(0, n).Select(i =>
        {
            var start = Origin.AddMinutes(random.Next(0, 24) * 10);
            return new Slot(i, start, start.AddMinutes(Lengths[random.Next(Lengths.Length)]));
        })];
    }

    private static bool Overlap(Slot a, Slot b) => a.Start < b.End && b.Start < a.End;

    [Fact]
    public void Groups_cover_exactly_the_overlapping_pairs_each_once_with_their_shared_window()
    {
        var random = new Random(20171107);
        var schedules = 0;
        for (var run = 0; run < 5000; run++, schedules++)
        {
            var slots = RandomSchedule(random);
            var groups = ClashSweep.Groups(slots, s => s.Start, s => s.End);

            var expected = new HashSet<(int, int)>();
            for (var i = 0; i < slots.Count; i++)
            {
                for (var j = i + 1; j < slots.Count; j++)
                {
                    if (Overlap(slots[i], slots[j]))
                    {
                        expected.Add((i, j));
                    }
                }
            }

            var covered = new HashSet<(int, int)>();
            foreach (var g in groups)
            {
                Assert.True(g.Items.Count >= 2);
                foreach (var a in g.Items)
                {
                    foreach (var b in g.Items.Where(b => b.Id > a.Id))
                    {
                        Assert.True(Overlap(a, b), $"run {run}: {a} and {b} were grouped but do not overlap");
                        covered.Add((a.Id, b.Id));
                    }
                }

                Assert.Equal(g.Items.Max(s => s.Start), g.WindowStart);
                Assert.Equal(g.Items.Min(s => s.End), g.WindowEnd);
            }

            Assert.True(expected.SetEquals(covered), $"run {run}: pairs missed {string.Join(" ", expected.Except(covered))}");
            var sets = groups.Select(g => g.Items.Select(s => s.Id).ToHashSet()).ToList();
            for (var i = 0; i < sets.Count; i++)
            {
                for (var j = 0; j < sets.Count; j++)
                {
                    Assert.False(i != j && sets[i].IsSubsetOf(sets[j]), $"run {run}: a group was reported twice or inside another");
                }
            }
        }

        Assert.Equal(5000, schedules);
    }

    [Fact]
    public void Back_to_back_sessions_do_not_clash_but_nested_and_equal_starts_do()
    {
        Slot S(int id, int from, int to) => new(id, Origin.AddMinutes(from), Origin.AddMinutes(to));

        Assert.Empty(ClashSweep.Groups([S(0, 0, 20), S(1, 20, 40)], s => s.Start, s => s.End));
        Assert.Single(ClashSweep.Groups([S(0, 0, 60), S(1, 10, 20)], s => s.Start, s => s.End));
        var three = Assert.Single(ClashSweep.Groups([S(0, 0, 40), S(1, 0, 10), S(2, 0, 20)], s => s.Start, s => s.End));
        Assert.Equal((Origin, Origin.AddMinutes(10)), (three.WindowStart, three.WindowEnd));
    }

    [Fact]
    public void A_zero_length_session_clashes_only_with_what_strictly_contains_its_instant()
    {
        Slot S(int id, int from, int to) => new(id, Origin.AddMinutes(from), Origin.AddMinutes(to));

        Assert.Single(ClashSweep.Groups([S(0, 0, 60), S(1, 30, 30)], s => s.Start, s => s.End));
        Assert.Empty(ClashSweep.Groups([S(0, 0, 60), S(1, 0, 0), S(2, 60, 60)], s => s.Start, s => s.End));
    }

    [Fact]
    public void A_session_that_ends_before_it_starts_clashes_with_nothing_and_leaves_the_others_intact()
    {
        Slot S(int id, int from, int to) => new(id, Origin.AddMinutes(from), Origin.AddMinutes(to));

        var groups = ClashSweep.Groups([S(0, 0, 60), S(1, 50, 10), S(2, 30, 90)], s => s.Start, s => s.End);

        var group = Assert.Single(groups);
        Assert.Equal([0, 2], group.Items.Select(s => s.Id).Order());
        Assert.Equal((Origin.AddMinutes(30), Origin.AddMinutes(60)), (group.WindowStart, group.WindowEnd));
    }
}
