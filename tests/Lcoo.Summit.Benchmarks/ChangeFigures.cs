using System.Diagnostics;
using System.Text;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// How soon a client hears of an import: two instances on one SQLite file, an event stream open on each, and a
/// session moved back and forth through instance A. The delay runs from A's answer to the import to the event's
/// arrival, on A itself and on B (which learns of it only through the store); the floor is B's poll interval. Each move
/// is also a webhook to a receiver on loopback: the delay from the answer to its arrival, sent by whichever instance
/// holds the webhooks lease (at once when that is A, within the dispatcher's tick when it is B).
/// </summary>
public static class ChangeFigures
{
    private const int Rounds = 40;

    public static async Task RunAsync()
    {
        using var a = new BenchHost();
        await a.StartAsync(importBarcelona: false);
        using var b = new BenchHost(a.DataDirectory);
        await b.StartAsync(importBarcelona: false);
        var interval = TimeSpan.FromMilliseconds(250);

        var arrivals = System.Threading.Channels.Channel.CreateUnbounded<DateTime>();
        var receiver = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        receiver.WebHost.UseUrls("http://127.0.0.1:0");
        receiver.Logging.ClearProviders();
        await using var hooks = receiver.Build();
        hooks.MapPost("/hook", () =>
        {
            arrivals.Writer.TryWrite(DateTime.UtcNow);
            return Results.NoContent();
        });
        await hooks.StartAsync();
        var member = System.Text.Json.JsonDocument.Parse(await a.Client.GetStringAsync("/summits/sydney-2017/sessions/20581")).RootElement.GetProperty("members")[0].GetString();
        using (var made = await a.Client.PostAsync($"/members/{member}/webhooks", new StringContent(
            $$"""{"url": "{{hooks.Urls.Single()}}/hook", "events": ["session.moved"]}""", Encoding.UTF8, "application/json")))
        {
            made.EnsureSuccessStatusCode();
        }

        await using var onA = await EventStream.OpenAsync(a.Client, "/summits/sydney-2017/events");
        await using var onB = await EventStream.OpenAsync(b.Client, "/summits/sydney-2017/events");
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html"));
        var (same, other, webhook) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            var moved = round % 2 == 0 ? page.Replace("11:35am-12:15pm", "12:35pm-1:15pm") : page;
            using var import = await a.Client.PostAsync("/summits/sydney-2017/imports", new StringContent(moved, Encoding.UTF8, "text/html"));
            import.EnsureSuccessStatusCode();
            var answered = Stopwatch.StartNew();
            var answeredAt = DateTime.UtcNow;
            var heardOnA = onA.NextAsync();
            var heardOnB = onB.NextAsync();
            await heardOnA;
            same.Add(answered.Elapsed.TotalMilliseconds);
            await heardOnB;
            other.Add(answered.Elapsed.TotalMilliseconds);
            var arrived = await arrivals.Reader.ReadAsync();
            webhook.Add(Math.Max(0, (arrived - answeredAt).TotalMilliseconds)); // 0: it arrived before the answer did
        }

        foreach (var (where, delays) in new[] { ("same instance", same), ("other instance", other) })
        {
            var p99 = Harness.Percentile(delays, 0.99);
            Console.WriteLine(
                $"changes.event-delay[{where}]: ours=p50 {Harness.Percentile(delays, 0.5):0}ms p99 {p99:0}ms floor=poll interval {interval.TotalMilliseconds:0}ms " +
                $"ratio={p99 / interval.TotalMilliseconds:0.00}  ({Rounds} imports through instance A, delay from A's answer to the event; target p99 <= 1000ms and <= the interval)");
        }

        var tick = TimeSpan.FromSeconds(1);
        Console.WriteLine(
            $"changes.webhook-delay: ours=p50 {Harness.Percentile(webhook, 0.5):0}ms p99 {Harness.Percentile(webhook, 0.99):0}ms floor=dispatcher tick {tick.TotalMilliseconds:0}ms " +
            $"ratio={Harness.Percentile(webhook, 0.99) / tick.TotalMilliseconds:0.00}  ({Rounds} moves of a member's session, delay from A's answer to the signed POST's arrival; " +
            "sent by the instance holding the lease: at once when it is A, within a tick when it is B)");
    }
}
