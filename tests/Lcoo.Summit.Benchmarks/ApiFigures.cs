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

    public static async Task RunAsync(bool sessionList)
    {
        using var host = new BenchHost();
        await host.StartAsync();
        await KioskUnderLoadAsync(host);
        if (sessionList)
        {
            await SessionListAsync(host);
            await VariedExportsAsync(host);
        }
    }

    public static async Task ExportsAsync()
    {
        using var host = new BenchHost();
        await host.StartAsync();
        await VariedExportsAsync(host);
    }

    /// <summary>
    /// Twenty calendar requests whose <c>from</c> never repeats (each a second before the summit, so each selects the whole
    /// summit) against twenty identical ones: a client varying a filter must not buy a fresh render per request.
    /// </summary>
    private static async Task VariedExportsAsync(BenchHost host)
    {
        var next = 0;
        const string calendar = "/summits/barcelona-2016/sessions.ics";
        async Task Varied()
        {
            for (var i = 0; i < 20; i++)
            {
                var at = DateTimeOffset.UnixEpoch.AddSeconds(946_684_800 + Interlocked.Increment(ref next));
                await TimeAsync(host.Client, $"{calendar}?from={Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture))}");
            }
        }

        async Task Identical()
        {
            for (var i = 0; i < 20; i++)
            {
                await TimeAsync(host.Client, $"{calendar}?from=2000-01-01T00:00:00Z");
            }
        }

        Harness.Ratio("exports.ics-20-varied-filters", () => Varied().GetAwaiter().GetResult(), () => Identical().GetAwaiter().GetResult(), runs: 7,
            note: "Barcelona, 904 sessions; each varied from selects the same sessions; target <= 3");
    }

    /// <summary>
    /// Both endpoints are first loaded for a few seconds (so tiered compilation has finished for the handler and
    /// for Kestrel's paths alike: the side measured first would otherwise pay for both), then measured in
    /// alternating rounds; the figure is the median round of each.
    /// </summary>
    private static async Task KioskUnderLoadAsync(BenchHost host)
    {
        const string now = "/summits/barcelona-2016/now";
        var bytes = await host.Client.GetByteArrayAsync(now);
        var bare = host.Bare("now", bytes);
        Wrk(host.Base + now, seconds: 3);
        Wrk(host.Base + bare, seconds: 3);
        var ours = new List<(double RequestsPerSecond, string P99)>();
        var floor = new List<(double RequestsPerSecond, string P99)>();
        for (var round = 0; round < 3; round++)
        {
            ours.Add(Wrk(host.Base + now, seconds: 5));
            floor.Add(Wrk(host.Base + bare, seconds: 5));
        }

        var (oursMedian, floorMedian) = (ours.OrderBy(r => r.RequestsPerSecond).ElementAt(1), floor.OrderBy(r => r.RequestsPerSecond).ElementAt(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kiosk.now-under-load: ours={oursMedian.RequestsPerSecond:0}req/s floor={floorMedian.RequestsPerSecond:0}req/s ratio={oursMedian.RequestsPerSecond / floorMedian.RequestsPerSecond:0.00}  (p99 ours={oursMedian.P99} floor={floorMedian.P99}; wrk 2 threads, 32 connections, median of 3 alternating 5 s rounds; target >= 0.8)"));
    }

    /// <summary>
    /// Every filter's request and its floor are first sent for a couple of seconds (tiered compilation), then
    /// timed alternately, one of ours then one of the floor's, so both see the same machine. A repeated query is
    /// answered from the read cache; the same query asked with <c>Cache-Control: no-cache</c> (which the read cache
    /// honours by computing the answer again) shows what computing the answer costs.
    /// </summary>
    private static async Task SessionListAsync(BenchHost host)
    {
        var pairs = new List<(string Filter, string Ours, string Floor)>();
        foreach (var filter in Filters)
        {
            var url = $"/summits/barcelona-2016/sessions?limit=100&{filter}";
            pairs.Add((filter, url, host.Bare(filter, await host.Client.GetByteArrayAsync(url))));
        }

        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var (_, ours, floor) in pairs)
            {
                await TimeAsync(host.Client, ours);
                await TimeAsync(host.Client, floor);
            }
        }

        foreach (var (filter, oursUrl, floorUrl) in pairs)
        {
            var (ours, computed, floor) = (new List<double>(400), new List<double>(400), new List<double>(400));
            for (var i = 0; i < 400; i++)
            {
                ours.Add(await TimeAsync(host.Client, oursUrl));
                computed.Add(await TimeAsync(host.Client, oursUrl, fresh: true));
                floor.Add(await TimeAsync(host.Client, floorUrl));
            }

            var (oursP50, floorP50) = (Harness.Percentile(ours, 0.5), Harness.Percentile(floor, 0.5));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sessions[{(filter.Length == 0 ? "no filter" : Uri.UnescapeDataString(filter))}]: ours=p50 {oursP50:0.00}ms p99 {Harness.Percentile(ours, 0.99):0.00}ms floor=p50 {floorP50:0.00}ms p99 {Harness.Percentile(floor, 0.99):0.00}ms ratio={oursP50 / floorP50:0.00}  (computed, not cached: p50 {Harness.Percentile(computed, 0.5):0.00}ms p99 {Harness.Percentile(computed, 0.99):0.00}ms)"));
        }
    }

    private static async Task<double> TimeAsync(HttpClient client, string url, bool fresh = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (fresh)
        {
            request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        }

        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s*99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P99();

    /// <summary>The median and 99th percentile latency, in milliseconds, of one connection asking one request at a time.</summary>
    public static (double P50, double P99) WrkLatency(string url, int seconds)
    {
        using var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t1", "-c1", $"-d{seconds}s", "--latency", url]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("wrk is needed (apt-get install wrk; the run script installs it)");
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        return (Milliseconds(P50().Match(output).Groups[1].Value), Milliseconds(P99().Match(output).Groups[1].Value));
    }

    [GeneratedRegex(@"^\s*50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P50();

    /// <summary>wrk's "812.00us", "1.82ms", "2.01s" as milliseconds.</summary>
    private static double Milliseconds(string text)
    {
        var unit = text.TrimStart("0123456789.".ToCharArray());
        var value = double.Parse(text[..^unit.Length], CultureInfo.InvariantCulture);
        return unit switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => throw new FormatException($"wrk latency '{text}'") };
    }

    private static (double RequestsPerSecond, string P99) Wrk(string url, int seconds)
    {
        using var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{seconds}s", "--latency", url]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("wrk is needed (apt-get install wrk; the run script installs it)");
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        return (double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture), P99().Match(output).Groups[1].Value);
    }
}
