using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Storage.Sqlite;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// A summit following its source: a schedule server on loopback (allowed by the setting tests turn on) that changes its
/// body, answers 304 to the copy already held, fails, and stalls; and two instances on one database, of which one polls.
/// </summary>
[Trait("Feature", "Sources")]
public sealed class SourceSyncTests : ServiceOwner, IAsyncLifetime
{
    private readonly ConcurrentQueue<(DateTimeOffset At, string? IfNoneMatch)> _requests = new();
    private WebApplication? _origin;
    private volatile byte[] _body = [];
    private volatile string _etag = "\"v1\"";
    private volatile string _mode = "serve";
    private string _url = "";

    public async ValueTask InitializeAsync()
    {
        _body = await File.ReadAllBytesAsync(Path.Combine(Fixtures.SeedData, "sydney-2017", "openstack-api.json"));
        _origin = LoopbackApp.Create();
        _origin.MapGet("/summit.json", async (HttpContext http) =>
        {
            var asked = http.Request.Headers.IfNoneMatch.ToString();
            _requests.Enqueue((DateTimeOffset.UtcNow, asked.Length == 0 ? null : asked));
            switch (_mode)
            {
                case "fail":
                    http.Response.StatusCode = 503;
                    return;
                case "stall":
                    await Task.Delay(TimeSpan.FromSeconds(20), http.RequestAborted);
                    return;
            }

            if (asked == _etag)
            {
                http.Response.StatusCode = 304;
                return;
            }

            http.Response.Headers.ETag = _etag;
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(_body);
        });
        await _origin.StartAsync();
        _url = $"http://127.0.0.1:{new Uri(_origin.Urls.Single()).Port}/summit.json";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_origin is not null)
        {
            await _origin.DisposeAsync();
        }
    }

    private static readonly (string, string?)[] Settings =
    [
        ("Imports:AllowedHosts:0", "127.0.0.1"), ("Imports:FetchTimeout", "00:00:01"),
        ("Sources:MinIntervalSeconds", "1"), ("Sources:TickMilliseconds", "50"), ("Sources:LeaseSeconds", "2"),
    ];

    private static Task<HttpResponseMessage> PutSourceAsync(HttpClient client, object body) =>
        client.PutAsync("/summits/sydney-2017/source", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    /// <summary>Asks for a poll now and waits until the log holds one more.</summary>
    private static async Task<JsonElement> PollNowAsync(HttpClient client)
    {
        var before = (await client.GetJsonAsync("/summits/sydney-2017/source/polls")).GetArrayLength();
        using var poll = await client.PostAsync("/summits/sydney-2017/source/poll", null);
        Assert.Equal(HttpStatusCode.Accepted, poll.StatusCode);
        return await NextPollAsync(client, before);
    }

    private static async Task<JsonElement> NextPollAsync(HttpClient client, int before, TimeSpan? within = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var polls = await client.GetJsonAsync("/summits/sydney-2017/source/polls");
            if (polls.GetArrayLength() > before)
            {
                return polls[0];
            }

            Assert.True(waited.Elapsed < (within ?? TimeSpan.FromSeconds(15)), $"no poll was logged within {within ?? TimeSpan.FromSeconds(15)}");
            await Task.Delay(50);
        }
    }

    /// <summary>The OpenStack dump with Sahara's project update (20396) an hour later.</summary>
    private byte[] WithSaharaAnHourLater()
    {
        var dump = JsonNode.Parse(_body)!;
        var sahara = dump["events"]!.AsArray().Single(e => (long)e!["id"]! == 20396)!;
        sahara["start_date"] = (long)sahara["start_date"]! + 3600;
        sahara["end_date"] = (long)sahara["end_date"]! + 3600;
        return Encoding.UTF8.GetBytes(dump.ToJsonString());
    }

    [Fact]
    public async Task A_source_is_imported_when_its_body_changes_answers_304_otherwise_and_backs_off_when_it_fails_or_stalls()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder(), Settings)).ReadyClientAsync();
        using (var put = await PutSourceAsync(client, new { url = _url, format = "openstack-api", intervalSeconds = 3600 }))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        // The first poll is at once: the body is the seed's own dump, so the import publishes nothing new.
        var first = await NextPollAsync(client, 0);
        Assert.Equal(("Imported", 200, 0), (first.GetProperty("outcome").GetString(), first.GetProperty("status").GetInt32(), first.GetProperty("changes").GetInt32()));
        Assert.Equal(_body.Length, first.GetProperty("bytes").GetInt64());
        Assert.EndsWith($"/summits/sydney-2017/imports/{first.GetProperty("import").GetString()!.Split('/')[^1]}", first.GetProperty("import").GetString());
        Assert.Null(_requests.Single().IfNoneMatch);

        var notModified = await PollNowAsync(client);
        Assert.Equal(("Unchanged", 304, false), (notModified.GetProperty("outcome").GetString(), notModified.GetProperty("status").GetInt32(), notModified.GetProperty("changed").GetBoolean()));
        Assert.Equal("\"v1\"", _requests.Last().IfNoneMatch);

        var version = (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("version").GetInt64();
        (_body, _etag) = (WithSaharaAnHourLater(), "\"v2\"");
        var moved = await PollNowAsync(client);
        Assert.Equal(("Imported", 200, 1, version + 1), (moved.GetProperty("outcome").GetString(), moved.GetProperty("status").GetInt32(),
            moved.GetProperty("changes").GetInt32(), moved.GetProperty("version").GetInt64()));
        Assert.Equal("2017-11-06T12:35:00+11:00", (await client.GetJsonAsync("/summits/sydney-2017/sessions/20396")).GetProperty("start").GetProperty("local").GetString());
        var change = (await client.GetJsonAsync($"/summits/sydney-2017/changes?since={version}")).GetProperty("changes")[0].GetProperty("sessions")[0];
        Assert.Equal(("20396", "Moved"), (change.GetProperty("id").GetString(), change.GetProperty("kinds")[0].GetString()));

        // The same body under a new validator (a server that re-stamps its file) imports nothing.
        _etag = "\"v2-restamped\"";
        var same = await PollNowAsync(client);
        Assert.Equal(("Unchanged", 200), (same.GetProperty("outcome").GetString(), same.GetProperty("status").GetInt32()));
        Assert.Contains("same body", same.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(version + 1, (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("version").GetInt64());

        _mode = "fail";
        var failed = await PollNowAsync(client);
        var afterOne = await client.GetJsonAsync("/summits/sydney-2017/source");
        var failedAgain = await PollNowAsync(client);
        var afterTwo = await client.GetJsonAsync("/summits/sydney-2017/source");
        Assert.Equal(("Failed", 503), (failed.GetProperty("outcome").GetString(), failed.GetProperty("status").GetInt32()));
        Assert.Contains("answered 503", failed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, 2, true), (afterOne.GetProperty("failures").GetInt32(), afterTwo.GetProperty("failures").GetInt32(), afterTwo.GetProperty("backingOff").GetBoolean()));
        // Backing off: an hour's interval doubled per failure in a row, but never beyond the longest wait (an hour, or the interval if longer).
        Assert.Equal(TimeSpan.FromHours(1), WaitAfter(afterOne));
        Assert.Contains("2 failed polls in a row, backing off", afterTwo.GetProperty("status").GetString(), StringComparison.Ordinal);

        _mode = "stall";
        var stalled = await PollNowAsync(client);
        Assert.Equal("Failed", stalled.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, stalled.GetProperty("status").ValueKind);
        Assert.Contains("could not be fetched within 1 s", stalled.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(version + 1, (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("version").GetInt64());

        // Recovery: the next good answer clears the failures.
        _mode = "serve";
        var recovered = await PollNowAsync(client);
        Assert.Equal("Unchanged", recovered.GetProperty("outcome").GetString());
        Assert.Equal(0, (await client.GetJsonAsync("/summits/sydney-2017/source")).GetProperty("failures").GetInt32());
        Assert.Equal(["Unchanged", "Failed", "Failed", "Failed", "Unchanged", "Imported", "Unchanged", "Imported"],
            (await client.GetJsonAsync("/summits/sydney-2017/source/polls")).EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));
    }

    private static TimeSpan WaitAfter(JsonElement source) =>
        source.GetProperty("nextPollAt").GetDateTimeOffset() - source.GetProperty("lastPoll").GetProperty("at").GetDateTimeOffset();

    [Fact]
    public void Backoff_doubles_per_failure_up_to_the_longest_wait_and_honours_Retry_After()
    {
        Assert.Equal([120, 240, 480, 960, 1920, 3600, 3600], Enumerable.Range(1, 7).Select(f => Api.Sources.SourceSync.Backoff(60, f, 3600, null).TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(2), Api.Sources.SourceSync.Backoff(7200, 3, 3600, null));
        Assert.Equal(TimeSpan.FromMinutes(30), Api.Sources.SourceSync.Backoff(60, 1, 3600, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public async Task Two_instances_on_one_database_poll_one_at_a_time_and_a_dead_holders_lease_is_taken_over_when_it_runs_out()
    {
        var folder = NewFolder();
        // A holder that died holding the lease: nobody polls until it runs out.
        var storage = new SqliteStorage(Path.Combine(folder, "lcoo-summit.db"));
        await storage.InitializeAsync(TestContext.Current.CancellationToken);
        var dead = DateTimeOffset.UtcNow;
        Assert.True(await new SqliteLeaseStore(storage).TryHoldAsync(Api.Sources.SourceSync.Name, "a dead instance", dead, TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken));
        var a = await Own(ApiFactory.OnSqlite(folder, Settings)).ReadyClientAsync();
        var b = await Own(ApiFactory.OnSqlite(folder, Settings)).ReadyClientAsync();
        using (var put = await PutSourceAsync(a, new { url = _url, intervalSeconds = 1 }))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        await NextPollAsync(b, 0);
        Assert.True(_requests.First().At >= dead.AddSeconds(3), $"polled at {_requests.First().At:O}, before the dead holder's lease ran out at {dead.AddSeconds(3):O}");

        // Each interval is polled once, by whichever instance holds the lease, not once per instance.
        var polls = new List<JsonElement>();
        var waited = Stopwatch.StartNew();
        while (polls.Count < 4)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "the source was not polled every second");
            await Task.Delay(200);
            polls = [.. (await a.GetJsonAsync("/summits/sydney-2017/source/polls")).EnumerateArray()];
        }

        var times = polls.Select(p => p.GetProperty("at").GetDateTimeOffset()).Order().ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(900), $"two polls {pair.Second - pair.First} apart"));
        Assert.Equal(_requests.Count, (await b.GetJsonAsync("/summits/sydney-2017/source/polls?limit=500")).GetArrayLength());
    }

    [Fact]
    public async Task A_source_that_is_not_a_web_url_a_known_format_a_zone_or_a_sane_interval_is_refused_with_each_reason()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();
        using var refused = await PutSourceAsync(client, new { url = "file:///etc/passwd", format = "pdf", timeZone = "Sydney", intervalSeconds = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["format", "intervalSeconds", "timeZone", "url"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("outside 60 to 86400 seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        foreach (var url in new[] { "http://[::ffff:127.0.0.1]/schedule.json", "http://169.254.169.254/latest", "http://localhost:8080/schedule.xml" })
        {
            using var inside = await PutSourceAsync(client, new { url });
            Assert.Equal(HttpStatusCode.BadRequest, inside.StatusCode);
            Assert.Contains("is not a public address", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await client.GetProblemAsync("/summits/sydney-2017/source", HttpStatusCode.NotFound);
        await client.GetProblemAsync("/summits/sydney-2017/source/polls", HttpStatusCode.NotFound);

        using var anonymous = new HttpRequestMessage(HttpMethod.Put, "/summits/sydney-2017/source")
        {
            Content = new StringContent("""{"url":"https://example.org/schedule.xml"}""", Encoding.UTF8, "application/json"),
        };
        anonymous.Headers.Add("X-Api-Key", "not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(anonymous)).StatusCode);
    }
}
