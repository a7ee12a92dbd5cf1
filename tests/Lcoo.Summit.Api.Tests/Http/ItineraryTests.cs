using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Itinerary PDFs over HTTP, read back with PdfPig.</summary>
[Trait("Feature", "Itineraries")]
public sealed class ItineraryTests : ServiceOwner
{
    private readonly SettableClock _clock = new(DateTimeOffset.Parse("2017-11-01T09:00:00+11:00"));

    private async Task<HttpClient> ClientAsync() =>
        await Own(ApiFactory.OnSqlite(NewFolder(), _clock)).ReadyClientAsync();

    private static string Text(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Concat(doc.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(c => !string.IsNullOrWhiteSpace(c)));
    }

    [Fact]
    public async Task A_members_itinerary_is_a_pdf_of_its_sessions_cached_with_an_ETag()
    {
        var client = await ClientAsync();

        using var response = await client.GetAsync("/summits/sydney-2017/members/att/itinerary.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/members/att/itinerary.pdf") { Headers = { IfNoneMatch = { response.Headers.ETag! } } };
        using var again = await client.SendAsync(request);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = Text(pdf);
        Assert.Contains("AT&TatSydney", text);
        Assert.Contains("15sessionsover3days;1clash,", text);
        Assert.Contains("AT&Tisin2placesatonce,Wed8Nov16:00–16:10", text);
        Assert.DoesNotContain("Neutron-Neutroninterconnections", text);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task A_pdf_is_in_the_language_asked_for_and_a_published_one_in_the_language_it_was_published_in()
    {
        var client = await ClientAsync();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.CoordinatorKey);

        var korean = Text(await client.GetByteArrayAsync("/summits/sydney-2017/members/att/itinerary.pdf?lang=ko"));
        using var unknown = await client.GetAsync("/summits/sydney-2017/members/att/itinerary.pdf?lang=de");
        using var published = await client.PostAsJsonAsync("/summits/sydney-2017/publications", new { members = new[] { "att" }, language = "ja" });
        var publication = await published.Content.ReadFromJsonAsync<JsonElement>();
        var link = new Uri(publication.GetProperty("url").GetString()!).PathAndQuery;
        var japanese = Text(await client.GetByteArrayAsync(link));
        var french = Text(await client.GetByteArrayAsync($"{link}?lang=fr"));
        using var refused = await client.PostAsJsonAsync("/summits/sydney-2017/publications", new { members = new[] { "att" }, language = "qps" });
        var listed = (await client.GetFromJsonAsync<JsonElement>("/summits/sydney-2017/publications")).EnumerateArray().Single();

        Assert.Contains("세션과발표자", korean);
        Assert.Contains("11월7일화요일", korean);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("ja", publication.GetProperty("language").GetString());
        Assert.Equal("ja", listed.GetProperty("language").GetString());
        Assert.Contains("セッションと登壇者", japanese);
        Assert.Contains("11月7日火曜日", japanese);
        Assert.DoesNotContain("Sessionandspeakers", japanese);
        Assert.Contains("Sessionetintervenants", french);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("en, fr, ja, ko, zh-Hans", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Several_members_make_a_working_group_pdf_with_a_column_each_and_letter_paper_on_request()
    {
        var client = await ClientAsync();

        var pdf = await client.GetByteArrayAsync("/summits/sydney-2017/members/att/itinerary.pdf?members=ntt,skt,orange&paper=letter");

        using var doc = PdfDocument.Open(pdf);
        var text = Text(pdf);
        Assert.Contains("Workinggroupsessionsatthesummit", text);
        Assert.Contains("SessionsgivenbyAT&T,NTT,SKTelecomandOrange", text);
        Assert.Contains("Theworkinggroupisin3placesatonce,Tue7Nov11:40–11:50", text);
        Assert.Equal(612, doc.GetPage(1).Width);
    }

    [Theory]
    [InlineData("/summits/sydney-2017/members/att/itinerary.pdf?paper=a3", HttpStatusCode.BadRequest)]
    [InlineData("/summits/sydney-2017/members/att/itinerary.pdf?paper=7", HttpStatusCode.BadRequest)]
    [InlineData("/summits/sydney-2017/members/att/itinerary.pdf?members=ibm", HttpStatusCode.BadRequest)]
    [InlineData("/summits/sydney-2017/members/ibm/itinerary.pdf", HttpStatusCode.NotFound)]
    [InlineData("/summits/nowhere/members/att/itinerary.pdf", HttpStatusCode.NotFound)]
    public async Task Bad_requests_are_problems_not_pdfs(string url, HttpStatusCode expected)
    {
        var client = await ClientAsync();

        await client.GetProblemAsync(url, expected);
    }

    [Fact]
    public async Task An_attendee_prints_their_schedule_with_its_clashes_and_only_with_their_token()
    {
        var client = await ClientAsync();
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Hélène's Sydney" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, token) = (body.GetProperty("id").GetString(), body.GetProperty("token").GetString());
        foreach (var session in new[] { "19266", "19424", "20565" })
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/{session}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            using (await client.SendAsync(put))
            {
            }
        }

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}.pdf") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var response = await client.SendAsync(get);
        using var anonymous = await client.GetAsync($"/schedules/{id}.pdf");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}.pdf") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "not-it") } };
        using var wrongToken = await client.SendAsync(wrong);

        var text = Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Hélène'sSydney", text);
        Assert.Contains("3sessionsover2days;1clash,", text);
        Assert.Contains("YoupickedMurano", text.Replace("'", ""));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
    }
}
