using System.Net;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>MongoDB configured but not there: the service starts, says 503 (quickly, not a hang or a 500), and recovers alone.</summary>
public sealed class MongoOutageTests
{
    [Fact]
    public async Task Unreachable_MongoDB_is_a_503_problem_and_the_service_recovers_without_a_restart()
    {
        var port = CongoProcess.FreePort();
        using var service = ApiFactory.OnMongo($"mongodb://127.0.0.1:{port}/?directConnection=true&serverSelectionTimeoutMS=500",
            ("Storage:MongoDatabase", "outage"));
        var client = service.CreateClient();

        var health = await client.GetProblemAsync("/health", HttpStatusCode.ServiceUnavailable);
        await client.GetProblemAsync("/summits", HttpStatusCode.ServiceUnavailable);
        var data = await client.GetProblemAsync("/summits/sydney-2017/sessions", HttpStatusCode.ServiceUnavailable);
        Assert.Contains("mongodb", health.GetProperty("detail").GetString());
        Assert.Contains("try again", data.GetProperty("detail").GetString());

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
}
