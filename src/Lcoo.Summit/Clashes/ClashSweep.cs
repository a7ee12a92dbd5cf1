namespace Lcoo.Summit.Clashes;

/// <summary>A set of intervals that all overlap one another, and the window they share.</summary>
/// <param name="Gap">True when they do not overlap but follow each other too closely (a travel buffer): the window is then
/// the time between them.</param>
public sealed record OverlapGroup<T>(IReadOnlyList<T> Items, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, bool Gap = false);

/// <summary>
/// Finds every maximal group of mutually overlapping intervals once, by a sweep over their endpoints:
/// O(n log n) for the sort plus the size of what it reports, never all pairs. Overlap is half-open,
/// <c>a.Start &lt; b.End &amp;&amp; b.Start &lt; a.End</c>: back-to-back intervals do not overlap, and a
/// zero-length interval overlaps only what strictly contains its instant.
/// </summary>
public static class ClashSweep
{
    // Event kinds in the order they are handled at one instant: ends first (half-open), then zero-length points, then starts.
    private const long End = 0, Point = 1, Start = 2;

    public static List<OverlapGroup<T>> Groups<T>(IEnumerable<T> items, Func<T, DateTimeOffset> start, Func<T, DateTimeOffset> end)
    {
        var list = items as IReadOnlyList<T> ?? items.ToList();
        var keys = new long[list.Count * 2];
        var indexes = new int[list.Count * 2];
        var count = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var (s, e) = (start(list[i]).UtcTicks, end(list[i]).UtcTicks);
            if (e < s)
            {
                continue;
            }

            if (e == s)
            {
                (keys[count], indexes[count++]) = ((s << 2) | Point, i);
            }
            else
            {
                (keys[count], indexes[count++]) = ((s << 2) | Start, i);
                (keys[count], indexes[count++]) = ((e << 2) | End, i);
            }
        }

        // Ticks fit in 62 bits, so (ticks << 2 | kind) orders by instant, then by kind.
        Array.Sort(keys, indexes, 0, count);

        var groups = new List<OverlapGroup<T>>();
        var active = new List<int>();
        var position = new int[list.Count];
        var startedSinceEmit = false;
        for (var n = 0; n < count; n++)
        {
            var index = indexes[n];
            switch (keys[n] & 3)
            {
                case Start:
                    position[index] = active.Count;
                    active.Add(index);
                    startedSinceEmit = true;
                    break;
                case Point when active.Count > 0:
                    groups.Add(Group(list, [.. active, index], start, end));
                    startedSinceEmit = false;
                    break;
                case End:
                    if (startedSinceEmit && active.Count >= 2)
                    {
                        groups.Add(Group(list, active, start, end));
                    }

                    startedSinceEmit = false;
                    RemoveAt(active, position, position[index]);
                    break;
            }
        }

        return groups;
    }

    /// <summary>O(1) removal: the last active item takes the removed one's place.</summary>
    private static void RemoveAt(List<int> active, int[] position, int at)
    {
        var last = active[^1];
        active[at] = last;
        position[last] = at;
        active.RemoveAt(active.Count - 1);
    }

    private static OverlapGroup<T> Group<T>(IReadOnlyList<T> list, List<int> members, Func<T, DateTimeOffset> start, Func<T, DateTimeOffset> end)
    {
        var items = members.Order().Select(i => list[i]).ToList();
        return new OverlapGroup<T>(items, items.Max(start), items.Min(end));
    }
}
