using System.Diagnostics;
using System.Globalization;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// Runs our code and its floor alternately (so machine noise hits both alike), after a warm-up, and
/// prints medians and their ratio: <c>name: ours=… floor=… ratio=…</c>.
/// </summary>
public static class Harness
{
    public static double Ratio(string name, Action ours, Action floor, int runs = 9, int innerLoops = 1, string? note = null)
    {
        for (var i = 0; i < 2; i++)
        {
            ours();
            floor();
        }

        var a = new List<double>(runs);
        var b = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            a.Add(Time(ours, innerLoops));
            b.Add(Time(floor, innerLoops));
        }

        var (oursMs, floorMs) = (Median(a), Median(b));
        var ratio = oursMs / floorMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: ours={oursMs:0.###}ms floor={floorMs:0.###}ms ratio={ratio:0.00}{(note is null ? "" : $"  ({note})")}"));
        return ratio;
    }

    private static double Time(Action action, int loops)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < loops; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMilliseconds / loops;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
