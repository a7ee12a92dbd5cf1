using System.Net;
using System.Text;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>The "now" endpoint over HTTP: answers, caching headers, 304, invalidation by imports.</summary>
[Trait("Feature", "Kiosk")]
public sealed class KioskTests : ServiceOwner
{
    private readonly SettableClock _clock = new(DateTimeOffset.Parse("2017-11-07T11:45:00+11:00"));

    private async Task<HttpClient> ClientAsync(params (string, string?)[] settings) =>
        await Own(ApiFactory.OnSqlite(NewFolder(), _clock, settings)).ReadyClientAsync();

    private static string[] Ids(System.Text.Json.JsonElement now) =>
        [.. now.GetProperty("onNow").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order()];

    [Fact]
    public async Task At_1145_Tuesday_the_three_member_sessions_are_on_and_C3_2_narrows_it_to_Murano()
    {
        var client = await ClientAsync();

        var all = await client.GetJsonAsync("/summits/sydney-2017/now?at=2017-11-07T11:45:00%2B11:00");
        var c32 = await client.GetJsonAsync("/summits/sydney-2017/now?at=2017-11-07T11:45:00%2B11:00&room=C3.2");

        Assert.Equal(["19266", "19424", "20053"], Ids(all));
        Assert.Equal(["19266"], Ids(c32));
        Assert.Equal("2017-11-07T11:40:00+11:00", c32.GetProperty("onNow")[0].GetProperty("start").GetProperty("local").GetString());
        Assert.Equal("20383", Assert.Single(c32.GetProperty("upNext").EnumerateArray()).GetProperty("session").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_injected_clock_is_now_and_max_age_is_the_time_until_the_answer_changes()
    {
        var client = await ClientAsync(("Kiosk:MaxAge", "00:10:00"));

        using var response = await client.GetAsync("/summits/sydney-2017/now");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/now") { Headers = { IfNoneMatch = { response.Headers.ETag! } } };
        using var again = await client.SendAsync(request);

        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), again.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Outside_the_summit_days_the_answer_is_empty_and_names_the_next_days_first_session()
    {
        var client = await ClientAsync();

        var now = await client.GetJsonAsync("/summits/sydney-2017/now?at=2017-11-05T12:00:00%2B11:00");

        Assert.Empty(now.GetProperty("onNow").EnumerateArray());
        Assert.Empty(now.GetProperty("upNext").EnumerateArray());
        Assert.Equal("20565", now.GetProperty("nextSession").GetProperty("id").GetString());
        Assert.Equal("2017-11-06T09:00:00+11:00", now.GetProperty("nextSession").GetProperty("start").GetProperty("local").GetString());
    }

    [Fact]
    public async Task An_import_invalidates_the_cached_answer()
    {
        var client = await ClientAsync();
        var before = await client.GetJsonAsync("/summits/sydney-2017/now?room=C3.2");
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html"))
            .Replace("Monday, November 6, 11:35am-12:15pm", "Tuesday, November 7, 11:30am-12:30pm</div></div><div class=\"info_item\"><i class=\"fa fa-map-marker\"></i><div>SCEC - Level 3 - C3.2");

        using (await client.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html")))
        {
        }

        var after = await client.GetJsonAsync("/summits/sydney-2017/now?room=C3.2");
        Assert.Equal(["19266"], Ids(before));
        Assert.Equal(["19266", "20581"], Ids(after));
    }

    [Fact]
    public async Task A_summit_across_a_daylight_saving_change_shows_each_time_with_the_offset_then()
    {
        var client = await ClientAsync();
        using (var import = await client.PostAsync("/summits/dst-2026/imports", new StringContent(DstSummit, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        var early = await client.GetJsonAsync("/summits/dst-2026/now?at=2026-10-25T02:30:00%2B02:00");
        var late = await client.GetJsonAsync("/summits/dst-2026/now?at=2026-10-25T02:30:00%2B01:00");

        var across = early.GetProperty("onNow")[0];
        Assert.Equal("2026-10-25T01:30:00+02:00", across.GetProperty("start").GetProperty("local").GetString());
        Assert.Equal("2026-10-25T03:30:00+01:00", across.GetProperty("end").GetProperty("local").GetString());
        Assert.Equal("2026-10-25T02:30:00+02:00", early.GetProperty("at").GetProperty("local").GetString());
        Assert.Equal("2026-10-25T02:30:00+01:00", late.GetProperty("at").GetProperty("local").GetString());
        Assert.Single(late.GetProperty("onNow").EnumerateArray());
    }

    [Theory]
    [InlineData("at=tomorrow", "at")]
    [InlineData("at=2017-11-07", "at")]
    [InlineData("within=0", "within")]
    [InlineData("within=lots", "within")]
    public async Task Bad_parameters_are_a_400_naming_them(string query, string field)
    {
        var client = await ClientAsync();

        var problem = await client.GetProblemAsync($"/summits/sydney-2017/now?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_time_without_an_offset_is_the_venues_wall_clock()
    {
        var client = await ClientAsync();

        var local = await client.GetStringAsync("/summits/sydney-2017/now?at=2017-11-07T11:45:00");
        var withOffset = await client.GetStringAsync("/summits/sydney-2017/now?at=2017-11-07T11:45:00%2B11:00");

        Assert.Equal(withOffset, local);
    }

    [Fact]
    public async Task An_unknown_room_or_summit_is_a_404()
    {
        var client = await ClientAsync();

        var room = await client.GetProblemAsync("/summits/sydney-2017/now?room=Ballroom", HttpStatusCode.NotFound);
        await client.GetProblemAsync("/summits/nowhere/now", HttpStatusCode.NotFound);
        await client.GetProblemAsync("/kiosk/nowhere", HttpStatusCode.NotFound);

        Assert.Contains("C3.2", room.GetProperty("detail").GetString());
    }

    private const string DstSummit = """
        {"schedule": {"version": "1", "conference": {"acronym": "dst-2026", "title": "DST Summit", "start": "2026-10-24", "end": "2026-10-26",
          "daysCount": 3, "timeslot_duration": "00:10", "time_zone_name": "Europe/Berlin",
          "days": [{"index": 1, "date": "2026-10-24", "rooms": {"Hall": [
            {"guid": "across", "id": 2, "date": "2026-10-25T01:30:00+02:00", "duration": "03:00", "room": "Hall", "title": "Across the change", "persons": []}]}}]}}}
        """;

}

/// <summary>A cache hit is served from memory: with MongoDB gone between two calls, the second still answers.</summary>
[Trait("Feature", "Kiosk")]
public sealed class MongoKioskCacheTests
{
    [Fact]
    public async Task A_cached_now_answer_needs_no_MongoDB_round_trip()
    {
        var mongo = await CongoProcess.StartAsync();
        using var service = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Mongo"] = mongo.ConnectionString.Replace("3000", "500"),
            ["Storage:MongoDatabase"] = "kiosk-cache",
            ["Storage:VersionPollInterval"] = "00:10:00",
            ["Seed:Path"] = Fixtures.SeedData,
            ["Logging:LogLevel:Default"] = "Warning",
        })
        { Clock = new SettableClock(DateTimeOffset.Parse("2017-11-07T11:45:00+11:00")) };
        var client = await service.ReadyClientAsync();
        var first = await client.GetJsonAsync("/summits/sydney-2017/now");

        await mongo.DisposeAsync();
        using var second = await client.GetAsync("/summits/sydney-2017/now");
        using var uncached = await client.GetAsync("/summits");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.ToString(), System.Text.Json.JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
    }
}
