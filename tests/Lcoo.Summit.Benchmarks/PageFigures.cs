using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// The planner's server render of Boston 2017's busiest day (Wednesday 10 May: 111 sessions in 17 rooms of the summit's 402)
/// against the floor: the same bytes served from memory by a bare endpoint at the end of the same pipeline.
/// </summary>
public static class PageFigures
{
    public static async Task RunAsync()
    {
        using var host = new BenchHost();
        await host.StartAsync();
        await host.ImportAsync("boston-2017", "openstack-api/boston-2017.json");
        foreach (var (name, url) in new[] { ("grid", "/plan/boston-2017?day=2017-05-10"), ("filtered", "/plan/boston-2017?day=2017-05-10&track=Containers") })
        {
            var bytes = await host.Client.GetByteArrayAsync(url);
            var bare = host.Bare($"plan-{name}", bytes);
            var warming = Stopwatch.StartNew();
            while (warming.Elapsed < TimeSpan.FromSeconds(3))
            {
                await TimeAsync(host.Client, url);
                await TimeAsync(host.Client, bare);
            }

            var (ours, floor) = (new List<double>(300), new List<double>(300));
            for (var i = 0; i < 300; i++)
            {
                ours.Add(await TimeAsync(host.Client, url));
                floor.Add(await TimeAsync(host.Client, bare));
            }

            // The first render after the data changed: a member list change makes every card and day view anew.
            var first = new List<double>(20);
            for (var i = 0; i < 20; i++)
            {
                using var changed = await host.Client.PutAsJsonAsync("/members/bench-member", new { displayName = $"Bench {i}", aliases = new[] { $"Bench Corp {i}" } });
                changed.EnsureSuccessStatusCode();
                first.Add(await TimeAsync(host.Client, url));
            }

            var (oursP50, floorP50) = (Harness.Percentile(ours, 0.5), Harness.Percentile(floor, 0.5));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"planner.render[boston wed {name}]: ours=p50 {oursP50:0.00}ms p99 {Harness.Percentile(ours, 0.99):0.00}ms floor=p50 {floorP50:0.00}ms p99 {Harness.Percentile(floor, 0.99):0.00}ms " +
                $"ratio={oursP50 / floorP50:0.00}  ({bytes.Length / 1024} KB of HTML; 300 alternating requests after 3 s warm-up; target <= 3; " +
                $"first render after a data change p50 {Harness.Percentile(first, 0.5):0.00}ms)"));
        }
    }

    private static async Task<double> TimeAsync(HttpClient client, string url)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }
}
