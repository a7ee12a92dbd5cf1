using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// Links as people use them: pasted into a real headless Chromium with no header and no cookie, served over a real
/// socket. A capability link opens the PDF until it is withdrawn; a published itinerary until the coordinator withdraws it.
/// </summary>
[Trait("Feature", "Planner")]
public sealed class ShareBrowserTests : BrowserTests
{
    /// <summary>Opens a link as a pasted URL; answers the document's media type once it has loaded.</summary>
    private string Open(string url, string shot)
    {
        Chromium.Browser.Navigate().GoToUrl(url);
        Chromium.WaitFor(() => Chromium.Run<string>("return document.readyState;") == "complete", "a loaded document", shot);
        var type = Chromium.Run<string>("return document.contentType;");
        if (type == "application/pdf")
        {
            // The viewer draws the pages after the document has loaded; the screenshot is for a person to look at.
            Thread.Sleep(TimeSpan.FromSeconds(2));
        }

        Chromium.Screenshot(shot);
        return type;
    }

    [Fact]
    public async Task A_schedules_read_link_opens_the_pdf_in_a_browser_and_stops_when_withdrawn()
    {
        using var client = Service.Client();
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "My Sydney" });
        var schedule = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, token) = (schedule.GetProperty("id").GetString(), schedule.GetProperty("token").GetString());
        using (var pick = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/19266") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } })
        using (var picked = await client.SendAsync(pick))
        {
            Assert.True(picked.IsSuccessStatusCode);
        }

        var pdf = schedule.GetProperty("share").GetProperty("pdf").GetString()!;
        var opened = Open(pdf, "share-pdf-open");
        using (var withdraw = new HttpRequestMessage(HttpMethod.Delete, $"/schedules/{id}/share") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } })
        using (var withdrawn = await client.SendAsync(withdraw))
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, withdrawn.StatusCode);
        }

        var afterwards = Open(pdf, "share-pdf-withdrawn");

        Assert.StartsWith(Service.BaseUrl + "/schedules/", pdf);
        Assert.Equal("application/pdf", opened);
        AssertReadablePage(afterwards, 404, "Schedule not found");
    }

    [Fact]
    public async Task A_published_member_itinerary_opens_for_anyone_until_it_is_withdrawn()
    {
        using var coordinator = Service.CoordinatorClient();
        using var published = await coordinator.PostAsJsonAsync("/summits/sydney-2017/publications", new { members = new[] { "att" }, paper = "letter" });
        var publication = await published.Content.ReadFromJsonAsync<JsonElement>();
        var url = publication.GetProperty("url").GetString()!;

        var opened = Open(url, "published-itinerary-open");
        using var withdrawn = await coordinator.DeleteAsync($"/summits/sydney-2017/publications/{publication.GetProperty("id").GetString()}");
        var afterwards = Open(url, "published-itinerary-withdrawn");

        Assert.Equal(System.Net.HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("application/pdf", opened);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, withdrawn.StatusCode);
        AssertReadablePage(afterwards, 404, "Not published");
        Assert.Contains("Ask the coordinator who gave it for a new one", Chromium.Run<string>("return document.body.innerText;"));
        using var program = await Service.Client().GetAsync(url);
        Assert.Equal("application/problem+json", program.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>What a person sees where a link stopped working: a page with the status, the problem's title and what to do.</summary>
    private void AssertReadablePage(string type, int status, string title)
    {
        Assert.Equal("text/html", type);
        Assert.Equal(status, Chromium.Run<long>("return performance.getEntriesByType('navigation')[0].responseStatus;"));
        Assert.Equal(title, Chromium.Browser.FindElement(OpenQA.Selenium.By.TagName("h1")).Text);
        Assert.Empty(Chromium.AxeViolations());
    }
}
