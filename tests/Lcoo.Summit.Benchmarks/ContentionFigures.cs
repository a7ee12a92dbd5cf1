using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// What a coordinator's imports cost everyone else: kiosk "now" and the session list, latency while imports of the
/// Barcelona dump (4 MB, 904 sessions: parsed, merged, diffed and reported each time) run back to back, as a ratio to
/// the same figures with the service idle. The service runs in its own process (Release, Production settings); wrk
/// measures one request at a time, as a kiosk polls; the imports come from a curl loop in a third process. As a control,
/// the same figures are taken under a loop of the cheapest request there is (<c>/health</c>) from the same kind of client:
/// what any busy neighbour costs a single connection on these two cores. Idle, import and control rounds alternate.
/// </summary>
public static class ContentionFigures
{
    private static readonly string[] Reads =
    [
        "/summits/barcelona-2016/now",
        "/summits/barcelona-2016/sessions?limit=100&day=2016-10-26",
    ];

    private sealed record Sample(double P50, double P99);

    public static async Task RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("lcoo-bench-contention-").FullName;
        await using (var service = await ServiceProcess.StartAsync(data, new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "1", ["Limits__PermitsPerWindow"] = "100000000", ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Lcoo.Summit.Requests"] = "Warning",
        }))
        {
            var dump = Path.Combine(data, "barcelona-2016.json");
            await File.WriteAllBytesAsync(dump, Fixtures.Read("openstack-api/barcelona-2016.json"));
            var importUrl = new Uri(service.BaseAddress, "/summits/barcelona-2016/imports?timeZone=Europe/Madrid");
            using (var client = service.Client(coordinator: true))
            using (var first = new ByteArrayContent(await File.ReadAllBytesAsync(dump)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } })
            {
                (await client.PostAsync(importUrl, first)).EnsureSuccessStatusCode();
            }

            var urls = Reads.Select(r => new Uri(service.BaseAddress, r).ToString()).ToList();
            urls.ForEach(u => ApiFigures.WrkLatency(u, seconds: 2));
            var importing = $"curl -s -o /dev/null -w '%{{http_code}}\\n' -X POST -H 'X-Api-Key: {ServiceProcess.CoordinatorKey}' " +
                $"-H 'Content-Type: application/json' --data-binary @{dump} '{importUrl}'";
            var control = $"curl -s -o /dev/null -w '%{{http_code}}\\n' '{new Uri(service.BaseAddress, "/health")}'";
            var (idle, busy, neighbour) = (new Dictionary<string, List<Sample>>(), new Dictionary<string, List<Sample>>(), new Dictionary<string, List<Sample>>());
            var imports = 0;
            for (var round = 0; round < 3; round++)
            {
                Measure(urls, idle);
                imports += Under(importing, () => Measure(urls, busy));
                Under(control, () => Measure(urls, neighbour));
            }

            for (var i = 0; i < Reads.Length; i++)
            {
                var (quiet, loaded, other) = (Median(idle[urls[i]]), Median(busy[urls[i]]), Median(neighbour[urls[i]]));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"contention[{Reads[i]}]: ours=p99 {loaded.P99:0.00}ms under imports floor=p99 {quiet.P99:0.00}ms idle ratio={loaded.P99 / quiet.P99:0.00}  " +
                    $"(p50 {loaded.P50:0.000}ms vs {quiet.P50:0.000}ms idle; under a /health loop instead: p99 {other.P99:0.00}ms, p50 {other.P50:0.000}ms, " +
                    $"imports vs that neighbour {loaded.P99 / other.P99:0.00}; " +
                    $"wrk, one connection; median of 3 alternating 5 s rounds; {imports} Barcelona imports ran; target <= 2)"));
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static void Measure(List<string> urls, Dictionary<string, List<Sample>> into)
    {
        foreach (var url in urls)
        {
            var (p50, p99) = ApiFigures.WrkLatency(url, seconds: 5);
            (into.TryGetValue(url, out var list) ? list : into[url] = []).Add(new Sample(p50, p99));
        }
    }

    /// <summary>
    /// Runs <paramref name="measure"/> while a shell loop repeats <paramref name="request"/>; returns how many requests the loop
    /// made. The requester stands for a coordinator's machine elsewhere: here it shares the two cores, so it runs niced.
    /// </summary>
    private static int Under(string request, Action measure)
    {
        using var loop = Process.Start(new ProcessStartInfo("nice", ["-n", "19", "bash", "-c", $"while :; do {request}; done"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("bash did not start");
        var lines = 0;
        loop.OutputDataReceived += (_, e) => lines += e.Data is null ? 0 : 1;
        loop.BeginOutputReadLine();
        try
        {
            measure();
        }
        finally
        {
            loop.Kill(entireProcessTree: true);
            loop.WaitForExit();
        }

        return lines;
    }

    private static Sample Median(List<Sample> samples) =>
        new(samples.Select(s => s.P50).Order().ElementAt(samples.Count / 2), samples.Select(s => s.P99).Order().ElementAt(samples.Count / 2));
}
