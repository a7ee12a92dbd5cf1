using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Imports over HTTP, through the real pipeline, on each store.</summary>
public abstract class ImportContract : ServiceOwner
{
    protected abstract ApiFactory NewService(params (string Key, string? Value)[] settings);

    private async Task<HttpClient> ClientAsync(params (string Key, string? Value)[] settings) => await NewService(settings).ReadyClientAsync();

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string slug, byte[] bytes, string contentType, HttpStatusCode expected, string query = "")
    {
        using var response = await client.PostAsync($"/summits/{slug}/imports{query}", Body(bytes, contentType));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text[..Math.Min(text.Length, 2000)]}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Applying_a_dry_run_with_its_ETag_writes_exactly_it_and_a_summit_that_moved_meanwhile_is_a_412()
    {
        var client = await ClientAsync();
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html"));
        var moved = page.Replace("11:35am-12:15pm", "12:35pm-1:15pm");

        using var dry = await client.PostAsync("/summits/sydney-2017/imports?dryRun=true", new StringContent(moved, Encoding.UTF8, "text/html"));
        var etag = dry.Headers.ETag!.ToString();
        using var apply = new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/imports") { Content = new StringContent(moved, Encoding.UTF8, "text/html") };
        apply.Headers.TryAddWithoutValidation("If-Match", etag);
        using var applied = await client.SendAsync(apply);
        using var again = new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/imports") { Content = new StringContent(page, Encoding.UTF8, "text/html") };
        again.Headers.TryAddWithoutValidation("If-Match", etag);
        using var stale = await client.SendAsync(again);
        var staleBody = await stale.Content.ReadFromJsonAsync<JsonElement>();
        using var garbled = new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/imports") { Content = new StringContent(page, Encoding.UTF8, "text/html") };
        garbled.Headers.TryAddWithoutValidation("If-Match", "no quotes");
        using var bad = await client.SendAsync(garbled);
        var session = await client.GetJsonAsync("/summits/sydney-2017/sessions/20581");

        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Matches("^\"v\\d+-m[0-9a-f]{12}\"$", etag);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("changed since the dry run", staleBody.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("2017-11-06T12:35:00+11:00", session.GetProperty("start").GetProperty("local").GetString());
    }

    [Theory]
    [InlineData("\"v0-m000000000000\", {etag}", HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("W/{etag}", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"v0-m000000000000\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("{etag}, garbage", HttpStatusCode.BadRequest)]
    [InlineData(",", HttpStatusCode.BadRequest)]
    public async Task If_match_takes_a_list_of_strong_tags_or_any(string ifMatch, HttpStatusCode expected)
    {
        var client = await ClientAsync();
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html"));
        using var dry = await client.PostAsync("/summits/sydney-2017/imports?dryRun=true", new StringContent(page, Encoding.UTF8, "text/html"));
        var etag = dry.Headers.ETag!.ToString();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/imports?dryRun=true") { Content = new StringContent(page, Encoding.UTF8, "text/html") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch.Replace("{etag}", etag, StringComparison.Ordinal));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.DoesNotContain("v0-m000000000000", body);
    }

    [Fact]
    public async Task The_summits_problems_are_each_sources_latest_with_the_session_they_concern()
    {
        var client = await ClientAsync();
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("Monday, November 6", "Tuesday, November 6");
        await ImportAsync(client, "sydney-2017", Encoding.UTF8.GetBytes(page), "text/html", HttpStatusCode.Created);

        var problems = await client.GetJsonAsync("/summits/sydney-2017/problems");
        using var anonymous = NewService().CreateClient();
        using var refused = await anonymous.GetAsync("/summits/sydney-2017/problems");

        var sources = problems.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("lcoo-member-sessions.html", sources);
        Assert.Contains("openstack-api.json", sources);
        var run = Assert.Single(problems.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "titles-run-together");
        Assert.Equal("20067", run.GetProperty("sessionId").GetString());
        Assert.EndsWith("/plan/sydney-2017/sessions/20067", run.GetProperty("page").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    /// <summary>A multipart import of event page fixtures, each under the file name given.</summary>
    private static MultipartFormDataContent EventPages(params (string Fixture, string FileName)[] pages)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fixture, fileName) in pages)
        {
            form.Add(Body(Fixtures.Read($"event-pages/{fixture}"), "text/html"), "files", fileName);
        }

        return form;
    }

    private static int Count(JsonElement report, string list) => report.GetProperty(list).GetArrayLength();

    [Theory]
    [InlineData("openstack-api/boston-2017.json", "boston-2017", 402)]
    [InlineData("openstack-api/barcelona-2016.json", "barcelona-2016", 904)]
    [InlineData("frab/frab-camp2019.json", "camp2019", 79)]
    [InlineData("frab/pretalx-democon.json", "democon", 36)]
    [InlineData("frab/pretalx-rc3.json", "rc3-channels-2020", 48)]
    [InlineData("frab/frab-camp2019-days1-2.xml", "camp2019", 34)]
    public async Task A_whole_schedule_imports_every_event_and_a_second_import_changes_nothing(string fixture, string slug, int events)
    {
        var client = await ClientAsync();
        var bytes = Fixtures.Read(fixture);
        var type = fixture.EndsWith(".xml", StringComparison.Ordinal) ? "application/xml" : "application/json";

        var first = await ImportAsync(client, slug, bytes, type, HttpStatusCode.Created);
        var second = await ImportAsync(client, slug, bytes, type, HttpStatusCode.Created);

        Assert.Equal(events, Count(first, "added"));
        Assert.Equal((0, 0, events, 0), (Count(second, "added"), Count(second, "changed"), second.GetProperty("unchanged").GetInt32(), Count(second, "removed")));
        var stored = await client.GetJsonAsync($"/summits/{slug}");
        Assert.Equal(events, stored.GetProperty("sessionCount").GetInt32() + (fixture.Contains("sydney") ? 1 : 0));
    }

    [Fact]
    public async Task Reimporting_the_original_Sydney_dump_changes_nothing_and_reports_its_zone_label()
    {
        var client = await ClientAsync();

        var report = await ImportAsync(client, "sydney-2017", Fixtures.Read("openstack-api/sydney-2017.json"), "application/json", HttpStatusCode.Created);

        Assert.Equal((0, 0), (Count(report, "added"), Count(report, "changed")));
        Assert.Equal(66, report.GetProperty("unchanged").GetInt32());
        Assert.Contains(report.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "time-zone-label");
        Assert.Equal("Australia/Sydney", (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task The_seed_merges_the_deck_into_the_API_dump_Murano_keeps_its_room_and_gains_its_AT_and_T_speaker()
    {
        var client = await ClientAsync();

        var murano = await client.GetJsonAsync("/summits/sydney-2017/sessions/19266");
        var seedReport = (await client.GetJsonAsync("/summits/sydney-2017/imports")).EnumerateArray().Single();
        var report = await client.GetJsonAsync(seedReport.GetProperty("report").GetString()!);

        Assert.Equal("Murano - Project Update", murano.GetProperty("title").GetString());
        Assert.Equal("C3.2", murano.GetProperty("room").GetString());
        Assert.Contains(murano.GetProperty("speakers").EnumerateArray(), s => s.GetProperty("name").GetString() == "Felipe Monteiro" && s.GetProperty("company").GetString() == "AT&T");
        Assert.Equal(66, Count(report, "added"));
        var conflict = Assert.Single(report.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(("19266", "title", "openstack-api"), (conflict.GetProperty("sessionId").GetString(), conflict.GetProperty("field").GetString(), conflict.GetProperty("keptFrom").GetString()));
        var codes = report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Single(codes, c => c == "duplicate-row");
        Assert.Equal(2, codes.Count(c => c == "shifted-row"));
        Assert.Contains("room-double-booked", codes);
        Assert.Single((await client.GetJsonAsync("/summits/sydney-2017/sessions?limit=500")).Items(), s => s.GetProperty("id").GetString() == "20053");
    }

    [Fact]
    public async Task An_event_page_fills_in_speaker_names_and_reports_the_changed_fields()
    {
        var client = await ClientAsync();
        var before = await client.GetJsonAsync("/summits/sydney-2017/sessions/19266");
        await client.GetJsonAsync("/summits/sydney-2017/sessions/19266"); // now an answer the read cache holds

        var report = await ImportAsync(client, "sydney-2017", Fixtures.Read("event-pages/19266-murano-project-update.html"), "text/html", HttpStatusCode.Created);
        var murano = await client.GetJsonAsync("/summits/sydney-2017/sessions/19266");

        var change = Assert.Single(report.GetProperty("changed").EnumerateArray());
        var fields = change.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => (f.GetProperty("old").GetString(), f.GetProperty("new").GetString()));
        Assert.Equal([("track", (null, "Project Updates")), ("speakers", ("3681, 9722, 11332, name:felipe-monteiro", "3681, 9722, 11332 (moderator)"))],
            fields.Select(f => (f.Key, f.Value)));
        Assert.Contains(report.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("field").GetString() == "abstract" && c.GetProperty("keptFrom").GetString()!.Contains("openstack-api"));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("track").ValueKind);
        Assert.Equal("Project Updates", murano.GetProperty("track").GetString());
        Assert.Equal(["Felipe Monteiro", "Kirill Zaitsev", "Zhurong"], murano.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("moderator", murano.GetProperty("speakers")[2].GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_dry_run_reports_without_writing()
    {
        var client = await ClientAsync();

        var report = await ImportAsync(client, "boston-2017", Fixtures.Read("openstack-api/boston-2017.json"), "application/json", HttpStatusCode.OK, "?dryRun=true");

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(402, Count(report, "added"));
        await client.GetProblemAsync("/summits/boston-2017", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sessions_a_complete_source_no_longer_lists_are_removed()
    {
        var client = await ClientAsync();
        var full = Fixtures.Read("openstack-api/boston-2017.json");
        await ImportAsync(client, "boston-2017", full, "application/json", HttpStatusCode.Created);
        await client.GetJsonAsync("/summits/boston-2017/sessions/18632");
        var json = System.Text.Json.Nodes.JsonNode.Parse(full)!;
        json["schedule"]!.AsArray().RemoveAt(0);

        var report = await ImportAsync(client, "boston-2017", Encoding.UTF8.GetBytes(json.ToJsonString()), "application/json", HttpStatusCode.Created);

        Assert.Equal("18632", Assert.Single(report.GetProperty("removed").EnumerateArray()).GetProperty("id").GetString());
        await client.GetProblemAsync("/summits/boston-2017/sessions/18632", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Several_files_in_one_multipart_import_merge()
    {
        var client = await ClientAsync();
        using var form = EventPages(("19266-murano-project-update.html", "19266.html"), ("20532-lcoo-wg-session-ugly.html", "20532.html"));

        using var response = await client.PostAsync("/summits/sydney-2017/imports", form);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, report.GetProperty("sources").GetArrayLength());
        Assert.Equal(2, Count(report, "changed"));
        Assert.Equal("NTT", (await client.GetJsonAsync("/summits/sydney-2017/sessions/20532")).GetProperty("speakers")[0].GetProperty("company").GetString());
    }

    [Fact]
    public async Task A_summit_made_with_PUT_takes_year_less_sources()
    {
        var client = await ClientAsync();
        using var put = await client.PutAsJsonAsync("/summits/vancouver-2018",
            new { name = "Vancouver", timeZone = "America/Vancouver", startDate = "2018-05-21", endDate = "2018-05-24" });
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("Monday, November 6", "Monday, May 21");

        var report = await ImportAsync(client, "vancouver-2018", Encoding.UTF8.GetBytes(page), "text/html", HttpStatusCode.Created);
        var session = await client.GetJsonAsync("/summits/vancouver-2018/sessions/20581");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(1, Count(report, "added"));
        Assert.Equal("2018-05-21T11:35:00-07:00", session.GetProperty("start").GetProperty("local").GetString());
    }

    [Fact]
    public async Task A_bad_summit_definition_is_a_400_listing_every_field()
    {
        var client = await ClientAsync();

        using var put = await client.PutAsJsonAsync("/summits/Bad Slug", new { timeZone = "Mars/Base", startDate = "2018-05-24", endDate = "2018-05-21" });
        var problem = JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(["endDate", "name", "slug", "timeZone"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    public static TheoryData<string, byte[], string, HttpStatusCode, string> BadInputs => new()
    {
        { "truncated HTML", Fixtures.Read("event-pages/truncated-event-page.html"), "text/html", HttpStatusCode.UnprocessableEntity, "truncated" },
        { "binary garbage", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))], "application/octet-stream", HttpStatusCode.UnsupportedMediaType, "not a format" },
        { "JSON of the wrong shape", Encoding.UTF8.GetBytes("{\"schedule_event_detail_url\": \"x\", \"events\": 42}"), "application/json", HttpStatusCode.UnprocessableEntity, "schedule" },
        { "JSON that is no schedule", Encoding.UTF8.GetBytes("{\"hello\": [1, 2, 3]}"), "application/json", HttpStatusCode.UnsupportedMediaType, "not a format" },
        { "an XML bomb", Fixtures.Read("frab/xml-bomb.xml"), "application/xml", HttpStatusCode.UnprocessableEntity, "DTD" },
        { "truncated JSON", Fixtures.Read("openstack-api/boston-2017.json")[..100_000], "application/json", HttpStatusCode.UnprocessableEntity, "not well-formed" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_4xx_problem_and_writes_nothing(string what, byte[] body, string contentType, HttpStatusCode expected, string says)
    {
        var client = await ClientAsync();
        var before = await client.GetJsonAsync("/summits/sydney-2017");

        using var response = await client.PostAsync("/summits/sydney-2017/imports", Body(body, contentType));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(expected == response.StatusCode, $"{what}: {(int)response.StatusCode} {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before.GetProperty("summit").GetProperty("version").GetInt64(), (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("version").GetInt64());
        Assert.Single((await client.GetJsonAsync("/summits/sydney-2017/imports")).EnumerateArray());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_and_writes_nothing()
    {
        var client = await ClientAsync(("Imports:MaxBytes", "1048576"));

        using var response = await client.PostAsync("/summits/sydney-2017/imports", Body(new byte[1_048_577], "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1 MB", (await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// The form reader says a part ran past its limit only in its message ("Multipart body length limit … exceeded"):
    /// this fails if an upgrade rewords it, where the import would answer 400 instead.
    /// </summary>
    [Fact]
    public async Task A_multipart_file_over_the_limit_is_a_413_and_writes_nothing()
    {
        var client = await ClientAsync(("Imports:MaxBytes", "1048576"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[1_048_577]), "file", "big.json" } };

        using var response = await client.PostAsync("/summits/sydney-2017/imports", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("multipart or form body cannot be read", await response.Content.ReadAsStringAsync());
        Assert.Single((await client.GetJsonAsync("/summits/sydney-2017/imports")).EnumerateArray());
    }

    [Fact]
    public async Task A_50_MB_body_is_refused_at_the_default_limit()
    {
        var client = await ClientAsync();

        using var response = await client.PostAsync("/summits/sydney-2017/imports", Body(new byte[50 * 1024 * 1024], "text/html"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task One_bad_file_in_a_multipart_import_refuses_the_whole_import()
    {
        var client = await ClientAsync();
        using var form = EventPages(("19266-murano-project-update.html", "good.html"), ("truncated-event-page.html", "bad.html"));

        using var response = await client.PostAsync("/summits/sydney-2017/imports", form);
        var murano = await client.GetJsonAsync("/summits/sydney-2017/sessions/19266");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("bad.html", await response.Content.ReadAsStringAsync());
        Assert.Null(murano.GetProperty("track").GetString());
    }

    [Fact]
    public async Task A_dump_of_another_summit_is_refused_with_where_it_belongs()
    {
        var client = await ClientAsync();

        var problem = await ImportAsync(client, "sydney-2017", Fixtures.Read("openstack-api/boston-2017.json"), "application/json", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("/summits/boston-2017/imports", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_page_for_a_summit_that_does_not_exist_says_to_create_it()
    {
        var client = await ClientAsync();

        var problem = await ImportAsync(client, "tokyo-2015", Fixtures.Read("event-pages/20581-no-speakers-no-script.html"), "text/html", HttpStatusCode.NotFound);

        Assert.Contains("PUT /summits/tokyo-2015", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("?dryRun=perhaps", "dryRun")]
    [InlineData("?timeZone=Mars/Base", "timeZone")]
    [InlineData("?format=pdf", "format")]
    public async Task Bad_import_parameters_are_a_400_that_names_them(string query, string named)
    {
        var client = await ClientAsync();

        using var response = await client.PostAsync($"/summits/sydney-2017/imports{query}", Body(Fixtures.Read("openstack-api/sydney-2017.json"), "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_by_url_refuses_schemes_other_than_http()
    {
        var client = await ClientAsync();

        var problem = await ImportAsync(client, "sydney-2017", Encoding.UTF8.GetBytes("{\"url\": \"file:///etc/passwd\"}"), "application/json", HttpStatusCode.BadRequest);

        Assert.Contains("http", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_import_report_is_a_404()
    {
        var client = await ClientAsync();

        await client.GetProblemAsync("/summits/sydney-2017/imports/000000000000000000000000", HttpStatusCode.NotFound);
    }
}

[Trait("Feature", "Imports")]
public sealed class SqliteImportTests : ImportContract
{
    protected override ApiFactory NewService(params (string Key, string? Value)[] settings) =>
        Own(ApiFactory.OnSqlite(NewFolder(), settings));
}

[Trait("Feature", "Imports")]
public sealed class MongoImportTests(MongoEmulator emulator) : ImportContract, IClassFixture<MongoEmulator>
{
    protected override ApiFactory NewService(params (string Key, string? Value)[] settings) =>
        Own(ApiFactory.OnMongo(emulator.ConnectionString, [.. settings, ("Storage:MongoDatabase", MongoEmulator.UniqueName("import"))]));
}
