using System.Net;
using System.Net.Http.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>MongoDB configured but not there: the service starts, says 503 (quickly, not a hang or a 500), and recovers alone.</summary>
[Trait("Feature", "Storage")]
public sealed class MongoOutageTests
{
    [Fact]
    public async Task Unreachable_MongoDB_is_a_503_problem_and_the_service_recovers_without_a_restart()
    {
        // A port the emulator had and gave up: nothing listens there until the test starts it again on the same port.
        int port;
        await using (var first = await CongoProcess.StartAsync())
        {
            port = first.Port;
        }

        using var service = ApiFactory.OnMongo($"mongodb://127.0.0.1:{port}/?directConnection=true&serverSelectionTimeoutMS=500",
            ("Storage:MongoDatabase", "outage"));
        var client = service.CreateClient();

        var health = await client.GetProblemAsync("/health", HttpStatusCode.ServiceUnavailable);
        await client.GetProblemAsync("/summits", HttpStatusCode.ServiceUnavailable);
        var data = await client.GetProblemAsync("/summits/sydney-2017/sessions", HttpStatusCode.ServiceUnavailable);
        Assert.Contains("mongodb", health.GetProperty("detail").GetString());
        Assert.Contains("try again", data.GetProperty("detail").GetString());

        // A person opening the planner while the store is down reads the same problem as a page (the planner's own
        // render failed first in that request: the problem page is rendered apart from it).
        using var tab = new HttpRequestMessage(HttpMethod.Get, "/plan/sydney-2017?day=2017-11-07");
        tab.Headers.TryAddWithoutValidation("Sec-Fetch-Mode", "navigate");
        tab.Headers.TryAddWithoutValidation("Sec-Fetch-Dest", "document");
        using var page = await client.SendAsync(tab);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "text/html"), (page.StatusCode, page.Content.Headers.ContentType?.MediaType));
        Assert.Contains("try again", html);
        Assert.Contains("href=\"/language/fr?back=%2Fplan%2Fsydney-2017\"", html);

        await using (await CongoProcess.StartAsync(port))
        {
            await ApiFactory.WaitForHealthAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(30));
            Assert.Equal(65, (await client.GetJsonAsync("/summits/sydney-2017/sessions")).GetProperty("total").GetInt32());
        }

        await client.GetProblemAsync("/health", HttpStatusCode.ServiceUnavailable);
        using var stale = await client.GetAsync("/summits");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stale.StatusCode);
        Assert.Equal("5", stale.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task MongoDB_killed_mid_run_gives_503s_not_500s_and_the_service_recovers_when_it_restarts()
    {
        var mongo = await CongoProcess.StartAsync();
        var port = mongo.Port;
        using var service = ApiFactory.OnMongo(mongo.ConnectionString.Replace("3000", "500"), ("Storage:MongoDatabase", "kill-restart"),
            ("Storage:VersionPollInterval", "00:00:00"));
        var client = await service.ReadyClientAsync();
        Assert.Equal(65, (await client.GetJsonAsync("/summits/sydney-2017/sessions")).GetProperty("total").GetInt32());

        await mongo.DisposeAsync();
        var during = new List<HttpStatusCode>();
        foreach (var url in new[] { "/health", "/summits", "/summits/sydney-2017/sessions", "/summits/sydney-2017/clashes", "/members" })
        {
            using var response = await client.GetAsync(url);
            during.Add(response.StatusCode);
        }

        using var write = await client.PutAsJsonAsync("/summits/lisbon-2026", new { name = "Lisbon", timeZone = "Europe/Lisbon", startDate = "2026-06-01", endDate = "2026-06-03" });
        using var import = await client.PostAsync("/summits/sydney-2017/imports",
            new ByteArrayContent(Lcoo.Summit.Testing.Fixtures.Read("event-pages/19266-murano-project-update.html")) { Headers = { ContentType = new("text/html") } });

        await using var restarted = await CongoProcess.StartAsync(port);
        await ApiFactory.WaitForHealthAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        using var after = await client.PutAsJsonAsync("/summits/lisbon-2026", new { name = "Lisbon", timeZone = "Europe/Lisbon", startDate = "2026-06-01", endDate = "2026-06-03" });

        Assert.All(during, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, import.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal("Lisbon", (await client.GetJsonAsync("/summits/lisbon-2026")).GetProperty("summit").GetProperty("name").GetString());
    }
}
