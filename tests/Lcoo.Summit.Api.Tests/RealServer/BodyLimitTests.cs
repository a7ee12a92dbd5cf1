using System.Net;
using System.Text;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>Body limits are Kestrel's, set from endpoint metadata: they hold on the real server, whatever the framing.</summary>
[Trait("Feature", "Http")]
public sealed class BodyLimitTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-limits-").FullName;
    private ServiceProcess _service = null!;

    public async ValueTask InitializeAsync() =>
        _service = await ServiceProcess.StartAsync(_root, new Dictionary<string, string> { ["Limits__MaxJsonBodyBytes"] = "1024" });

    [Theory]
    [InlineData("PUT", "/members/big")]
    [InlineData("PUT", "/summits/big-2030")]
    [InlineData("POST", "/summits/sydney-2017/schedules")]
    public async Task A_json_body_over_the_limit_is_a_413(string method, string url)
    {
        using var client = _service.Client(coordinator: true);
        var body = $"{{\"name\": \"{new string('x', 2000)}\", \"displayName\": \"x\"}}";

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 1024", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
