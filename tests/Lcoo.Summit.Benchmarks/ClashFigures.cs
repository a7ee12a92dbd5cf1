using Lcoo.Summit.Clashes;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Benchmarks;

/// <summary>The clash sweep on a large synthetic summit, against sorting the same sessions (its own first step).</summary>
public static class ClashFigures
{
    public static void Run()
    {
        var sessions = Synthetic(100_000, seed: 42);
        Harness.Ratio("clashes.sweep-100k", () =>
        {
            var groups = ClashSweep.Groups(sessions, s => s.Start, s => s.End);
            GC.KeepAlive(groups);
        }, () =>
        {
            var copy = sessions.ToArray();
            Array.Sort(copy, SummitSnapshot.StableOrder);
            GC.KeepAlive(copy);
        }, note: "target <= 2");
    }

    /// <summary>A summit-like day pattern: 40 rooms, slots on the 10-minute grid, lengths 10–90 minutes.</summary>
    public static List<Session> Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        var day0 = new DateTimeOffset(2017, 11, 6, 22, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var start = day0.AddDays(random.Next(0, 4)).AddMinutes(random.Next(0, 60) * 10);
            return new Session($"s{i}", $"Session {i}", null, null, null, null, $"Room {random.Next(40)}", start,
                start.AddMinutes(10 * random.Next(1, 10)), [new SessionSpeaker($"p{random.Next(count / 3)}")], [], null);
        })];
    }
}
