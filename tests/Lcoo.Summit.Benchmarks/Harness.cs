using System.Diagnostics;
using System.Globalization;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// Runs our code and its floor alternately (so machine noise hits both alike), after a warm-up, and
/// prints medians and their ratio: <c>name: ours=… floor=… ratio=…</c>.
/// </summary>
public static class Harness
{
    /// <summary>
    /// Long enough for tiered compilation to finish on both sides: methods are promoted to optimised code by a
    /// background thread ~100 ms after calls stop being new, so a few warm-up calls measure half-jitted code.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Each sample repeats the call until it lasts about this long. Samples are not separated by forced
    /// collections: a side pays for the collections its own allocations cause, as it would in the service,
    /// and a forced full collection would instead make the next few allocations dearer than in steady state.
    /// </summary>
    private static readonly TimeSpan SampleLength = TimeSpan.FromMilliseconds(60);

    /// <summary>The value below which a share <paramref name="p"/> of the samples fall (sorts them).</summary>
    public static double Percentile(List<double> times, double p)
    {
        times.Sort();
        return times[Math.Min(times.Count - 1, (int)(times.Count * p))];
    }

    public static double Ratio(string name, Action ours, Action floor, int runs = 15, string? note = null)
    {
        var warming = Stopwatch.StartNew();
        var calls = 0;
        for (; calls < 3 || warming.Elapsed < WarmUp; calls++)
        {
            ours();
            floor();
        }

        var loops = (int)Math.Max(1, Math.Ceiling(SampleLength / (warming.Elapsed / calls)));
        var a = new List<double>(runs);
        var b = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            a.Add(Time(ours, loops));
            b.Add(Time(floor, loops));
        }

        var (oursMs, floorMs) = (Median(a), Median(b));
        if (Environment.GetEnvironmentVariable("BENCH_SAMPLES") is not null)
        {
            Console.WriteLine(Samples("ours", a));
            Console.WriteLine(Samples("floor", b));
        }

        var ratio = oursMs / floorMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: ours={oursMs:0.###}ms floor={floorMs:0.###}ms ratio={ratio:0.00}{(note is null ? "" : $"  ({note})")}"));
        return ratio;
    }

    private static double Time(Action action, int loops)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < loops; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMilliseconds / loops;
    }

    /// <summary>Every sample, sorted: with <c>BENCH_SAMPLES=1</c>, to tell a noisy figure from a slow one.</summary>
    private static string Samples(string side, List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"  {side} samples (ms): {string.Join(' ', values.Order().Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))}");

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
