using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// Input the earlier suite did not reach, found by probing the real server: text no output can carry, zones calendar
/// apps do not know, hosts no link can be built from, bodies of the wrong shape, HEAD, clients that accept no JSON.
/// </summary>
[Trait("Feature", "Http")]
public sealed class HostileInputTests(RealServerFixture fixture) : RealServerTests(fixture)
{
    [Theory]
    [InlineData("/summits/sydney-2017/sessions?q=%EF%BF%BE", "application/json")]
    [InlineData("/summits/sydney-2017/sessions?q=%ED%A0%80", "application/json")]
    [InlineData("/summits/sydney-2017/schedule.xml?q=%01%EF%BF%BE", "application/xml")]
    [InlineData("/summits/sydney-2017/schedule.json?q=%01%EF%BF%BE", "application/json")]
    [InlineData("/summits/sydney-2017/sessions.ics?q=%1B%EF%BF%BE", "text/calendar")]
    public async Task Searches_with_characters_unicode_cannot_normalize_are_answered(string url, string type)
    {
        var response = await GetAsync(url);

        Assert.True(response.Status == 200, response.ToString());
        Assert.Equal(type, response.Header("content-type")?.Split(';')[0]);
        if (type == "application/xml")
        {
            Assert.NotNull(System.Xml.Linq.XDocument.Parse(response.Body).Root);
        }
    }

