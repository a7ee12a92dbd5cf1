using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// The log the service really writes (its JSON console lines, scopes included, in Production settings): one line per
/// request with its route pattern, status and request id, and never a key, a token, a schedule id or a raw path.
/// </summary>
[Trait("Feature", "Http")]
public sealed class ServiceLogTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-logs-").FullName;
    private ServiceProcess _service = null!;

    public async ValueTask InitializeAsync() => _service = await ServiceProcess.StartAsync(_root);

    [Fact]
    public async Task A_journey_with_keys_and_tokens_leaves_none_of_them_and_no_raw_path_in_the_logs()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _service.Client();
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Mine" }, ct);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        var (id, token, feed) = (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("feedUrl").GetString()!);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/19266") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using (await client.SendAsync(put, ct))
        using (await client.GetAsync(feed, ct))
        using (await client.GetAsync($"/schedules/{id}.ics?key=wrong-key-0123456789", ct))
        using (await client.GetAsync($"/schedules/{id}/nowhere", ct))
        using (var coordinator = _service.Client(coordinator: true))
        using (await coordinator.PostAsync("/summits/sydney-2017/imports", new StringContent("<html>x</html>"), ct))
        {
        }

        await WaitForAsync(() => _service.Output.Any(l => l.Contains("PUT /schedules/{id}/sessions/{sessionId}", StringComparison.Ordinal)));
        var lines = _service.Output.Where(l => l.StartsWith('{')).ToList();
        var all = string.Join("\n", lines);
        var feedKey = feed[(feed.IndexOf("key=", StringComparison.Ordinal) + 4)..];
        foreach (var secret in new[] { ApiFactory.CoordinatorKey, token, feedKey, "wrong-key-0123456789", id })
        {
            Assert.DoesNotContain(secret, all);
        }

        Assert.DoesNotContain("RequestPath", all);
        var request = JsonDocument.Parse(Assert.Single(lines, l => l.Contains("\"PUT /schedules/{id}/sessions/{sessionId} answered 200", StringComparison.Ordinal))).RootElement;
        Assert.Equal("Lcoo.Summit.Requests", request.GetProperty("Category").GetString());
        Assert.Equal(200, request.GetProperty("State").GetProperty("Status").GetInt32());
        var requestId = request.GetProperty("State").GetProperty("RequestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Contains(request.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("RequestId", out var scoped) && scoped.GetString() == requestId);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
