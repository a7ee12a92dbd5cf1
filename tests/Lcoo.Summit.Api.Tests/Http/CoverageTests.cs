using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using UglyToad.PdfPig;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Coverage plans over HTTP: the Sydney working group with its own speakers, delegates' links, the coordinator's PDF, staleness after an import.</summary>
[Trait("Feature", "Coverage")]
public sealed class CoverageTests : ServiceOwner
{
    private async Task<(HttpClient Coordinator, HttpClient Anonymous)> ClientsAsync()
    {
        var service = Own(ApiFactory.OnSqlite(NewFolder()));
        return (await service.ReadyClientAsync(), service.CreateClient());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PlanAsync(HttpClient client, object body, string slug = "sydney-2017")
    {
        using var response = await client.PostAsJsonAsync($"/summits/{slug}/coverage", body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task The_working_group_covers_tuesdays_1140_group_with_three_people_who_get_their_own_calendars()
    {
        var (client, anonymous) = await ClientsAsync();

        var (status, plan) = await PlanAsync(client, new { });

        Assert.Equal(HttpStatusCode.Created, status);
        var sessions = plan.GetProperty("sessions").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        var who = new[] { "19266", "19424", "20053" }.Select(id => Assert.Single(sessions[id].GetProperty("delegates").EnumerateArray()).GetString()).ToList();
        Assert.Equal(3, who.Distinct().Count());
        var tuesday = plan.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2017-11-07");
        Assert.True(tuesday.GetProperty("needed").GetInt32() >= 3);
        Assert.Equal((0, 0), (plan.GetProperty("placesShort").GetInt32(), plan.GetProperty("sessionsShort").GetInt32()));
        Assert.True(plan.GetProperty("optimal").GetBoolean());
        Assert.False(plan.GetProperty("stale").GetBoolean());

        var delegateView = plan.GetProperty("delegates").EnumerateArray().Single(d => d.GetProperty("id").GetString() == who[0]);
        var calendar = Ical.Net.Calendar.Load(await anonymous.GetStringAsync(delegateView.GetProperty("calendar").GetString()))!;
        Assert.Equal(delegateView.GetProperty("sessions").EnumerateArray().Select(s => $"{s.GetString()}@sydney-2017").Order(), calendar.Events.Select(e => e.Uid).Order());
        Assert.StartsWith("webcal://", delegateView.GetProperty("subscribe").GetString());
    }

    [Fact]
    public async Task The_coordinators_pdf_shows_each_day_by_delegate_and_what_the_day_needs()
    {
        var (client, anonymous) = await ClientsAsync();
        var (_, plan) = await PlanAsync(client, new { members = new[] { "att", "ntt", "skt" }, delegates = new[] { new { name = "Ada Helper", company = "AT&T" } } });
        var pdfUrl = plan.GetProperty("links").GetProperty("pdf").GetString()!;

        using var response = await client.GetAsync(pdfUrl);
        using var refused = await anonymous.GetAsync(pdfUrl);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var doc = PdfDocument.Open(bytes);
        var text = string.Join(" ", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        File.WriteAllBytes(Path.Combine(Chromium.ScreenshotFolder, "coverage-sydney.pdf"), bytes);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Who goes where: AT&T, NTT and SK Telecom", text);
        Assert.Contains("Tuesday 7 November — who goes where", text);
        Assert.Contains("needs at least", text);
        Assert.Contains(plan.GetProperty("delegates").EnumerateArray().First(d => d.GetProperty("sessions").GetArrayLength() > 0).GetProperty("name").GetString()!.Split(' ')[0], text);
        Assert.Contains(plan.GetProperty("delegates").EnumerateArray(), d => d.GetProperty("name").GetString() == "Ada Helper" && d.GetProperty("member").GetString() == "att");
        var smallest = doc.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.PointSize);
        Assert.True(smallest >= 7 - 0.01, $"the smallest text is {smallest:0.0} pt, below what a printed page is read at");
    }

    [Fact]
    public async Task A_coordinator_deletes_a_plan_and_its_delegates_links_stop_working()
    {
        var (client, anonymous) = await ClientsAsync();
        var (_, plan) = await PlanAsync(client, new { members = new[] { "att" } });
        var self = plan.GetProperty("links").GetProperty("self").GetString()!;
        var calendar = plan.GetProperty("delegates").EnumerateArray().First(d => d.GetProperty("sessions").GetArrayLength() > 0).GetProperty("calendar").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(calendar)).StatusCode);

        using var refused = await anonymous.DeleteAsync(self);
        using var deleted = await client.DeleteAsync(self);
        using var again = await client.DeleteAsync(self);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(self)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(calendar)).StatusCode);
    }

    [Fact]
    public async Task The_coverage_pdf_comes_on_letter_paper_for_staff_in_the_us_and_says_what_paper_it_takes()
    {
        var (client, _) = await ClientsAsync();
        var (_, plan) = await PlanAsync(client, new { members = new[] { "att" } });
        var pdfUrl = plan.GetProperty("links").GetProperty("pdf").GetString()!;

        using var letter = await client.GetAsync(pdfUrl + "?paper=letter");
        using var wrong = await client.GetAsync(pdfUrl + "?paper=a5");
        using var doc = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.All(doc.GetPages(), p => Assert.Equal((612d, 792d), (p.Width, p.Height)));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("letter", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_import_that_moves_an_assigned_session_makes_the_plan_stale_and_says_which_assignment_broke()
    {
        var (client, _) = await ClientsAsync();
        var (_, plan) = await PlanAsync(client, new { });
        var id = plan.GetProperty("id").GetString();
        var assigned = plan.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "20581").GetProperty("delegates")[0].GetString();
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
        using (var moved = await client.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html")))
        {
            Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        }

        var now = await client.GetJsonAsync($"/summits/sydney-2017/coverage/{id}");
        var listed = Assert.Single((await client.GetJsonAsync("/summits/sydney-2017/coverage")).EnumerateArray());

        Assert.True(now.GetProperty("stale").GetBoolean());
        Assert.Equal((id, true, now.GetProperty("broken").GetArrayLength(), now.GetProperty("placesFilled").GetInt32()),
            (listed.GetProperty("id").GetString(), listed.GetProperty("stale").GetBoolean(), listed.GetProperty("broken").GetInt32(), listed.GetProperty("placesFilled").GetInt32()));
        Assert.False(listed.TryGetProperty("sessions", out _), "the list is in brief");
        var broken = Assert.Single(now.GetProperty("broken").EnumerateArray(), b => b.GetProperty("sessionId").GetString() == "20581");
        Assert.Equal(assigned, broken.GetProperty("delegateId").GetString());
        Assert.Contains("moved: Mon 11:35–12:15", broken.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Bad_requests_say_what_to_change()
    {
        var (client, anonymous) = await ClientsAsync();

        var (member, memberBody) = await PlanAsync(client, new { members = new[] { "nobody" } });
        var (minimum, minimumBody) = await PlanAsync(client, new { minimumPerSession = 0 });
        var (summit, _) = await PlanAsync(client, new { }, "nowhere-1999");
        using var refused = await anonymous.PostAsJsonAsync("/summits/sydney-2017/coverage", new { });

        Assert.Equal(HttpStatusCode.BadRequest, member);
        Assert.Contains("'nobody' is not a member company", memberBody.GetProperty("errors").GetProperty("members")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, minimum);
        Assert.True(minimumBody.GetProperty("errors").TryGetProperty("minimumPerSession", out _));
        Assert.Equal(HttpStatusCode.NotFound, summit);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
