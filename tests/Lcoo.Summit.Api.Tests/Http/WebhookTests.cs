using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// A member's webhooks against a receiver on loopback (allowed by the setting tests turn on) that verifies every
/// signature with the StandardWebhooks library: a move of a member's session arrives signed, a coverage plan it breaks
/// arrives too, a failing receiver is retried on the schedule and then paused, and resuming sends what waited.
/// </summary>
[Trait("Feature", "Webhooks")]
public sealed class WebhookTests(MongoEmulator emulator) : ServiceOwner, IClassFixture<MongoEmulator>, IAsyncLifetime
{
    private readonly ConcurrentQueue<Received> _received = new();
    private WebApplication? _receiver;
    private volatile int _answer = 204;
    private string _url = "";

    /// <summary>Secrets by the path each endpoint was registered under.</summary>
    private readonly ConcurrentDictionary<string, string> _secrets = new();

    public sealed record Received(string Path, string Id, string Type, JsonElement Body, bool Verified);

    public async ValueTask InitializeAsync()
    {
        _receiver = LoopbackApp.Create();
        _receiver.MapPost("/hooks/{name}", async (string name, HttpContext http) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var verified = LoopbackApp.Verifies(_secrets[name], body, http.Request.Headers);

            var json = JsonDocument.Parse(body).RootElement.Clone();
            _received.Enqueue(new Received(name, http.Request.Headers["webhook-id"].ToString(), json.GetProperty("type").GetString()!, json, verified));
            http.Response.StatusCode = _answer;
        });
        await _receiver.StartAsync();
        _url = $"http://127.0.0.1:{new Uri(_receiver.Urls.Single()).Port}/hooks/";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    private static readonly (string, string?)[] Settings =
    [
        ("Webhooks:AllowedHosts:0", "127.0.0.1"), ("Webhooks:TickMilliseconds", "50"), ("Webhooks:PauseAfterFailures", "3"),
        ("Webhooks:RetrySeconds:0", "0.1"), ("Webhooks:RetrySeconds:1", "0.1"), ("Webhooks:RetrySeconds:2", "0.1"), ("Webhooks:RetrySeconds:3", "0.1"),
    ];

    private async Task<HttpClient> ClientAsync(string store) => store == "sqlite"
        ? await Own(ApiFactory.OnSqlite(NewFolder(), Settings)).ReadyClientAsync()
        : await Own(ApiFactory.OnMongo(emulator.ConnectionString, [.. Settings, ("Storage:MongoDatabase", MongoEmulator.UniqueName("hooks"))])).ReadyClientAsync();

    /// <summary>The LCOO Birds of a Feather session (20581), moved from Monday 11:35 to 12:35 by its event page.</summary>
    private static StringContent MovedBirdsOfAFeather() => new(
        Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm"),
        Encoding.UTF8, "text/html");

