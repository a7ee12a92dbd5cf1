using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// A test class against the service's own process on Kestrel (one per class, Production settings): requests over real
/// sockets, and what a refusal must be — a 4xx problem with a sentence for a person, the process still alive.
/// </summary>
public abstract class RealServerTests(RealServerFixture fixture) : RealServerTests<RealServerFixture>(fixture);

/// <summary>The same, against a service started with settings of the fixture's own (<see cref="RealServerFixture.Settings"/>).</summary>
public abstract class RealServerTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : RealServerFixture
{
    protected ServiceProcess Service => fixture.Service;

    protected const string Import = "POST /summits/sydney-2017/imports?dryRun=true HTTP/1.1";

    protected static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>A 4xx problem details answer with a sentence for a person, and the service still up.</summary>
    protected void AssertProblem(RawResponse response, params int[] statuses)
    {
        Assert.True(statuses.Contains(response.Status), $"expected {string.Join(" or ", statuses)}, got {response}");
        Assert.Equal("application/problem+json", response.Header("content-type")?.Split(';')[0]);
        var problem = response.Json();
        Assert.Equal(response.Status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("detail", out var detail) && detail.GetString()!.Length > 20, $"no detail a person can act on: {response.Body}");
        Assert.False(Service.HasExited, "the service process died");
    }

    protected async Task<RawResponse> SendAsync(HttpRequestMessage request, bool coordinator = true)
    {
        using var client = Service.Client(coordinator);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        return new RawResponse((int)response.StatusCode, headers, body);
    }

    protected Task<RawResponse> GetAsync(string url, bool coordinator = false) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url), coordinator);

    protected Task<RawResponse> PostImportAsync(byte[] body, string contentType, string query = "dryRun=true") =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/summits/sydney-2017/imports?{query}")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } },
        });
}
