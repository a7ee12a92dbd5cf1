using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenQA.Selenium;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The console's Live tab in real headless Chromium: a coordinator points Sydney at its source (a schedule server on
/// loopback), polls it, registers AT&amp;T's webhook, and when the source moves one of AT&amp;T's sessions, the poll log
/// says it was imported and the delivery log says the signed message was delivered, which the receiver verifies.
/// </summary>
[Trait("Feature", "Console")]
public sealed class ConsoleLiveBrowserTests : BrowserTests
{
    private readonly ConcurrentQueue<(string Type, bool Verified)> _received = new();
    private WebApplication? _outside;
    private volatile byte[] _dump = [];
    private volatile string _etag = "\"v1\"";
    private volatile string _secret = "";
    private string _outsideUrl = "";

    protected override (int Width, int Height) Window => (1400, 1000);

    protected override async Task<KestrelService> StartServiceAsync()
    {
        _dump = await File.ReadAllBytesAsync(Path.Combine(Fixtures.SeedData, "sydney-2017", "openstack-api.json"));
        _outside = LoopbackApp.Create();
        _outside.MapGet("/summit.json", (HttpContext http) =>
        {
            if (http.Request.Headers.IfNoneMatch == _etag)
            {
                return Results.StatusCode(304);
            }

            http.Response.Headers.ETag = _etag;
            return Results.Bytes(_dump, "application/json");
        });
        _outside.MapPost("/hook", async (HttpContext http) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var verified = LoopbackApp.Verifies(_secret, body, http.Request.Headers);

            _received.Enqueue((JsonDocument.Parse(body).RootElement.GetProperty("type").GetString()!, verified));
            return Results.NoContent();
        });
        await _outside.StartAsync();
        _outsideUrl = _outside.Urls.Single();
        return await KestrelService.StartAsync(("Imports:AllowedHosts:0", "127.0.0.1"), ("Webhooks:AllowedHosts:0", "127.0.0.1"), ("Webhooks:TickMilliseconds", "100"),
            ("Sources:TickMilliseconds", "100"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_outside is not null)
        {
            await _outside.DisposeAsync();
        }
    }

    private void WaitFor(Func<bool> condition, string what, int seconds = 20) => Chromium.WaitFor(condition, what, "console-live", seconds);

    private string Text(string id) => Browser.FindElement(By.Id(id)).Text;

    private int Rows(string outcome) => Browser.FindElements(By.CssSelector($"#source-polls tr.{outcome}")).Count;

    [Fact]
    public async Task A_coordinator_follows_the_source_registers_a_webhook_and_sees_a_move_imported_and_delivered()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/console/sydney-2017#live");
        WaitFor(() => Chromium.Run<string>("return document.readyState;") == "complete", "the console");
        Browser.FindElement(By.Id("key")).SendKeys(ApiFactory.CoordinatorKey);
        Browser.FindElement(By.CssSelector("#key-form button")).Click();
        WaitFor(() => Browser.FindElement(By.Id("live")).Displayed, "the Live tab");
        WaitFor(() => Text("source-state").Contains("follows no source", StringComparison.Ordinal), "the summit without a source");

        Browser.FindElement(By.CssSelector("#source-form input[name=url]")).SendKeys($"{_outsideUrl}/summit.json");
        Chromium.Run<object?>("document.querySelector('#source-form select[name=format]').value = 'openstack-api'; return null;");
        Browser.FindElement(By.CssSelector("#source-form button[type=submit]")).Click();
        WaitFor(() => Rows("imported") == 1, "the first poll, imported");
        Browser.FindElement(By.Id("poll-now")).Click();
        WaitFor(() => Rows("unchanged") == 1, "a poll answered 304");

        Chromium.Run<object?>("document.getElementById('webhook-member').value = 'att'; return null;");
        Browser.FindElement(By.CssSelector("#webhook-form input[name=url]")).SendKeys($"{_outsideUrl}/hook");
        Browser.FindElement(By.CssSelector("#webhook-form button[type=submit]")).Click();
        WaitFor(() => Text("webhook-message").Contains("whsec_", StringComparison.Ordinal), "the endpoint's secret");
        _secret = Text("webhook-message")[(Text("webhook-message").IndexOf("whsec_", StringComparison.Ordinal))..].Trim();
        WaitFor(() => Text("webhooks").Contains("Nothing sent yet.", StringComparison.Ordinal), "the new endpoint");

        // The source moves one of AT&T's sessions by an hour.
        using var api = Service.CoordinatorClient();
        var theirs = (await api.GetJsonAsync("/summits/sydney-2017/sessions?member=att&limit=500")).GetProperty("items").EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()!).ToHashSet();
        var dump = JsonNode.Parse(_dump)!;
        var moved = dump["events"]!.AsArray().First(e => theirs.Contains(((long)e!["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        moved["start_date"] = (long)moved["start_date"]! + 3600;
        moved["end_date"] = (long)moved["end_date"]! + 3600;
        (_dump, _etag) = (Encoding.UTF8.GetBytes(dump.ToJsonString()), "\"v2\"");
        Browser.FindElement(By.Id("poll-now")).Click();
        WaitFor(() => Rows("imported") == 2, "the move, imported");
        WaitFor(() =>
        {
            Browser.FindElement(By.Id("webhooks-refresh")).Click();
            Thread.Sleep(200);
            return Text("webhooks").Contains("Delivered", StringComparison.Ordinal);
        }, "the delivery, delivered");
        Chromium.Screenshot("console-live");
        var violations = Chromium.AxeViolations("serious", "critical");
        Chromium.Viewport(390, 844);
        Chromium.Screenshot("console-live-phone");
        var overflow = Chromium.Run<long>("return document.documentElement.scrollWidth;");

        Assert.Contains("Imported; 1 published change.", Text("source-polls"));
        Assert.Contains("Last polled", Text("source-state"));
        Assert.Contains(_received, r => r is ("session.moved", true));
        Assert.All(_received, r => Assert.True(r.Verified));
        Assert.Contains("session.moved", Text("webhooks"));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(overflow <= 390, $"the page is {overflow} px wide on a 390 px phone");
    }
}
