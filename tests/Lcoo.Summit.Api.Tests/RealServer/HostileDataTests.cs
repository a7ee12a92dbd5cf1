using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// Hostile data, round three, over real sockets: a title made to burn a core, links that would run script in calendar
/// apps and PDF viewers, a summit kept under a slug of its own, encodings Windows tools write, the contract's own 404.
/// </summary>
[Trait("Feature", "Http")]
public sealed class HostileDataTests(RealServerFixture fixture) : RealServerTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonNode SydneyDump() => JsonNode.Parse(Fixtures.Read("openstack-api/sydney-2017.json"))!;

    private async Task<RawResponse> ImportAsync(string slug, byte[] body, string query = "", string type = "application/json") =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/summits/{slug}/imports{query}")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = MediaTypeHeaderValue.Parse(type) } },
        });

    private async Task<(string Id, string Token)> ScheduleWithAsync(string slug, string sessionId)
    {
        var created = await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/summits/{slug}/schedules") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        Assert.True(created.Status == 201, created.ToString());
        var (id, token) = (created.Json().GetProperty("id").GetString()!, created.Json().GetProperty("token").GetString()!);
        var pick = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/{sessionId}") { Headers = { Authorization = new("Bearer", token) } };
        Assert.Equal(200, (await SendAsync(pick, coordinator: false)).Status);
        return (id, token);
    }

    [Fact]
    public async Task A_20000_character_title_is_cut_at_import_and_the_itinerary_holding_it_is_made()
    {
        var dump = SydneyDump();
        var murano = dump["events"]!.AsArray().Single(e => e!["id"]!.GetValue<int>() == 19266)!;
        murano["title"] = new string('L', 20_000);

        var import = await ImportAsync("long-title", Encoding.UTF8.GetBytes(dump.ToJsonString()));

        Assert.True(import.Status == 201, import.ToString());
        Assert.Contains(import.Json().GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "field-too-long"
            && p.GetProperty("message").GetString()!.Contains("20,000 characters"));
        var session = await GetAsync("/summits/long-title/sessions/19266");
        Assert.Equal(300, session.Json().GetProperty("title").GetString()!.Length);
        var (id, token) = await ScheduleWithAsync("long-title", "19266");
        var pdf = await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}.pdf") { Headers = { Authorization = new("Bearer", token) } }, coordinator: false);
        Assert.True(pdf.Status == 200, pdf.ToString());
        Assert.Equal("application/pdf", pdf.Header("content-type"));
    }

    [Fact]
    public async Task No_link_that_is_not_http_reaches_any_output()
    {
        var dump = SydneyDump();
        dump["summit"]!["page_url"] = "javascript:alert(document.cookie)//";
        dump["summit"]!["schedule_event_detail_url"] = "javascript:alert(document.cookie)//:event_id";
        var import = await ImportAsync("hostile-links", Encoding.UTF8.GetBytes(dump.ToJsonString()));
        Assert.True(import.Status == 201, import.ToString());
        Assert.Contains(import.Json().GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "link-refused");

        string[] outputs =
        [
            "/summits/hostile-links", "/summits/hostile-links/sessions?limit=200", "/summits/hostile-links/sessions/19266",
            "/summits/hostile-links/sessions.ics", "/summits/hostile-links/schedule.xml", "/summits/hostile-links/schedule.json",
            "/plan/hostile-links/sessions/19266",
        ];
        foreach (var path in outputs)
        {
            var answer = await GetAsync(path);
            Assert.True(answer.Status == 200, $"{path}: {answer}");
            Assert.DoesNotContain("javascript", answer.Body, StringComparison.OrdinalIgnoreCase);
        }

        using var client = Service.Client(coordinator: true);
        var pdf = await client.GetByteArrayAsync("/summits/hostile-links/members/att/itinerary.pdf", Ct);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.DoesNotContain("javascript", Encoding.Latin1.GetString(pdf), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_summit_imported_under_a_slug_of_its_own_is_imported_again_and_refuses_another_summit()
    {
        var barcelona = Fixtures.Read("openstack-api/barcelona-2016.json");

        var first = await ImportAsync("bcn", barcelona, "?timeZone=Europe/Madrid");
        var again = await ImportAsync("bcn", barcelona, "?timeZone=Europe/Madrid");
        var boston = await ImportAsync("bcn", Fixtures.Read("openstack-api/boston-2017.json"));

        Assert.True(first.Status == 201, first.ToString());
        Assert.Equal(904, first.Json().GetProperty("added").GetArrayLength());
        Assert.True(again.Status == 201, again.ToString());
        Assert.Equal((0, 0), (again.Json().GetProperty("added").GetArrayLength(), again.Json().GetProperty("changed").GetArrayLength()));
        AssertProblem(boston, 422);
        Assert.Contains("holds the schedule of 'barcelona-2016'", boston.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Json_with_a_byte_order_mark_and_utf16_xml_are_read()
    {
        var json = Fixtures.Read("openstack-api/sydney-2017.json");
        var xml = Encoding.UTF8.GetString(Fixtures.Read("frab/frab-camp2019-days1-2.xml")).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);

        var marked = await ImportAsync("sydney-2017", [.. Encoding.UTF8.Preamble, .. json], "?dryRun=true");
        var wide = await ImportAsync("camp-2019", [.. utf16.GetPreamble(), .. utf16.GetBytes(xml)], "?dryRun=true", "application/xml");

        Assert.True(marked.Status == 200, marked.ToString());
        Assert.True(wide.Status == 200, wide.ToString());
        Assert.True(wide.Json().GetProperty("added").GetArrayLength() > 0, wide.Body);
    }

    [Fact]
    public async Task Bidirectional_overrides_are_refused_in_names_people_send_and_dropped_from_sources()
    {
        var summit = new StringContent("{\"name\":\"Sydney \u202Egnp.exe\",\"timeZone\":\"Australia/Sydney\",\"startDate\":\"2017-11-06\",\"endDate\":\"2017-11-08\"}",
            Encoding.UTF8, "application/json");
        var refused = await SendAsync(new HttpRequestMessage(HttpMethod.Put, "/summits/bidi-2017") { Content = summit });
        AssertProblem(refused, 400);
        Assert.Contains("bidirectional", refused.Json().GetProperty("errors").GetProperty("name")[0].GetString());

        var dump = SydneyDump();
        dump["events"]!.AsArray().Single(e => e!["id"]!.GetValue<int>() == 19266)!["title"] = "Murano \u202Eetadpu tcejorp";
        Assert.Equal(201, (await ImportAsync("bidi-source", Encoding.UTF8.GetBytes(dump.ToJsonString()))).Status);
        var title = (await GetAsync("/summits/bidi-source/sessions/19266")).Json().GetProperty("title").GetString();
        Assert.Equal("Murano etadpu tcejorp", title);
    }

    [Fact]
    public async Task Calendars_for_twenty_instants_that_select_the_same_sessions_are_one_file()
    {
        var etags = new HashSet<string>();
        for (var second = 0; second < 20; second++)
        {
            var answer = await GetAsync($"/summits/sydney-2017/sessions.ics?from=2000-01-01T00:00:{second:00}Z");
            Assert.True(answer.Status == 200, answer.ToString());
            etags.Add(answer.Header("etag")!);
        }

        var fromTuesday = await GetAsync("/summits/sydney-2017/sessions.ics?from=2017-11-07T00:00:00%2B11:00");
        Assert.Single(etags);
        Assert.NotEqual(fromTuesday.Header("etag"), etags.Single());
    }

    [Theory]
    [InlineData("openstack-api/sydney-2017.json")]
    [InlineData(null)]
    public async Task A_file_sent_as_a_url_encoded_form_is_a_415_saying_which_type_to_send(string? fixture)
    {
        // curl --data-binary @file sends this by default; a form of 2,000 keys was a 400 about the form reader's limits.
        var body = fixture is null ? Encoding.ASCII.GetBytes(string.Join("&", Enumerable.Range(0, 2000).Select(i => $"k{i}=v"))) : Fixtures.Read(fixture);

        var answer = await ImportAsync("sydney-2017", body, "?dryRun=true", "application/x-www-form-urlencoded");

        AssertProblem(answer, 415);
        Assert.Contains("Content-Type: application/json", answer.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_summits_and_a_schedules_clashes_carry_an_etag_and_answer_304_and_a_new_schedule_its_version()
    {
        var created = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/schedules") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        Assert.Equal("\"v1\"", created.Header("etag"));
        var (id, token) = (created.Json().GetProperty("id").GetString()!, created.Json().GetProperty("token").GetString()!);

        foreach (var path in new[] { "/summits", "/summits/sydney-2017", $"/schedules/{id}/clashes" })
        {
            HttpRequestMessage Get() => new(HttpMethod.Get, path) { Headers = { Authorization = path.StartsWith("/schedules", StringComparison.Ordinal) ? new("Bearer", token) : null } };
            var first = await SendAsync(Get(), coordinator: false);
            Assert.True(first.Status == 200 && first.Header("etag") is not null, $"{path}: {first}");
            var again = Get();
            again.Headers.TryAddWithoutValidation("If-None-Match", first.Header("etag"));
            Assert.Equal(304, (await SendAsync(again, coordinator: false)).Status);
        }
    }

    [Fact]
    public async Task A_contract_that_is_not_there_is_a_problem_not_plain_text()
    {
        var answer = await GetAsync("/openapi/v2.json");

        AssertProblem(answer, 404);
        Assert.Contains("/openapi/v1.json", answer.Json().GetProperty("detail").GetString());
    }
}
