using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The frab and iCalendar exports over HTTP, checked against the published c3voc schemas and read back by Ical.Net.
/// Exports are computed from the summit as the store gives it back, which the store contract proves for each store.
/// </summary>
[Trait("Feature", "Exports")]
public sealed class ExportTests : ServiceOwner
{
    private async Task<HttpClient> ClientAsync(params (string Key, string? Value)[] settings) =>
        await Own(ApiFactory.OnSqlite(NewFolder(), settings)).ReadyClientAsync();

    private static async Task<(byte[] Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
        return (body, response);
    }

    private static async Task ImportAsync(HttpClient client, string slug, string fixture, string mediaType)
    {
        using var content = new ByteArrayContent(Fixtures.Read(fixture));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await client.PostAsync($"/summits/{slug}/imports", content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string?, string?> Summits => new()
    {
        { "sydney-2017", null, null },
        { "boston-2017", "openstack-api/boston-2017.json", "application/json" },
        { "democon", "frab/pretalx-democon.json", "application/json" },
        { "rc3-2020", "frab/pretalx-rc3.json", "application/json" },
    };

    [Theory]
    [MemberData(nameof(Summits))]
    public async Task A_summits_exports_are_valid_against_the_c3voc_xsd_and_json_schema(string slug, string? fixture, string? mediaType)
    {
        var client = await ClientAsync();
        if (fixture is not null)
        {
            await ImportAsync(client, slug, fixture, mediaType!);
        }

        var (xml, xmlResponse) = await GetAsync(client, $"/summits/{slug}/schedule.xml");
        var (json, jsonResponse) = await GetAsync(client, $"/summits/{slug}/schedule.json");

        Assert.Equal(("application/xml", "application/json"), (xmlResponse.Content.Headers.ContentType?.MediaType, jsonResponse.Content.Headers.ContentType?.MediaType));
        Assert.Empty(ScheduleFormats.XmlErrors(xml));
        var errors = ScheduleFormats.JsonErrors(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        var sessions = (await client.GetJsonAsync($"/summits/{slug}/sessions?limit=1")).GetProperty("total").GetInt32();
        Assert.Equal(sessions, XDocument.Parse(Encoding.UTF8.GetString(xml)).Descendants("event").Count());
    }

    [Fact]
    public async Task A_members_export_has_its_sessions_and_a_version_and_ETag_that_move_only_when_the_data_does()
    {
        var client = await ClientAsync();

        var (xml, first) = await GetAsync(client, "/summits/sydney-2017/schedule.xml?member=att");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/schedule.xml?member=att") { Headers = { IfNoneMatch = { first.Headers.ETag! } } };
        using var unchanged = await client.SendAsync(conditional);
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
        using (var moved = await client.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html")))
        {
            Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        }

        var (after, second) = await GetAsync(client, "/summits/sydney-2017/schedule.xml?member=att");

        var schedule = XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!;
        Assert.Equal(15, schedule.Descendants("event").Count());
        var summitName = (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("name").GetString();
        Assert.Equal($"AT&T at {summitName}", schedule.Element("conference")!.Element("title")!.Value);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(schedule.Element("version")!.Value, XDocument.Parse(Encoding.UTF8.GetString(after)).Root!.Element("version")!.Value);
    }

    [Fact]
    public async Task A_members_calendar_at_Sydney_has_the_decks_15_sessions_in_the_venues_zone()
    {
        var client = await ClientAsync();

        var (body, response) = await GetAsync(client, "/summits/sydney-2017/sessions.ics?member=att");
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(body))!;
        var tuesday = Ical.Net.Calendar.Load(Encoding.UTF8.GetString((await GetAsync(client, "/summits/sydney-2017/sessions.ics?member=att&day=2017-11-07")).Body))!;
        var whole = Ical.Net.Calendar.Load(Encoding.UTF8.GetString((await GetAsync(client, "/summits/sydney-2017/sessions.ics")).Body))!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(15, calendar.Events.Count);
        Assert.Equal("Australia/Sydney", calendar.TimeZones.Single().TzId);
        Assert.All(calendar.Events, e => Assert.Equal("Australia/Sydney", e.DtStart!.TzId));
        Assert.All(calendar.Events, e => Assert.EndsWith("@sydney-2017", e.Uid));
        Assert.Contains(calendar.Events, e => e.Uid == "19266@sydney-2017" && e.DtStart!.Value == new DateTime(2017, 11, 7, 11, 40, 0));
        Assert.All(tuesday.Events, e => Assert.Equal(new DateTime(2017, 11, 7), e.DtStart!.Value.Date));
        Assert.InRange(tuesday.Events.Count, 1, 14);
        Assert.Equal((await client.GetJsonAsync("/summits/sydney-2017/sessions?limit=1")).GetProperty("total").GetInt32(), whole.Events.Count);
    }

    [Fact]
    public async Task A_bad_filter_on_an_export_is_a_problem_that_names_it()
    {
        var client = await ClientAsync();

        var member = await client.GetProblemAsync("/summits/sydney-2017/schedule.xml?member=nobody", HttpStatusCode.BadRequest);
        var day = await client.GetProblemAsync("/summits/sydney-2017/sessions.ics?day=Tuesday", HttpStatusCode.BadRequest);
        var summit = await client.GetProblemAsync("/summits/nowhere-1999/schedule.json", HttpStatusCode.NotFound);

        Assert.True(member.GetProperty("errors").TryGetProperty("member", out _));
        Assert.True(day.GetProperty("errors").TryGetProperty("day", out _));
        Assert.Contains("nowhere-1999", summit.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_personal_schedules_frab_export_has_exactly_its_picks_and_is_valid()
    {
        var service = Own(ApiFactory.OnSqlite(NewFolder()));
        var client = await service.ReadyClientAsync();
        var anonymous = service.CreateClient();
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "My Sydney" });
        var schedule = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = schedule.GetProperty("token").GetString()!;
        foreach (var id in new[] { "19266", "19424" })
        {
            using var pick = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{schedule.GetProperty("id").GetString()}/sessions/{id}")
            { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            using var _ = await client.SendAsync(pick);
        }

        var (xml, _) = await GetAsync(anonymous, schedule.GetProperty("share").GetProperty("scheduleXml").GetString()!);
        var (json, _) = await GetAsync(anonymous, schedule.GetProperty("share").GetProperty("scheduleJson").GetString()!);

        Assert.Empty(ScheduleFormats.XmlErrors(xml));
        Assert.Empty(ScheduleFormats.JsonErrors(json));
        var doc = XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!;
        Assert.Equal(["19266", "19424"], doc.Descendants("event").Select(e => e.Attribute("id")!.Value).Order());
        Assert.Equal("My Sydney", doc.Element("conference")!.Element("title")!.Value);
    }

    [Fact]
    public async Task Every_link_in_every_answer_is_absolute()
    {
        var client = await ClientAsync();
        var answers = new List<(string Where, JsonElement Body)>();
        async Task<JsonElement> Keep(string where, HttpResponseMessage response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            answers.Add((where, body));
            if (response.Headers.Location is { } location)
            {
                Assert.True(location.IsAbsoluteUri, $"{where}: Location {location} is relative");
            }

            return body;
        }

        var created = await Keep("create schedule", await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "x" }));
        var (id, token) = (created.GetProperty("id").GetString(), created.GetProperty("token").GetString());
        HttpRequestMessage Mine(HttpMethod method, string url) => new(method, url) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        await Keep("pick", await client.SendAsync(Mine(HttpMethod.Put, $"/schedules/{id}/sessions/19266")));
        await Keep("schedule", await client.SendAsync(Mine(HttpMethod.Get, $"/schedules/{id}")));
        await Keep("share", await client.SendAsync(Mine(HttpMethod.Post, $"/schedules/{id}/share")));
        await Keep("publish", await client.PostAsJsonAsync("/summits/sydney-2017/publications", new { members = new[] { "att" } }));
        await Keep("publications", await client.GetAsync("/summits/sydney-2017/publications"));
        await Keep("import", await client.PostAsync("/summits/sydney-2017/imports",
            new StringContent(Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")), Encoding.UTF8, "text/html")));
        await Keep("imports", await client.GetAsync("/summits/sydney-2017/imports"));
        foreach (var url in new[] { "/summits", "/summits/sydney-2017", "/summits/sydney-2017/sessions?limit=5", "/summits/sydney-2017/sessions/19266",
                     "/summits/sydney-2017/members/att", "/summits/sydney-2017/clashes", "/summits/sydney-2017/now?at=2017-11-07T11:45:00%2B11:00",
                     "/summits/sydney-2017/sessions/99999", "/summits/sydney-2017/sessions?day=someday", "/members" })
        {
            await Keep(url, await client.GetAsync(url));
        }

        var links = answers.SelectMany(a => Strings(a.Body, "").Select(s => (a.Where, s.Path, s.Value)))
            .Where(s => IsLinkName(s.Path) || s.Value.StartsWith('/')).ToList();
        Assert.True(links.Count > 20, $"only {links.Count} links found");
        Assert.All(links, l => Assert.True(Uri.TryCreate(l.Value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" or "webcal",
            $"{l.Where} {l.Path}: '{l.Value}' is not an absolute link"));
    }

    private static bool IsLinkName(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..].TrimEnd(']', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('[');
        return name.EndsWith("url", StringComparison.OrdinalIgnoreCase) || name is "instance" or "self" or "calendar" or "subscribe" or "pdf"
            or "scheduleXml" or "scheduleJson" or "clashes" or "share" || path.Contains(".links.", StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, string Value)> Strings(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => e.EnumerateArray().SelectMany((x, i) => Strings(x, $"{path}[{i}]")),
        JsonValueKind.String => [(path, e.GetString()!)],
        _ => [],
    };

    [Fact]
    public async Task Links_are_built_from_the_configured_public_base_url()
    {
        var client = await ClientAsync(("PublicBaseUrl", "https://summit.example.org/lcoo/"));

        using var response = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "x" });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var missing = await client.GetProblemAsync("/summits/sydney-2017/sessions/99999", HttpStatusCode.NotFound);
        var (xml, _) = await GetAsync(client, "/summits/sydney-2017/schedule.xml?member=att");

        Assert.StartsWith("https://summit.example.org/lcoo/schedules/", response.Headers.Location!.ToString());
        Assert.StartsWith("https://summit.example.org/lcoo/schedules/", created.GetProperty("feedUrl").GetString());
        Assert.StartsWith("webcal://summit.example.org/lcoo/schedules/", created.GetProperty("share").GetProperty("subscribe").GetString());
        Assert.Equal("https://summit.example.org/lcoo/summits/sydney-2017/sessions/99999", missing.GetProperty("instance").GetString());
        Assert.Equal("https://summit.example.org/lcoo/", XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!.Element("conference")!.Element("base_url")!.Value);
    }
}
