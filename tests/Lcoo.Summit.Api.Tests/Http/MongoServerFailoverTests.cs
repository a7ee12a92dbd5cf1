using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>A replica set losing its primary mid-run: runs where MONGODB_URI names one, reported as not run elsewhere.</summary>
[Trait("Feature", "Storage")]
public sealed class MongoServerFailoverTests : ServiceOwner
{
    /// <summary>Only a real replica set can step its primary down: without MONGODB_URI naming one, this is reported as not run.</summary>
    [Fact]
    public async Task Stepping_down_the_primary_mid_run_loses_no_acknowledged_write()
    {
        var uri = RealMongo.Require();
        var admin = new MongoClient(uri).GetDatabase("admin");
        var hello = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: TestContext.Current.CancellationToken);
        if (!hello.Contains("setName"))
        {
            Assert.Skip("not run: MONGODB_URI does not name a replica set (the failover test needs a 3-member one)");
        }

        var a = await Own(ApiFactory.OnMongo(uri, ("Storage:MongoDatabase", MongoEmulator.UniqueName("failover")))).ReadyClientAsync();
        using var created = await a.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Failover" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, token) = (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);
        var sessions = (await a.GetJsonAsync("/summits/sydney-2017/sessions?limit=60")).Items().Select(s => s.GetProperty("id").GetString()!).ToList();

        var primaryBefore = hello["primary"].AsString;
        var acknowledged = new List<string>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (i == sessions.Count / 3)
            {
                await StepDownAsync(admin);
                Assert.NotEqual(primaryBefore, await NewPrimaryAsync(uri, primaryBefore));
            }

            using var put = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/{sessions[i]}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            using var response = await a.SendAsync(put);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add(sessions[i]);
            }
            else
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            }
        }

        await ApiFactory.WaitForHealthAsync(a, HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var schedule = await a.SendAsync(read);
        var picks = (await schedule.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessions").EnumerateArray().Select(p => p.GetProperty("sessionId").GetString()).ToHashSet();
        Assert.All(acknowledged, s => Assert.Contains(s, picks));
    }

    /// <summary>
    /// Asks the primary to step down. It closes its connections as it does, so the command may end in a network error;
    /// any other error (not a replica set, not allowed) fails the test instead of being taken for a failover.
    /// </summary>
    private static async Task StepDownAsync(IMongoDatabase admin)
    {
        try
        {
            await admin.RunCommandAsync<BsonDocument>(new BsonDocument { ["replSetStepDown"] = 30, ["secondaryCatchUpPeriodSecs"] = 10 });
        }
        catch (Exception e) when (e is MongoConnectionException or IOException)
        {
            // The step-down closed the connection: what happened is checked by asking who is primary now.
        }
    }

    /// <summary>The replica set's primary once it is another member than <paramref name="before"/> (a minute at most).</summary>
    private static async Task<string> NewPrimaryAsync(string uri, string before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var hello = await new MongoClient(uri).GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1));
            if (hello.TryGetValue("primary", out var primary) && primary.AsString != before)
            {
                return primary.AsString;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No failover: {before} is still primary a minute after stepping down.");
            await Task.Delay(500);
        }
    }
}
