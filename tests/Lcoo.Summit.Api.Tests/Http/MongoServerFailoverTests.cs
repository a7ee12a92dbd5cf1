using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>A replica set losing its primary mid-run: runs where MONGODB_URI names one, reported as not run elsewhere.</summary>
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

        var acknowledged = new List<string>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (i == sessions.Count / 3)
            {
                try
                {
                    await admin.RunCommandAsync<BsonDocument>(new BsonDocument { ["replSetStepDown"] = 30, ["force"] = true });
                }
                catch (MongoException)
                {
                    // The primary closes connections as it steps down.
                }
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
}
