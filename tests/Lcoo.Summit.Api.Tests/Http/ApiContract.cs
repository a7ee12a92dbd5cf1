using System.Net;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>The HTTP surface of the foundation, run through the real pipeline on each store.</summary>
public abstract class ApiContract : ServiceOwner
{
    /// <summary>A service on a fresh store; calling it twice with the same <paramref name="storeKey"/> reuses the store (a restart).</summary>
    protected abstract ApiFactory NewService(string storeKey);

    private async Task<HttpClient> SeededAsync() => await NewService(Guid.NewGuid().ToString("N")).ReadyClientAsync();

    [Fact]
    public async Task Health_is_ok_and_names_the_store()
    {
        var client = await SeededAsync();

        var health = await client.GetJsonAsync("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_seed_makes_Sydney_2017_available_at_once()
    {
        var client = await SeededAsync();

        var summits = await client.GetJsonAsync("/summits");

        var sydney = Assert.Single(summits.EnumerateArray());
        Assert.Equal("sydney-2017", sydney.GetProperty("slug").GetString());
        Assert.Equal("Australia/Sydney", sydney.GetProperty("timeZone").GetString());
        Assert.Equal("2017-11-06", sydney.GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task A_summit_shows_its_days_in_venue_time()
    {
        var client = await SeededAsync();

        var detail = await client.GetJsonAsync("/summits/sydney-2017");

        Assert.Equal(["2017-11-06", "2017-11-07", "2017-11-08"],
            detail.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(65, detail.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("sessions").GetInt32()));
        Assert.Equal(65, detail.GetProperty("sessionCount").GetInt32());
    }

    [Fact]
    public async Task Paging_visits_every_published_session_once_in_start_then_id_order()
    {
        var client = await SeededAsync();
        var seen = new List<(DateTimeOffset Start, string Id)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetJsonAsync($"/summits/sydney-2017/sessions?limit=10{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.Equal(65, page.GetProperty("total").GetInt32());
            seen.AddRange(page.Items().Select(s => (s.GetProperty("start").GetProperty("utc").GetDateTimeOffset(), s.GetProperty("id").GetString()!)));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(7, pages);
        Assert.Equal(65, seen.Select(s => s.Id).Distinct().Count());
        Assert.DoesNotContain("20378", seen.Select(s => s.Id));
        Assert.Equal(seen.OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_session_has_utc_and_venue_local_times_and_its_room()
    {
        var client = await SeededAsync();

        var murano = await client.GetJsonAsync("/summits/sydney-2017/sessions/19266");

        Assert.Equal("Murano - Project Update", murano.GetProperty("title").GetString());
        Assert.Equal("C3.2", murano.GetProperty("room").GetString());
        Assert.Equal("2017-11-07T00:40:00+00:00", murano.GetProperty("start").GetProperty("utc").GetString());
        Assert.Equal("2017-11-07T11:40:00+11:00", murano.GetProperty("start").GetProperty("local").GetString());
        Assert.Equal(20, murano.GetProperty("durationMinutes").GetInt32());
    }

    [Theory]
    [InlineData("/summits/tokyo-2015", "tokyo-2015")]
    [InlineData("/summits/tokyo-2015/sessions", "tokyo-2015")]
    [InlineData("/summits/sydney-2017/sessions/99999", "99999")]
    [InlineData("/summits/sydney-2017/sessions/20378", "20378")]
    public async Task What_is_not_there_is_a_404_problem_that_names_it(string url, string named)
    {
        var client = await SeededAsync();

        var problem = await client.GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=MTIzNDU", "cursor")]
    public async Task Bad_paging_is_a_400_problem_naming_the_field(string query, string field)
    {
        var client = await SeededAsync();

        var problem = await client.GetProblemAsync($"/summits/sydney-2017/sessions?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_restart_keeps_the_data_and_does_not_load_the_seed_twice()
    {
        var key = Guid.NewGuid().ToString("N");
        using (var first = NewService(key))
        {
            var client = await first.ReadyClientAsync();
            Assert.Equal(1, (await client.GetJsonAsync("/summits")).EnumerateArray().Single().GetProperty("version").GetInt64());
        }

        using var second = NewService(key);
        var again = await second.ReadyClientAsync();

        var summit = (await again.GetJsonAsync("/summits")).EnumerateArray().Single();
        Assert.Equal(1, summit.GetProperty("version").GetInt64());
        Assert.Equal(65, (await again.GetJsonAsync("/summits/sydney-2017/sessions")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints_and_Swagger_UI_is_served()
    {
        var client = await SeededAsync();

        var openApi = await client.GetJsonAsync("/openapi/v1.json");
        var swagger = await client.GetAsync("/swagger/index.html");

        var paths = openApi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/summits/{slug}/sessions", out var list));
        Assert.True(list.GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.TryGetProperty("/summits/{slug}/sessions/{sessionId}", out _));
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }
}
