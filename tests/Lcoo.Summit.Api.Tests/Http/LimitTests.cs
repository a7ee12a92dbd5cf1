using System.Net;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

[Trait("Feature", "Http")]
public sealed class LimitTests : ServiceOwner
{
    private async Task<HttpClient> ClientAsync(params (string, string?)[] settings) =>
        await Own(ApiFactory.OnSqlite(NewFolder(), settings)).ReadyClientAsync();

    [Fact]
    public async Task A_client_over_its_rate_is_told_429_with_Retry_After_and_health_stays_open()
    {
        var client = await ClientAsync(("Limits:PermitsPerWindow", "5"), ("Limits:Window", "00:01:00"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync("/summits");
            statuses.Add(response.StatusCode);
        }

        using var refused = await client.GetAsync("/summits/sydney-2017");
        using var health = await client.GetAsync("/health");

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
