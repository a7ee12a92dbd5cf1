using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// Behind a proxy, links follow X-Forwarded-Proto/Host only when the request comes from a configured proxy: anyone else
/// sending the headers cannot make the service hand out links to their host. Real processes, real sockets, Production.
/// </summary>
[Trait("Feature", "Http")]
public sealed class ForwardedHeaderTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-forwarded-").FullName;
    private ServiceProcess _trusting = null!;
    private ServiceProcess _elsewhere = null!;
    private ServiceProcess _unconfigured = null!;

    public async ValueTask InitializeAsync()
    {
        var trusting = ServiceProcess.StartAsync(Path.Combine(_root, "a"), new Dictionary<string, string> { ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1" });
        var elsewhere = ServiceProcess.StartAsync(Path.Combine(_root, "b"), new Dictionary<string, string> { ["ForwardedHeaders__KnownNetworks__0"] = "10.0.0.0/8" });
        var unconfigured = ServiceProcess.StartAsync(Path.Combine(_root, "c"));
        (_trusting, _elsewhere, _unconfigured) = (await trusting, await elsewhere, await unconfigured);
    }

    private static async Task<string> FeedUrlAsync(ServiceProcess service)
    {
        using var client = service.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/schedules") { Content = JsonContent.Create(new { name = "x" }) };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "summit.example.org");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return body.GetProperty("feedUrl").GetString()!;
    }

    [Fact]
    public async Task Forwarded_headers_shape_links_only_from_a_configured_proxy()
    {
        var fromProxy = await FeedUrlAsync(_trusting);
        var fromAnyone = await FeedUrlAsync(_elsewhere);
        var withNoProxyConfigured = await FeedUrlAsync(_unconfigured);

        Assert.StartsWith("https://summit.example.org/schedules/", fromProxy);
        Assert.StartsWith($"{_elsewhere.BaseAddress}schedules/", fromAnyone);
        Assert.StartsWith($"{_unconfigured.BaseAddress}schedules/", withNoProxyConfigured);
    }

    public async ValueTask DisposeAsync()
    {
        await _trusting.DisposeAsync();
        await _elsewhere.DisposeAsync();
        await _unconfigured.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