    [Theory]
    [InlineData("{\"delegates\":[null]}", "delegates")]
    [InlineData("{\"members\":[null]}", "members")]
    [InlineData("{\"members\":[\"\"]}", "members")]
    public async Task A_coverage_request_with_a_null_in_a_list_is_a_400_naming_the_list(string body, string field)
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/coverage")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        AssertProblem(response, 400);
        Assert.True(response.Json().GetProperty("errors").TryGetProperty(field, out _), response.Body);
    }

    [Fact]
    public async Task A_summit_years_ahead_has_a_calendar_with_its_zone()
    {
        var summit = new StringContent("{\"name\":\"Far ahead\",\"timeZone\":\"Europe/Berlin\",\"startDate\":\"2031-05-05\",\"endDate\":\"2031-05-07\"}",
            Encoding.UTF8, "application/json");
        Assert.True((await SendAsync(new HttpRequestMessage(HttpMethod.Put, "/summits/far-ahead-2031") { Content = summit })).Status is 200 or 201);

        var response = await GetAsync("/summits/far-ahead-2031/sessions.ics");

        Assert.True(response.Status == 200, response.ToString());
        Assert.Contains("TZID:Europe/Berlin", response.Body);
    }

    [Theory]
    [InlineData("GET /summits HTTP/1.0\r\n\r\n")]
    [InlineData("GET /summits HTTP/1.1\r\nHost: \r\n\r\n")]
    [InlineData("GET /summits HTTP/1.1\r\nHost: a..b\r\n\r\n")]
    [InlineData("GET /summits HTTP/1.1\r\nHost: xn--zz\r\n\r\n")]
    [InlineData("GET /plan/sydney-2017 HTTP/1.1\r\nHost: a.xn--zz.example\r\n\r\n")]
    [InlineData("GET /plan/sydney-2017 HTTP/1.1\r\nHost: a..b\r\n\r\n")]
    [InlineData("GET /summits/nowhere HTTP/1.1\r\nHost: a..b\r\n\r\n")]
    [InlineData("GET /summits HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Proto: javascript\r\nX-Forwarded-Host: a..b\r\n\r\n")]
    public async Task A_host_no_link_can_be_built_from_is_a_400_or_is_ignored(string request)
    {
        var response = await RawHttp.SendAsync(Service.BaseAddress, request);

        Assert.True(response.Status < 500, response.ToString());
        if (response.Status == 400)
        {
            AssertProblem(response, 400);
        }
        else
        {
            Assert.DoesNotContain("javascript:", response.Body);
            Assert.DoesNotContain("a..b", response.Body);
        }
    }

    [Theory]
    [InlineData("Factory", null)]
    [InlineData("posixrules", null)]
    [InlineData("localtime", null)]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    public async Task Zones_calendar_apps_do_not_know_are_refused_with_the_name_meant(string zone, string? meant)
    {
        var body = JsonSerializer.Serialize(new { name = "Zoned", timeZone = zone, startDate = "2027-05-05", endDate = "2027-05-06" });

        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Put, "/summits/zoned-2027") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        var import = await PostImportAsync(Fixtures.Read("frab/pretalx-democon.json"), "application/json", $"dryRun=true&timeZone={Uri.EscapeDataString(zone)}");

        AssertProblem(response, 400);
        AssertProblem(import, 400, 422);
        var detail = response.Json().GetProperty("errors").GetProperty("timeZone")[0].GetString()!;
        Assert.Contains("is not an IANA time zone", detail);
        if (meant is not null)
        {
            Assert.Contains($"Did you mean {meant}?", detail);
            Assert.Contains($"Did you mean {meant}?", import.Json().GetProperty("detail").GetString());
        }
    }

    [Theory]
    [InlineData("{\"members\":[null]}")]
    [InlineData("{\"members\":[null,\"nope\"]}")]
    [InlineData("{\"members\":[\" \"]}")]
    [InlineData("{\"members\":null}")]
    public async Task A_publication_of_no_real_member_is_a_400(string body)
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/publications")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        AssertProblem(response, 400);
        Assert.DoesNotContain("The Members field", response.Body);
    }

    /// <summary>
    /// A value of the wrong type is told apart from JSON that is not well-formed by the exception System.Text.Json wraps,
    /// and, for a string where a list goes ($.members), by its message alone ("The JSON value could not be converted …"):
    /// that case fails if an upgrade rewords it.
    /// </summary>
    [Theory]
    [InlineData("/summits/sydney-2017/coverage", "{\"travelMinutes\":\"5\"}", "$.travelMinutes", "not of the type")]
    [InlineData("/summits/sydney-2017/coverage", "{\"members\":\"att\"}", "$.members", "not of the type")]
    [InlineData("/summits/sydney-2017/coverage", "{\"travelMinutes\":2147483648}", "$.travelMinutes", "not of the type")]
    [InlineData("/summits/sydney-2017/publications", "{\"members\":[\"att\"],\"paper\":4}", "$.paper", "not of the type")]
    [InlineData("/summits/sydney-2017/coverage", "{\"members\":[\"att\"", null, "JSON")]
    public async Task A_body_of_the_wrong_shape_is_a_400_naming_where(string path, string body, string? where, string says)
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        AssertProblem(response, 400);
        var detail = response.Json().GetProperty("detail").GetString()!;
        Assert.Contains(where ?? "JSON", detail);
        Assert.Contains(says, detail);
        Assert.DoesNotContain("System.", detail);
    }

    [Theory]
    [InlineData("PUT", "/members/probe", "{\"displayName\":\"\\u0000\\u0001\\u001b\"}", "displayName")]
    [InlineData("PUT", "/members/probe", "{\"displayName\":\"   \"}", "displayName")]
    [InlineData("PUT", "/members/probe", "{\"displayName\":\"Probe\",\"aliases\":[\"x\\u0000\"]}", "aliases")]
    [InlineData("PUT", "/summits/plain-2030", "{\"name\":\"A\\nB\",\"timeZone\":\"UTC\",\"startDate\":\"2030-01-01\",\"endDate\":\"2030-01-02\"}", "name")]
    [InlineData("POST", "/summits/sydney-2017/schedules", "{\"name\":\"Mine\\u0007\"}", "name")]
    [InlineData("POST", "/summits/sydney-2017/schedules", "{\"name\":\"Mine\",\"notes\":\"\\uFFFE\"}", "notes")]
    [InlineData("POST", "/summits/sydney-2017/coverage", "{\"delegates\":[{\"name\":\"Ada\\u0000\"}]}", "delegates[0].name")]
    public async Task Names_with_control_characters_or_blank_are_refused_naming_the_field(string method, string path, string body, string field)
    {
        var response = await SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") },
            coordinator: !path.EndsWith("/schedules", StringComparison.Ordinal));

        AssertProblem(response, 400);
        Assert.True(response.Json().GetProperty("errors").TryGetProperty(field, out _), response.Body);
    }

    [Fact]
    public async Task Notes_may_run_over_several_lines()
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/schedules")
        {
            Content = new StringContent("{\"name\":\"Mine\",\"notes\":\"Day one:\\n\\tkeynote\"}", Encoding.UTF8, "application/json"),
        }, coordinator: false);

        Assert.Equal(201, response.Status);
        Assert.Equal("Day one:\n\tkeynote", response.Json().GetProperty("schedule").GetProperty("notes").GetString());
    }

    [Theory]
    [InlineData("abc%0A")]
    [InlineData("%3Cscript%3E")]
    [InlineData("Upper")]
    [InlineData("a%20b")]
    public async Task An_import_cannot_create_a_summit_whose_slug_is_not_one(string slug)
    {
        var refused = await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/summits/{slug}/imports")
        {
            Content = new ByteArrayContent(Fixtures.Read("frab/pretalx-democon.json")) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        });

        AssertProblem(refused, 400);
        Assert.True(refused.Json().GetProperty("errors").TryGetProperty("slug", out _), refused.Body);
        Assert.Equal(404, (await GetAsync($"/summits/{slug}")).Status);
    }

    [Theory]
    [InlineData("/summits", "application/json")]
    [InlineData("/plan/sydney-2017", "text/html")]
    [InlineData("/summits/sydney-2017/sessions.ics", "text/calendar")]
    [InlineData("/summits/nowhere-1999", "application/problem+json")]
    public async Task Head_answers_as_get_does_without_the_body(string path, string type)
    {
        var get = await GetAsync(path);

        var head = await SendAsync(new HttpRequestMessage(HttpMethod.Head, path), coordinator: false);

        Assert.Equal(get.Status, head.Status);
        Assert.Equal(type, head.Header("content-type")?.Split(';')[0]);
        Assert.Equal("", head.Body);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    public async Task A_client_that_accepts_no_json_still_gets_the_problem_as_json(string accept)
    {
        var notFound = new HttpRequestMessage(HttpMethod.Get, "/nothing-here");
        notFound.Headers.TryAddWithoutValidation("Accept", accept);
        var badBody = new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/schedules") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        badBody.Headers.TryAddWithoutValidation("Accept", accept);

        AssertProblem(await SendAsync(notFound, coordinator: false), 404);
        AssertProblem(await SendAsync(badBody, coordinator: false), 400);
    }

    [Theory]
    [InlineData("PUT", "/summits/empty-2030", "")]
    [InlineData("POST", "/summits/sydney-2017/coverage", "")]
    [InlineData("PUT", "/members/probe", "null")]
    public async Task An_empty_body_is_a_400_saying_a_json_object_is_needed(string method, string path, string body)
    {
        var response = await SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        AssertProblem(response, 400);
        Assert.DoesNotContain("Implicit body", response.Body);
        // The framework says "no body was provided" only in its message: this fails if an upgrade rewords it.
        Assert.Contains("none was sent", response.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Duplicate_keys_in_a_body_are_refused_rather_than_one_guessed()
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/summits/sydney-2017/coverage")
        {
            Content = new StringContent("{\"members\":[\"att\"],\"members\":[\"ntt\"]}", Encoding.UTF8, "application/json"),
        });

        AssertProblem(response, 400);
        Assert.Contains("$.members", response.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task If_match_any_on_an_import_asks_that_the_summit_exist()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/summits/not-there-2031/imports")
        {
            Content = new ByteArrayContent(Fixtures.Read("frab/pretalx-democon.json")) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        AssertProblem(await SendAsync(request), 412);
        Assert.Equal(404, (await GetAsync("/summits/not-there-2031")).Status);
    }

    [Fact]
    public async Task The_page_a_browser_gets_for_a_refused_key_carries_the_page_security_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/imports");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Mode", "navigate");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Dest", "document");

        var response = await SendAsync(request, coordinator: false);

        Assert.Equal(401, response.Status);
        Assert.Equal("text/html", response.Header("content-type")?.Split(';')[0]);
        Assert.Contains("default-src 'self'", response.Header("content-security-policy"));
        Assert.Equal("DENY", response.Header("x-frame-options"));
    }

    [Fact]
    public async Task A_page_for_a_path_that_is_nothing_says_what_to_do_as_the_json_does()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/nothing-here");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Mode", "navigate");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Dest", "document");

        var page = await SendAsync(request, coordinator: false);

        Assert.Equal((404, "text/html"), (page.Status, page.Header("content-type")?.Split(';')[0]));
        Assert.Contains("Nothing is at /nothing-here", page.Body);
    }
}
