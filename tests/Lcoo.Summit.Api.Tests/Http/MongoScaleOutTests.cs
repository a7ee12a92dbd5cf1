using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Several stateless instances on one MongoDB: what one writes, the others serve; nothing kept only in one process.</summary>
[Trait("Feature", "Storage")]
public sealed class MongoScaleOutTests(MongoEmulator emulator) : ServiceOwner, IClassFixture<MongoEmulator>
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private async Task<(HttpClient A, HttpClient B)> TwoInstancesAsync(string? uri = null)
    {
        var database = MongoEmulator.UniqueName("scale");
        (string, string?)[] settings = [("Storage:MongoDatabase", database), ("Storage:VersionPollInterval", Poll.ToString())];
        var a = await Own(ApiFactory.OnMongo(uri ?? emulator.ConnectionString, settings)).ReadyClientAsync();
        var b = await Own(ApiFactory.OnMongo(uri ?? emulator.ConnectionString, settings)).ReadyClientAsync();
        return (a, b);
    }

    [Fact]
    public async Task An_import_through_one_instance_is_served_by_the_other_within_the_poll_interval()
    {
        var (a, b) = await TwoInstancesAsync();
        var beforeSessions = await b.GetJsonAsync("/summits/sydney-2017/sessions/19266");
        var beforeNow = await b.GetJsonAsync("/summits/sydney-2017/now?at=2017-11-06T11:40:00%2B11:00&room=C3.2");

        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "11:30am-12:30pm")
            .Replace("</div>\n</body>", "</div><div class=\"info_item\"><i class=\"fa fa-map-marker\"></i><div>SCEC - Level 3 - C3.2</div></div>\n</body>");
        using (var import = await a.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html")))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        // Ask B until it serves the import (or three poll intervals pass): no fixed sleep that a slow machine outruns.
        var imported = Stopwatch.StartNew();
        JsonElement afterSession;
        do
        {
            afterSession = await b.GetJsonAsync("/summits/sydney-2017/sessions/20581");
        }
        while (afterSession.GetProperty("room").GetString() != "C3.2" && imported.Elapsed < Poll * 3 && await Delay());

        var afterNow = await b.GetJsonAsync("/summits/sydney-2017/now?at=2017-11-06T11:40:00%2B11:00&room=C3.2");

        Assert.Equal("C3.2", afterSession.GetProperty("room").GetString());
        Assert.DoesNotContain(beforeNow.GetProperty("onNow").EnumerateArray(), s => s.GetProperty("id").GetString() == "20581");
        Assert.Contains(afterNow.GetProperty("onNow").EnumerateArray(), s => s.GetProperty("id").GetString() == "20581");
        Assert.True(imported.Elapsed < Poll * 3, $"instance B served the import after {imported.Elapsed}");
        Assert.Equal("C3.2", beforeSessions.GetProperty("room").GetString());
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(25);
        return true;
    }

    [Fact]
    public async Task Schedule_edits_through_both_instances_interleave_without_loss()
    {
        var (a, b) = await TwoInstancesAsync();
        using var created = await a.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Both" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, token) = (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);
        var sessions = (await a.GetJsonAsync("/summits/sydney-2017/sessions?limit=60")).Items().Select(s => s.GetProperty("id").GetString()!).ToList();

        var writes = sessions.Select((session, i) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/{session}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            return (i % 2 == 0 ? a : b).SendAsync(request);
        }).ToList();
        var results = await Task.WhenAll(writes);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var schedule = await b.SendAsync(read);
        var picks = (await schedule.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessions").EnumerateArray().Select(p => p.GetProperty("sessionId").GetString()).ToList();

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(sessions.Order(), picks.Order());
    }
}
