using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// Hostile and malformed requests against the service on Kestrel, over real sockets, in Production settings:
/// each is answered with a 4xx problem (never a 5xx, never a dropped connection), and the process lives on.
/// </summary>
[Trait("Feature", "Http")]
public sealed class HostileRequestTests(RealServerFixture fixture) : RealServerTests(fixture)
{
    [Theory]
    [InlineData(30_000, false)]
    [InlineData(100_000, false)]
    [InlineData(30_000, true)]
    public async Task Deeply_nested_xml_is_refused_and_the_service_lives(int depth, bool insideTitle)
    {
        var nested = string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));
        var xml = insideTitle
            ? $"<?xml version=\"1.0\"?><schedule><version>1</version><conference><title>{nested}</title></conference></schedule>"
            : $"<?xml version=\"1.0\"?><schedule>{nested}</schedule>";

        var response = await PostImportAsync(Encoding.UTF8.GetBytes(xml), "application/xml");

        AssertProblem(response, 422);
        Assert.Contains("nested", response.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused()
    {
        var json = "{\"schedule\":{\"conference\":{\"days\":" + new string('[', 50_000) + new string(']', 50_000) + "}}}";

        AssertProblem(await PostImportAsync(Encoding.UTF8.GetBytes(json), "application/json"), 422);
    }

    [Theory]
    [InlineData("event-page")]
    [InlineData("member-table")]
    public async Task Html_nested_past_the_limit_is_refused(string kind)
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 600)) + string.Concat(Enumerable.Repeat("</div>", 600));
        var html = kind == "event-page"
            ? $"<html><body><div class=\"speaker_box\">{nested}</div><i class=\"fa-clock-o\"></i></body></html>"
            : $"<html><body><h2>Sessions - Tuesday</h2><table><tr><th>Topic</th><th>Summit Schedule URL</th><th>When</th></tr>{nested}</table></body></html>";

        var response = await PostImportAsync(Encoding.UTF8.GetBytes(html), "text/html");

        AssertProblem(response, 422);
        Assert.Contains("nested", response.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_frab_schedule_with_a_million_days_is_refused_by_its_count()
    {
        var days = string.Join(",", Enumerable.Repeat("{}", 1_000_000));
        var json = Encoding.UTF8.GetBytes($"{{\"schedule\":{{\"conference\":{{\"title\":\"x\",\"days\":[{days}]}}}}}}");
        var before = Service.ResidentBytes();

        var response = await PostImportAsync(json, "application/json");

        AssertProblem(response, 422);
        Assert.Contains("days", response.Json().GetProperty("detail").GetString());
        Assert.True(Service.ResidentBytes() - before < 400L * 1024 * 1024, "the refusal held on to hundreds of megabytes");
    }

    [Fact]
    public async Task A_source_with_thousands_of_faults_gets_a_bounded_report_with_counts()
    {
        var events = string.Join(",", Enumerable.Range(1, 3000).Select(i =>
            $"{{\"guid\":\"g{i}\",\"id\":{i},\"date\":\"not a date\",\"duration\":\"00:30\",\"title\":\"Talk {i}\"}}"));
        var json = $"{{\"schedule\":{{\"conference\":{{\"title\":\"Sydney\",\"start\":\"2017-11-06\",\"end\":\"2017-11-08\",\"time_zone_name\":\"Australia/Sydney\"," +
                   $"\"days\":[{{\"rooms\":{{\"C3.2\":[{events}]}}}}]}}}}}}";

        var response = await PostImportAsync(Encoding.UTF8.GetBytes(json), "application/json");

        Assert.Equal(200, response.Status);
        var problems = response.Json().GetProperty("problems").EnumerateArray().ToList();
        Assert.InRange(problems.Count, 2, 60);
        Assert.Contains(problems, p => p.GetProperty("code").GetString() == "bad-times" && p.GetProperty("message").GetString()!.Contains("more", StringComparison.Ordinal));
        Assert.True(response.Body.Length < 64 * 1024, $"the report is {response.Body.Length} bytes");
    }

    [Fact]
    public async Task A_source_with_empty_metadata_leaves_the_summit_as_it_was_and_later_imports_work()
    {
        var before = (await GetAsync("/summits/sydney-2017")).Json().GetProperty("summit");

        var response = await PostImportAsync("{\"schedule\":{\"conference\":{\"days\":[]}}}"u8.ToArray(), "application/json", query: "dryRun=false");
        var page = await PostImportAsync(Fixtures.Read("event-pages/20581-no-speakers-no-script.html"), "text/html", query: "dryRun=false");

        Assert.Equal(201, response.Status);
        Assert.Contains(response.Json().GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "summit-metadata");
        var after = (await GetAsync("/summits/sydney-2017")).Json().GetProperty("summit");
        foreach (var field in new[] { "name", "startDate", "endDate", "venue", "timeZone" })
        {
            Assert.Equal(before.GetProperty(field).ToString(), after.GetProperty(field).ToString());
        }

        Assert.Equal(201, page.Status);
    }

    [Theory]
    [InlineData("/summits/sydney-2017/now?at=9999-12-31T23:59:59Z")]
    [InlineData("/summits/sydney-2017/now?at=0001-01-01T00:00:00Z")]
    [InlineData("/summits/sydney-2017/sessions?sort=5&cursor=WyI1IiwgImFiYyIsICJ5Il0")]
    [InlineData("/summits/sydney-2017/sessions?cursor=WyI1IiwgImFiYyIsICJ5Il0")]
    [InlineData("/summits/sydney-2017/sessions?sort=5")]
    [InlineData("/summits/sydney-2017/clashes?severity=99")]
    [InlineData("/summits/sydney-2017/clashes?kind=99")]
    [InlineData("/summits/sydney-2017/sessions?date=2017-11-07")]
    [InlineData("/summits/sydney-2017/now?room=C3.2&when=now")]
    [InlineData("/summits?x=1")]
    public async Task Anonymous_reads_with_bad_values_are_400s(string url)
    {
        var response = await GetAsync(url);

        AssertProblem(response, 400);
    }

    [Fact]
    public async Task An_unknown_query_parameter_is_named_with_the_ones_that_are_accepted()
    {
        var detail = (await GetAsync("/summits/sydney-2017/sessions?date=2017-11-07")).Json().GetProperty("detail").GetString()!;

        Assert.Contains("'date'", detail);
        Assert.Contains("day", detail);
        Assert.Contains("member", detail);
    }

    [Fact]
    public async Task A_pdf_for_two_papers_is_a_400()
    {
        AssertProblem(await GetAsync("/summits/sydney-2017/members/att/itinerary.pdf?paper=A4,Letter", coordinator: true), 400);
    }

    [Theory]
    [InlineData(60L * 1024 * 1024)]
    [InlineData(200L * 1024 * 1024)]
    public async Task An_import_whose_length_is_over_the_limit_is_a_413_before_the_body_is_read(long length)
    {
        var response = await RawHttp.SendAsync(Service.BaseAddress,
            [Ascii(RawHttp.Head(Import, "Content-Type: application/json", $"Content-Length: {length}")), new byte[1024]]);

        AssertProblem(response, 413);
    }

    [Fact]
    public async Task An_import_asking_to_continue_with_60_MB_is_told_413_without_sending_it()
    {
        var response = await RawHttp.SendAsync(Service.BaseAddress,
            [Ascii(RawHttp.Head(Import, "Content-Type: application/json", $"Content-Length: {60L * 1024 * 1024}", "Expect: 100-continue"))]);

        AssertProblem(response, 413);
    }

    [Fact]
    public async Task A_chunked_import_over_the_limit_is_a_413()
    {
        var chunk = Ascii($"100000\r\n{new string('x', 0x100000)}\r\n");
        var parts = new List<byte[]> { Ascii(RawHttp.Head(Import, "Content-Type: application/json", "Transfer-Encoding: chunked")) };
        parts.AddRange(Enumerable.Repeat(chunk, 30));

        AssertProblem(await RawHttp.SendAsync(Service.BaseAddress, parts), 413);
    }

    [Fact]
    public async Task A_25_MB_multipart_import_is_a_413()
    {
        const string boundary = "b0undary";
        var parts = new List<byte[]>
        {
            Ascii(RawHttp.Head(Import, $"Content-Type: multipart/form-data; boundary={boundary}", "Transfer-Encoding: chunked")),
            Chunk($"--{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.json\"\r\nContent-Type: application/json\r\n\r\n"),
        };
        parts.AddRange(Enumerable.Repeat(Chunk(new string('x', 1024 * 1024)), 25));
        parts.Add(Chunk($"\r\n--{boundary}--\r\n"));
        parts.Add(Ascii("0\r\n\r\n"));

        AssertProblem(await RawHttp.SendAsync(Service.BaseAddress, parts), 413);
    }

    private static byte[] Chunk(string data) => Ascii($"{Encoding.UTF8.GetByteCount(data):x}\r\n{data}\r\n");

    public static TheoryData<string, string> BadForms => new()
    {
        { "no boundary", "multipart/form-data" },
        { "truncated", "multipart/form-data; boundary=abc|--abc\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.json\"\r\n\r\n{\"sched" },
        { "garbage", "multipart/form-data; boundary=abc|\u0001\u0002 this is not multipart at all \r\n\r\n--" },
        { "2,000 fields", "multipart/form-data; boundary=abc|" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"--abc\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n")) + "--abc--\r\n" },
        { "2,000 files", "multipart/form-data; boundary=abc|" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"--abc\r\nContent-Disposition: form-data; name=\"f\"; filename=\"{i}.html\"\r\n\r\n<p>{i}</p>\r\n")) + "--abc--\r\n" },
        { "a 20 KB part header", "multipart/form-data; boundary=abc|--abc\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.html\"\r\nX-Long: " + new string('h', 20 * 1024) + "\r\n\r\n<p>x</p>\r\n--abc--\r\n" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task Malformed_or_oversized_forms_are_400s(string what, string typeAndBody)
    {
        var split = typeAndBody.IndexOf('|');
        var (type, body) = split < 0 ? (typeAndBody, "--x\r\n") : (typeAndBody[..split], typeAndBody[(split + 1)..]);
        var bytes = Encoding.UTF8.GetBytes(body);

        var response = await RawHttp.SendAsync(Service.BaseAddress,
            [Ascii(RawHttp.Head(Import, $"Content-Type: {type}", $"Content-Length: {bytes.Length}")), bytes]);

        Assert.True(response.Status is 400 or 413, $"{what}: {response}");
        AssertProblem(response, response.Status);
    }

    [Theory]
    [InlineData("zz\r\nhello\r\n0\r\n\r\n")]
    [InlineData("5\r\nhelloXX0\r\n\r\n")]
    [InlineData("ffffffffffffffffff\r\nhello\r\n0\r\n\r\n")]
    [InlineData("-5\r\nhello\r\n0\r\n\r\n")]
    public async Task Bad_chunks_are_400s(string chunks)
    {
        var response = await RawHttp.SendAsync(Service.BaseAddress,
            [Ascii(RawHttp.Head(Import, "Content-Type: text/html", "Transfer-Encoding: chunked")), Ascii(chunks)]);

        AssertProblem(response, 400);
    }

    [Fact]
    public async Task A_body_that_stalls_is_timed_out_with_a_408()
    {
        var response = await RawHttp.SendAsync(Service.BaseAddress,
            [Ascii(RawHttp.Head(Import, "Content-Type: text/html", "Content-Length: 100000")), new byte[10]], timeout: TimeSpan.FromSeconds(40));

        AssertProblem(response, 408);
    }

    [Theory]
    [InlineData("POST /summits/sydney-2017/schedules HTTP/1.1", false)]
    [InlineData("PUT /members/x HTTP/1.1", true)]
    [InlineData("PUT /summits/big-2030 HTTP/1.1", true)]
    public async Task A_chunked_json_body_over_the_limit_is_a_413(string requestLine, bool coordinator)
    {
        var head = coordinator
            ? RawHttp.Head(requestLine, "Content-Type: application/json", "Transfer-Encoding: chunked")
            : $"{requestLine}\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        var parts = new List<byte[]> { Ascii(head), Chunk("{\"name\": \"") };
        parts.AddRange(Enumerable.Repeat(Chunk(new string('x', 1024 * 1024)), 20));
        parts.Add(Chunk("\"}"));
        parts.Add(Ascii("0\r\n\r\n"));

        AssertProblem(await RawHttp.SendAsync(Service.BaseAddress, parts), 413);
    }

    [Fact]
    public async Task Forty_chunked_bodies_at_once_do_not_swell_the_process()
    {
        var before = Service.ResidentBytes();
        var body = Chunk(new string('x', 1024 * 1024));
        var sends = Enumerable.Range(0, 40).Select(_ =>
        {
            var parts = new List<byte[]> { Ascii("POST /summits/sydney-2017/schedules HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"), Chunk("{\"name\":\"") };
            parts.AddRange(Enumerable.Repeat(body, 20));
            return RawHttp.SendAsync(Service.BaseAddress, parts);
        });

        var responses = await Task.WhenAll(sends);

        Assert.All(responses, r => Assert.Equal(413, r.Status));
        Assert.True(Service.ResidentBytes() - before < 120L * 1024 * 1024, $"RSS grew by {(Service.ResidentBytes() - before) / 1024 / 1024} MB");
    }

    [Fact]
    public async Task A_url_import_with_bytes_that_are_not_utf8_is_a_400()
    {
        var body = Encoding.ASCII.GetBytes("{\"url\":\"http://").Concat(new byte[] { 0xff, 0xfe }).Concat(Encoding.ASCII.GetBytes("/\"}")).ToArray();

        AssertProblem(await PostImportAsync(body, "application/json"), 400, 422);
    }

    [Theory]
    [InlineData("http://192.0.2.2:9/schedule.json")]
    [InlineData("http://198.51.100.7/schedule.json")]
    [InlineData("http://[::127.0.0.1]:9/")]
    [InlineData("http://[64:ff9b::7f00:1]:9/")]
    [InlineData("http://[2002:7f00:1::]:9/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    [InlineData("http://0x7f000001:9/")]
    [InlineData("http://localhost:9/")]
    public async Task Imports_by_url_never_reach_special_purpose_addresses(string url)
    {
        var response = await PostImportAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url })), "application/json");

        AssertProblem(response, 400);
        if (new Uri(url).HostNameType == UriHostNameType.Dns)
        {
            // What the name resolved to is not the caller's business.
            var detail = response.Json().GetProperty("detail").GetString()!;
            Assert.DoesNotContain("127.0.0.1", detail);
            Assert.DoesNotContain("::1", detail);
        }
    }

    [Fact]
    public async Task An_openstack_dump_with_an_absurd_instant_is_not_a_500()
    {
        var dump = Encoding.UTF8.GetString(Fixtures.Read("openstack-api/sydney-2017.json"));
        var at = dump.IndexOf("\"start_date\":", StringComparison.Ordinal);
        var end = dump.IndexOfAny([',', '}'], at);
        var hostile = dump[..at] + "\"start_date\": -99999999999999" + dump[end..];

        var response = await PostImportAsync(Encoding.UTF8.GetBytes(hostile), "application/json");

        Assert.True(response.Status is 200 or 422, response.ToString());
        Assert.False(Service.HasExited);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"timeZone\":\"UTC\",\"startDate\":\"0001-01-01\",\"endDate\":\"0001-01-02\"}")]
    [InlineData("{\"name\":\"x\",\"timeZone\":\"UTC\",\"startDate\":\"9999-12-30\",\"endDate\":\"9999-12-31\"}")]
    [InlineData("{\"name\":\"x\",\"timeZone\":\"UTC\",\"startDate\":\"0001-01-01\",\"endDate\":\"9999-12-31\"}")]
    [InlineData("{\"name\":\"x\",\"timeZone\":\"UTC\",\"startDate\":\"2030-01-01\",\"endDate\":\"2030-01-02\",\"venue\":\"" + "v" + "\"}")]
    public async Task Summits_with_absurd_dates_or_names_are_refused(string body)
    {
        var json = body.Contains("2030", StringComparison.Ordinal) ? body.Replace("\"name\":\"x\"", $"\"name\":\"{new string('n', 60_000)}\"", StringComparison.Ordinal) : body;

        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Put, "/summits/absurd-2030") { Content = new StringContent(json, Encoding.UTF8, "application/json") });

        AssertProblem(response, 400);
    }

    [Fact]
    public async Task If_match_that_is_not_an_etag_is_refused_and_changes_nothing()
    {
        using var client = Service.Client();
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Mine" }, TestContext.Current.CancellationToken);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var (id, token) = (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/schedules/{id}") { Content = JsonContent.Create(new { name = "Changed" }) };
        patch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        patch.Headers.TryAddWithoutValidation("If-Match", "garbage");
        var response = await SendAsync(patch, coordinator: false);

        AssertProblem(response, 400, 412);
        var read = new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal("Mine", (await SendAsync(read, coordinator: false)).Json().GetProperty("name").GetString());
    }
}
