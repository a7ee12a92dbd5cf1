using System.Net;
using System.Text.RegularExpressions;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>The planner's pages as the server renders them, before any script runs: what a search engine, a screen reader on a slow link or a browser without JavaScript gets.</summary>
[Trait("Feature", "Planner")]
public sealed partial class PlannerPageTests : ServiceOwner
{
    private async Task<HttpClient> ClientAsync()
    {
        var service = Own(ApiFactory.OnSqlite(NewFolder()));
        await service.ReadyClientAsync();
        return service.CreateClient();
    }

    private static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        // Razor writes characters outside ASCII as references (&#x2013;): compare what a browser shows.
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response);
    }

    [GeneratedRegex("<article class=\"session[^\"]*\" id=\"s-([^\"]+)\"")]
    private static partial Regex SessionIds();

    [Fact]
    public async Task A_filtered_day_is_rendered_on_the_server_with_the_filters_in_the_form_and_links()
    {
        var client = await ClientAsync();

        var (status, html, response) = await PageAsync(client, "/plan/sydney-2017?day=2017-11-07&member=att");
        var api = await client.GetJsonAsync("/summits/sydney-2017/sessions?day=2017-11-07&member=att&limit=100");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(api.Items().Select(s => s.GetProperty("id").GetString()).Order(), SessionIds().Matches(html).Select(m => m.Groups[1].Value).Order());
        Assert.Contains("<option value=\"att\" selected>AT&T</option>", html);
        Assert.Contains("href=\"/plan/sydney-2017?day=2017-11-08&member=att\"", html);
        Assert.Contains("Felipe Monteiro (AT&T)", html);
        Assert.Contains("11:40–12:00", html);
        Assert.Contains("<button type=\"button\" class=\"pick\" aria-pressed=\"false\" hidden", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_filter_keeps_its_choice_selected_whatever_its_case_and_an_unknown_value_selects_none()
    {
        var client = await ClientAsync();

        var (_, chosen, _) = await PageAsync(client, "/plan/sydney-2017?day=2017-11-07&room=c3.2");
        var (_, unknown, _) = await PageAsync(client, "/plan/sydney-2017?day=2017-11-07&room=Hall%20%3Cb%3E");
        var (_, plain, _) = await PageAsync(client, "/plan/sydney-2017?day=2017-11-07");

        Assert.Contains("<option selected>C3.2</option>", chosen);
        Assert.Single(Regex.Matches(chosen, "<option selected>"));
        Assert.DoesNotContain("<option selected>", unknown);
        Assert.DoesNotContain("<b>", unknown);
        Assert.DoesNotContain("<option selected>", plain);
        Assert.Contains("<option>C3.2</option>", plain);
    }

    [Fact]
    public async Task The_default_day_is_today_at_the_venue_during_the_summit_and_the_first_day_otherwise()
    {
        var client = await ClientAsync();

        var (_, during, _) = await PageAsync(client, "/plan/sydney-2017?at=2017-11-08T10:00:00%2B11:00");
        var (_, before, _) = await PageAsync(client, "/plan/sydney-2017");

        Assert.Contains("<a href=\"/plan/sydney-2017?day=2017-11-08&at=2017-11-08T10%3A00%3A00%2B11%3A00\" aria-current=\"page\">", during);
        Assert.Contains("class=\"now\"", during);
        Assert.Contains("Now, 10:00", during);
        Assert.Contains("<a href=\"/plan/sydney-2017?day=2017-11-06\" aria-current=\"page\">", before);
        Assert.DoesNotContain("class=\"now\"", before);
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_page_that_says_which_and_why_and_an_unknown_summit_or_session_a_404_page()
    {
        var client = await ClientAsync();

        var (badStatus, bad, _) = await PageAsync(client, "/plan/sydney-2017?day=Tuesday&member=nobody");
        var (summitStatus, summit, _) = await PageAsync(client, "/plan/nowhere-1999");
        var (sessionStatus, session, _) = await PageAsync(client, "/plan/sydney-2017/sessions/99999");
        var (notFoundStatus, _, _) = await PageAsync(client, "/not-found");

        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("role=\"alert\"", bad);
        Assert.Contains("'nobody' is not a member company", bad);
        Assert.Contains("'Tuesday' is not a date", bad);
        Assert.Equal(HttpStatusCode.NotFound, summitStatus);
        Assert.Contains("no summit 'nowhere-1999'", summit);
        Assert.Equal(HttpStatusCode.NotFound, sessionStatus);
        Assert.Contains("has no published session '99999'", session);
        Assert.Equal(HttpStatusCode.NotFound, notFoundStatus);
    }

    [Fact]
    public async Task A_session_page_has_the_abstract_speakers_members_and_the_summits_own_page()
    {
        var client = await ClientAsync();

        var (status, html, _) = await PageAsync(client, "/plan/sydney-2017/sessions/19266");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 id=\"title\">Murano - Project Update</h1>", html);
        Assert.Contains("Felipe Monteiro", html);
        Assert.Contains("<dt>Member companies</dt><dd>AT&T</dd>", html);
        var page = (await client.GetJsonAsync("/summits/sydney-2017/sessions/19266")).GetProperty("url").GetString();
        Assert.Contains($"href=\"{page}\"", html);
        Assert.Contains("href=\"/plan/sydney-2017?day=2017-11-07#s-19266\"", html);
    }

    [Fact]
    public async Task The_home_page_lists_the_summits_with_their_planners()
    {
        var client = await ClientAsync();

        var (status, html, _) = await PageAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/plan/sydney-2017\">Sydney</a>", html);
        var published = (await client.GetJsonAsync("/summits/sydney-2017/sessions?limit=1")).GetProperty("total").GetInt32();
        Assert.Contains($"{published} sessions", html);
    }
}
