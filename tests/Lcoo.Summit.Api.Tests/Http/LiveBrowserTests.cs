using System.Net;
using System.Text;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Api.Tests.Infrastructure;
using OpenQA.Selenium;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// A live summit in real headless Chromium: a session moved by an import appears moved on the kiosk and in the planner
/// without a reload, pushed by the service's event stream (the kiosk's polling is set to ten minutes here, so only the
/// push can explain it).
/// </summary>
[Trait("Feature", "Changes")]
public sealed class LiveBrowserTests : BrowserTests
{
    private async Task MoveBirdsOfAFeatherAsync()
    {
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
        using var client = Service.CoordinatorClient();
        using var import = await client.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
    }

    private bool Script(string condition) => Browser.ExecuteScript($"return Boolean({condition});") is true;

    [Fact]
    public async Task The_kiosk_shows_a_moved_session_without_a_reload()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/kiosk/sydney-2017?at=2017-11-06T11:40:00%2B11:00&poll=600");
        Chromium.WaitFor(() => Script("document.querySelector(\"#now [data-id='20581']\")"), "the Birds of a Feather on now", "live-kiosk");
        Chromium.WaitFor(() => Script("document.body.classList.contains('live')"), "the kiosk listening", "live-kiosk");
        Browser.ExecuteScript("window.__notReloaded = true;");

        await MoveBirdsOfAFeatherAsync();

        Chromium.WaitFor(() => !Script("document.querySelector(\"#now [data-id='20581']\")"), "the moved session gone from now", "live-kiosk", seconds: 10);
        Chromium.Screenshot("live-kiosk-after-the-move");
        Assert.True(Script("window.__notReloaded"), "the page was reloaded");
    }

    [Fact]
    public async Task The_planner_shows_a_moved_session_and_says_what_changed_without_a_reload()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/plan/sydney-2017?day=2017-11-06");
        const string when = "document.querySelector(\".session[data-session='20581'] .when\")?.textContent ?? ''";
        Chromium.WaitFor(() => ((string)Browser.ExecuteScript($"return {when};")!).Contains("11:35", StringComparison.Ordinal), "the session at 11:35", "live-planner");
        Browser.FindElement(By.CssSelector(".session[data-session='20581'] button.pick")).Click();
        Chromium.WaitFor(() => Script("document.querySelector(\"#my-content li[data-session='20581']\")"), "the pick in the panel", "live-planner");
        Browser.ExecuteScript("window.__notReloaded = true;");

        await MoveBirdsOfAFeatherAsync();

        Chromium.WaitFor(() => ((string)Browser.ExecuteScript($"return {when};")!).Contains("12:35", StringComparison.Ordinal), "the session at 12:35", "live-planner", seconds: 10);
        var note = Browser.FindElement(By.CssSelector(".live-changes")).Text;
        Chromium.Screenshot("live-planner-after-the-move");
        Assert.Contains("LCOO 'Birds of a Feather' moved to Mon 12:35", note, StringComparison.Ordinal);
        Assert.True(Script("window.__notReloaded"), "the page was reloaded");
        Assert.True(Script("document.querySelector('button.pick') && !document.querySelector('button.pick').hidden"), "the redrawn page's pick buttons are not enabled");
        // The panel says what became of the pick, in the changelog's words, and the redrawn grid still shows it picked.
        Chromium.WaitFor(() => Script("document.querySelector('#my-content .since')"), "the panel's 'since you last looked'", "live-planner");
        Assert.Contains("LCOO 'Birds of a Feather' moved to Mon 12:35", Browser.FindElement(By.CssSelector("#my-content .since")).Text, StringComparison.Ordinal);
        Assert.True(Script("document.querySelector(\".session[data-session='20581']\").classList.contains('picked')"), "the redrawn grid lost the pick");
        Chromium.Screenshot("live-planner-panel-after-the-move");
    }

    [Fact]
    public async Task The_what_changed_page_lists_the_move_for_its_member_and_passes_axe()
    {
        await MoveBirdsOfAFeatherAsync();
        using var client = Service.Client();
        var member = (await client.GetJsonAsync("/summits/sydney-2017/sessions/20581")).GetProperty("members")[0].GetString();

        Browser.Navigate().GoToUrl($"{BaseUrl}/plan/sydney-2017/changes?member={member}");
        var moved = Browser.FindElement(By.CssSelector("li[data-session='20581']"));
        Chromium.Screenshot("live-what-changed");

        Assert.Equal("LCOO 'Birds of a Feather' moved to Mon 12:35 · Room not announced", moved.Text);
        Assert.Contains("Moved", moved.GetAttribute("data-kinds"), StringComparison.Ordinal);
        Assert.Empty(Chromium.AxeViolations());
    }
}
