using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Lcoo.Summit.Api.Tests.Http;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// At least once, over a crash: the service process is killed (<c>kill -9</c>) after the import's answer, while its
/// delivery is on the wire and not yet answered. The delivery was in the outbox the import wrote; after a restart it
/// arrives, under the same <c>webhook-id</c>, so the receiver that dedupes on it sees one message.
/// </summary>
[Trait("Feature", "Webhooks")]
public sealed class WebhookCrashTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("lcoo-webhook-crash-").FullName;
    private readonly ConcurrentQueue<(string Id, bool Verified)> _received = new();
    private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _receiver;
    private string _secret = "";

    public async ValueTask InitializeAsync()
    {
        _receiver = LoopbackApp.Create();
        _receiver.MapPost("/hook", async (HttpContext http) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var verified = LoopbackApp.Verifies(_secret, body, http.Request.Headers);

            _received.Enqueue((http.Request.Headers["webhook-id"].ToString(), verified));
            if (_firstArrived.TrySetResult())
            {
                // The first delivery is held unanswered until the sender dies with it.
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { });
                return;
            }

            http.Response.StatusCode = 204;
        });
        await _receiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Killed_while_its_delivery_is_unanswered_the_service_delivers_it_after_restart_under_the_same_id()
    {
        var url = $"http://127.0.0.1:{new Uri(_receiver!.Urls.Single()).Port}/hook";
        var settings = new Dictionary<string, string>
        {
            ["Limits__PermitsPerWindow"] = "100000",
            ["Webhooks__AllowedHosts__0"] = "127.0.0.1",
            ["Webhooks__TickMilliseconds"] = "100",
            ["Webhooks__LeaseSeconds"] = "2",
            ["Webhooks__AttemptTimeoutSeconds"] = "2",
        };
        string member, endpointId;
        await using (var service = await ServiceProcess.StartAsync(_data, settings))
        {
            using var client = service.Client(coordinator: true);
            member = (await client.GetJsonAsync("/summits/sydney-2017/sessions/20581")).GetProperty("members")[0].GetString()!;
            using (var made = await client.PostAsJsonAsync($"/members/{member}/webhooks", new { url, events = new[] { "session.moved" } }))
            {
                Assert.Equal(HttpStatusCode.Created, made.StatusCode);
                var endpoint = await made.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                (_secret, endpointId) = (endpoint.GetProperty("secret").GetString()!, endpoint.GetProperty("id").GetString()!);
            }

            var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
            using (var import = await client.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html")))
            {
                Assert.Equal(HttpStatusCode.Created, import.StatusCode);
            }

            await _firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            service.Kill();
        }

        // Restarted on the same data, it waits out the dead instance's lease, then sends the delivery again.
        await using var restarted = await ServiceProcess.StartAsync(_data, settings);
        using var after = restarted.Client(coordinator: true);
        var waited = Stopwatch.StartNew();
        System.Text.Json.JsonElement log;
        while ((log = await after.GetJsonAsync($"/members/{member}/webhooks/{endpointId}/deliveries"))[0].GetProperty("status").GetString() != "Delivered")
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(40), $"not delivered after the restart: {log.GetRawText()}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        await Task.Delay(1000, TestContext.Current.CancellationToken);
        var received = _received.ToList();
        Assert.Equal(2, received.Count);
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.All(received, r => Assert.True(r.Verified));
        var delivery = Assert.Single(log.EnumerateArray());
        Assert.Equal((received[0].Id, 1, 204), (delivery.GetProperty("id").GetString(), delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("lastStatus").GetInt32()));
    }
}