    private async Task<JsonElement> RegisterAsync(HttpClient client, string member, string name, object? events = null)
    {
        using var response = await client.PostAsJsonAsync($"/members/{member}/webhooks", events is null ? new { url = _url + name } : (object)new { url = _url + name, events });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.GetRawText());
        _secrets[name] = body.GetProperty("secret").GetString()!;
        return body;
    }

    private async Task<IReadOnlyList<Received>> ReceivedAsync(Func<IReadOnlyList<Received>, bool> enough, TimeSpan? within = null)
    {
        var waited = Stopwatch.StartNew();
        while (!enough([.. _received]))
        {
            Assert.True(waited.Elapsed < (within ?? TimeSpan.FromSeconds(15)), $"the receiver got {_received.Count}: {string.Join(", ", _received.Select(r => r.Type))}");
            await Task.Delay(50);
        }

        return [.. _received];
    }

    /// <summary>
    /// The delivery log once no delivery is pending: the receiver has a message before the dispatcher writes down what
    /// it answered, so a log read the moment the message arrives can still say Pending.
    /// </summary>
    private static async Task<JsonElement> SettledLogAsync(HttpClient client, string url)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var log = await client.GetJsonAsync(url);
            if (log.EnumerateArray().All(d => d.GetProperty("status").GetString() != "Pending") || waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                return log;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<string> MemberOfBirdsOfAFeatherAsync(HttpClient client) =>
        (await client.GetJsonAsync("/summits/sydney-2017/sessions/20581")).GetProperty("members")[0].GetString()!;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mongo")]
    public async Task A_move_of_a_members_session_and_the_coverage_plan_it_breaks_arrive_signed_and_the_delivery_log_says_so(string store)
    {
        var client = await ClientAsync(store);
        var member = await MemberOfBirdsOfAFeatherAsync(client);
        var endpoint = await RegisterAsync(client, member, "all");
        await RegisterAsync(client, member, "cancellations", new[] { "session.cancelled" });
        using (var plan = await client.PostAsJsonAsync("/summits/sydney-2017/coverage", new { }))
        {
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        }

        using (var import = await client.PostAsync("/summits/sydney-2017/imports", MovedBirdsOfAFeather()))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        var received = await ReceivedAsync(r => r.Count >= 2);
        Assert.All(received, r => Assert.True(r.Verified, $"{r.Type} {r.Id}: the signature did not verify"));
        Assert.All(received, r => Assert.Equal("all", r.Path));
        var moved = Assert.Single(received, r => r.Type == "session.moved");
        var data = moved.Body.GetProperty("data");
        Assert.Equal(("sydney-2017", member, "20581"), (data.GetProperty("summit").GetString(), data.GetProperty("member").GetString(), data.GetProperty("session").GetProperty("id").GetString()));
        Assert.Equal("LCOO 'Birds of a Feather' moved to Mon 12:35 · Room not announced", data.GetProperty("session").GetProperty("sentence").GetString());
        var broken = Assert.Single(received, r => r.Type == "coverage.broken").Body.GetProperty("data").GetProperty("broken");
        Assert.Contains(broken.EnumerateArray(), b => b.GetProperty("sessionId").GetString() == "20581" && b.GetProperty("reason").GetString()!.Contains("moved: Mon 11:35–12:15"));

        var log = await SettledLogAsync(client, endpoint.GetProperty("deliveries").GetString()!);
        Assert.Equal(2, log.GetArrayLength());
        Assert.All(log.EnumerateArray(), d => Assert.Equal(("Delivered", 1, 204), (d.GetProperty("status").GetString(), d.GetProperty("attempts").GetInt32(), d.GetProperty("lastStatus").GetInt32())));
        Assert.Equal(received.Select(r => r.Id).Order(), log.EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order());
        // The endpoint that hears only cancellations heard nothing; a re-import that changes nothing sends nothing more.
        using (var again = await client.PostAsync("/summits/sydney-2017/imports", MovedBirdsOfAFeather()))
        {
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        await Task.Delay(500);
        Assert.Equal(2, _received.Count);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_then_paused_with_a_reason_and_resuming_sends_what_waited()
    {
        var client = await ClientAsync("sqlite");
        var member = await MemberOfBirdsOfAFeatherAsync(client);
        var endpoint = await RegisterAsync(client, member, "flaky", new[] { "session.moved" });
        var self = $"/members/{member}/webhooks/{endpoint.GetProperty("id").GetString()}";
        _answer = 500;
        using (var import = await client.PostAsync("/summits/sydney-2017/imports", MovedBirdsOfAFeather()))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        var waited = Stopwatch.StartNew();
        JsonElement paused;
        while (!(paused = await client.GetJsonAsync(self)).GetProperty("paused").GetBoolean())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "the failing endpoint was not paused");
            await Task.Delay(100);
        }

        Assert.Contains("Paused after 3 failed attempts in a row (the last answered 500 InternalServerError", paused.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Contains($"POST {self}/resume", paused.GetProperty("status").GetString(), StringComparison.Ordinal);
        var pending = Assert.Single((await client.GetJsonAsync($"{self}/deliveries")).EnumerateArray());
        Assert.Equal(("Pending", 3, 500), (pending.GetProperty("status").GetString(), pending.GetProperty("attempts").GetInt32(), pending.GetProperty("lastStatus").GetInt32()));
        // Each attempt retried a 500 twice within itself (the resilience handler): three requests an attempt, one message id.
        Assert.Equal(9, _received.Count);
        Assert.Single(_received.Select(r => r.Id).Distinct());
        await Task.Delay(400);
        Assert.Equal(9, _received.Count);

        _answer = 204;
        using (var resume = await client.PostAsync($"{self}/resume", null))
        {
            Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        }

        await ReceivedAsync(r => r.Count == 10);
        waited.Restart();
        while ((await client.GetJsonAsync($"{self}/deliveries"))[0].GetProperty("status").GetString() != "Delivered")
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the resumed delivery was not recorded as delivered");
            await Task.Delay(50);
        }

        Assert.Equal((false, 0), ((await client.GetJsonAsync(self)).GetProperty("paused").GetBoolean(), (await client.GetJsonAsync(self)).GetProperty("consecutiveFailures").GetInt32()));
    }

    [Fact]
    public async Task A_webhook_to_an_internal_or_plain_http_address_an_unknown_event_or_member_is_refused_with_the_reason()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();
        foreach (var (url, says) in new[]
        {
            ("http://127.0.0.1:9/hook", "internal address"), ("https://169.254.169.254/latest", "internal address"), ("https://[::1]/hook", "internal address"),
            ("https://localhost/hook", "internal address"), ("http://receiver.example.org/hook", "is http"), ("ftp://example.org/hook", "not an absolute https URL"),
        })
        {
            using var refused = await client.PostAsJsonAsync("/members/att/webhooks", new { url });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(says, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var unknownEvent = await client.PostAsJsonAsync("/members/att/webhooks", new { url = "https://receiver.example.org/hook", events = new[] { "session.renamed" } });
        Assert.Contains("'session.renamed' is not one of", await unknownEvent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var nullEvent = await client.PostAsJsonAsync("/members/att/webhooks", new { url = "https://receiver.example.org/hook", events = new string?[] { null } });
        Assert.Equal(HttpStatusCode.BadRequest, nullEvent.StatusCode);
        Assert.Contains("'null' is not one of", await nullEvent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknownMember = await client.PostAsJsonAsync("/members/nobody/webhooks", new { url = "https://receiver.example.org/hook" });
        Assert.Equal(HttpStatusCode.NotFound, unknownMember.StatusCode);

        using var made = await client.PostAsJsonAsync("/members/att/webhooks", new { url = "https://receiver.example.org/hook" });
        var endpoint = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("whsec_", endpoint.GetProperty("secret").GetString(), StringComparison.Ordinal);
        var listed = Assert.Single((await client.GetJsonAsync("/members/att/webhooks")).EnumerateArray());
        Assert.False(listed.TryGetProperty("secret", out var secret) && secret.ValueKind != JsonValueKind.Null, "the secret is shown only once");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/members/att/webhooks/{endpoint.GetProperty("id").GetString()}")).StatusCode);
        Assert.Empty((await client.GetJsonAsync("/members/att/webhooks")).EnumerateArray());
    }
}
