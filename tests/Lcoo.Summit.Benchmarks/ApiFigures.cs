using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lcoo.Summit.Benchmarks;

/// <summary>Figures through the real HTTP pipeline: kiosk "now" under load (wrk), and the session list's latencies per filter.</summary>
public static partial class ApiFigures
{
    private static readonly string[] Filters =
    [
        "", "day=2016-10-26", "from=2016-10-26T11:00:00%2B02:00&to=2016-10-26T12:00:00%2B02:00", "room=AC%20Hotel%20-%20P3%20-%20Salon%20Barcelona%201",
        "track=Containers", "type=Presentation", "company=intel", "speaker=Jonathan%20Bryce", "q=kubernetes", "sort=title", "member=att",
    ];

    public static async Task RunAsync()
    {
        using var host = new BenchHost();
        await host.StartAsync();
        await KioskUnderLoadAsync(host);
        await SessionListAsync(host);
    }

    private static async Task KioskUnderLoadAsync(BenchHost host)
    {
        const string now = "/summits/barcelona-2016/now";
        var bytes = await host.Client.GetByteArrayAsync(now);
        var bare = host.Bare("now", bytes);
        var (ours, ourP99) = Wrk(host.Base + now);
        var (floor, floorP99) = Wrk(host.Base + bare);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kiosk.now-under-load: ours={ours:0}req/s floor={floor:0}req/s ratio={ours / floor:0.00}  (p99 ours={ourP99} floor={floorP99}; wrk 2 threads, 32 connections, 8 s; target >= 0.8)"));
    }

    private static async Task SessionListAsync(BenchHost host)
    {
        foreach (var filter in Filters)
        {
            var url = $"/summits/barcelona-2016/sessions?limit=100&{filter}";
            var bare = host.Bare(filter, await host.Client.GetByteArrayAsync(url));
            var ours = await LatenciesAsync(host.Client, url);
            var floor = await LatenciesAsync(host.Client, bare);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sessions[{(filter.Length == 0 ? "no filter" : Uri.UnescapeDataString(filter))}]: ours=p50 {ours.P50:0.00}ms p99 {ours.P99:0.00}ms floor=p50 {floor.P50:0.00}ms p99 {floor.P99:0.00}ms ratio={ours.P50 / floor.P50:0.00}"));
        }
    }

    private static async Task<(double P50, double P99)> LatenciesAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 30; i++)
        {
            (await client.GetAsync(url)).Dispose();
        }

        var times = new List<double>(400);
        for (var i = 0; i < 400; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.99)]);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"99%\s+(\S+)")]
    private static partial Regex P99();

    private static (double RequestsPerSecond, string P99) Wrk(string url)
    {
        using var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", "-c32", "-d8s", "--latency", url]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("wrk is needed (apt-get install wrk; the run script installs it)");
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        return (double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture), P99().Match(output).Groups[1].Value);
    }
}
