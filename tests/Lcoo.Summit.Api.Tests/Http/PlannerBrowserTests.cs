using System.Net;
using System.Net.Http.Headers;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The attendee planner as a person uses it, in real headless Chromium against the service on a real socket: browse,
/// filter, pick, read the clash, reload, take the schedule away; by mouse, by keyboard only, on a phone; axe-core scans.
/// Screenshots are kept in artifacts/test-results.
/// </summary>
[Trait("Feature", "Planner")]
public sealed class PlannerBrowserTests : BrowserTests
{
    protected override (int Width, int Height) Window => (1400, 1000);

    protected override async Task PrepareAsync()
    {
        using var coordinator = Service.CoordinatorClient();
        using var boston = new ByteArrayContent(Fixtures.Read("openstack-api/boston-2017.json"));
        boston.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var imported = await coordinator.PostAsync("/summits/boston-2017/imports", boston);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
    }

    /// <summary>Opens a page with nothing of an earlier test left in the browser.</summary>
    private void Fresh(string path)
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/");
        Browser.ExecuteScript("localStorage.clear();");
        Open(path);
    }

    private void Open(string path)
    {
        Browser.Navigate().GoToUrl(path.StartsWith("http", StringComparison.Ordinal) ? path : $"{BaseUrl}{path}");
        WaitFor(() => Chromium.Run<string>("return document.readyState;") == "complete", "a loaded page");
    }

    private void WaitFor(Func<bool> condition, string what, int seconds = 15) => Chromium.WaitFor(condition, what, "planner", seconds);

    private IWebElement Block(string sessionId) => Browser.FindElement(By.Id($"s-{sessionId}"));

    private bool Picked(string sessionId) => Block(sessionId).FindElement(By.CssSelector("button.pick")).GetAttribute("aria-pressed") == "true";

    private string Panel => Browser.FindElement(By.Id("my-schedule")).Text;

    [Fact]
    public void An_attendee_filters_tuesday_picks_two_sessions_reads_the_clash_and_keeps_the_picks_after_a_reload()
    {
        Fresh("/plan/sydney-2017");

        var tuesday = Browser.FindElement(By.PartialLinkText("Tue 7 Nov"));
        Assert.Equal("Tue 7 Nov 27 sessions", tuesday.GetAttribute("textContent"));
        tuesday.Click();
        WaitFor(() => Browser.Url.Contains("day=2017-11-07", StringComparison.Ordinal), "Tuesday");
        Browser.FindElement(By.CssSelector("select[name=member] option[value=att]")).Click();
        WaitFor(() => Browser.Url.Contains("member=att", StringComparison.Ordinal), "the AT&T filter in the URL");
        var shown = Browser.FindElements(By.CssSelector("article.session h3")).Select(h => h.Text).ToList();
        Block("19266").FindElement(By.CssSelector("button.pick")).Click();
        WaitFor(() => Picked("19266"), "Murano picked");
        Browser.FindElement(By.CssSelector("select[name=member] option[value=skt]")).Click();
        WaitFor(() => Browser.Url.Contains("member=skt", StringComparison.Ordinal), "the SK Telecom filter");
        Block("20053").FindElement(By.CssSelector("button.pick")).Click();
        WaitFor(() => Panel.Contains("Clash", StringComparison.Ordinal), "the clash in my schedule");
        Chromium.Screenshot("planner-panel-clash");
        var clash = Browser.FindElement(By.CssSelector("#my-schedule .clash")).Text;
        var kubespray = Browser.FindElement(By.CssSelector("#my-schedule li[data-session='20053'] .when")).Text;
        var badges = Browser.FindElements(By.CssSelector("#my-schedule .clash-badge")).Count;

        Browser.Navigate().Refresh();
        WaitFor(() => Panel.Contains("Murano", StringComparison.Ordinal), "my schedule after the reload");
        var subscribe = Browser.FindElement(By.Id("subscribe")).GetAttribute("href")!;
        var calendar = Chromium.Run<string>("return fetch(document.getElementById('ics').href).then(r => r.text());");
        var pdf = Chromium.Run<string>("return fetch(document.getElementById('pdf').href).then(r => r.headers.get('content-type'));");

        // A filter without a day looks at every day: AT&T's 15 sessions over the three days.
        Assert.Equal(15, shown.Count);
        Assert.Contains("Murano - Project Update", shown);
        Assert.Contains("'Murano - Project Update' in C3.2 and 'From Kubernetes to OpenStack - Kubespray, Helm and OpenStack', which overlap by 20 minutes, Tue 7 Nov 11:40–12:00", clash);
        Assert.True(Picked("20053"));
        Assert.Contains("Murano - Project Update", Panel);
        Assert.StartsWith($"webcal://127.0.0.1:{new Uri(BaseUrl).Port}/schedules/", subscribe);
        Assert.Contains("UID:19266@sydney-2017", calendar);
        Assert.Contains("UID:20053@sydney-2017", calendar);
        Assert.Equal("application/pdf", pdf);
        Assert.Contains("clashing", Block("20053").GetAttribute("class"));
        Assert.Equal("11:40–12:20 · Room not announced clashes", kubespray);
        Assert.Equal(2, badges);
    }

    [Fact]
    public void The_same_flow_works_with_the_keyboard_alone()
    {
        Fresh("/plan/sydney-2017?day=2017-11-06");
        var keys = new Actions(Browser);

        TabTo("a[href*='day=2017-11-07']", "the Tuesday tab");
        keys.SendKeys(Keys.Enter).Perform();
        WaitFor(() => Browser.Url.Contains("day=2017-11-07", StringComparison.Ordinal), "Tuesday");
        TabTo("select[name=member]", "the member filter");
        keys.SendKeys("AT&T").Perform();
        WaitFor(() => Browser.Url.Contains("member=att", StringComparison.Ordinal), "the AT&T filter");
        TabTo("#s-19266 button.pick", "Murano's Pick button");
        keys.SendKeys(Keys.Enter).Perform();
        WaitFor(() => Picked("19266"), "Murano picked by keyboard");
        Open("/plan/sydney-2017?day=2017-11-07&member=skt");
        TabTo("#s-20053 button.pick", "Kubespray's Pick button");
        keys.SendKeys(" ").Perform();
        WaitFor(() => Browser.FindElement(By.Id("announce")).GetAttribute("textContent")!.Contains("Clash", StringComparison.Ordinal), "the clash announced");

        Assert.Contains("overlap by 20 minutes", Browser.FindElement(By.Id("announce")).GetAttribute("textContent"));
        TabTo("#my-schedule .clash, #my-schedule a, #my-schedule button", "my schedule");
        Assert.Contains("Clash", Panel);
    }

    /// <summary>Presses Tab until the focus is on an element matching the selector (at most 300 times), as a keyboard user would.</summary>
    private void TabTo(string selector, string what)
    {
        for (var i = 0; i < 300; i++)
        {
            if (Chromium.Run<bool>("return document.activeElement !== null && document.activeElement.matches(arguments[0]);", selector))
            {
                var outline = Chromium.Run<string>("return getComputedStyle(document.activeElement).outlineStyle;");
                Assert.True(outline != "none", $"{what} has the focus but shows no focus ring");
                return;
            }

            new Actions(Browser).SendKeys(Keys.Tab).Perform();
        }

        Chromium.Screenshot("planner-keyboard-failed");
        Assert.Fail($"Tab never reached {what} ({selector}).");
    }

    [Fact]
    public void A_busy_boston_day_is_a_grid_with_a_column_per_room_and_blocks_at_least_as_long_as_their_sessions()
    {
        Fresh("/plan/boston-2017?day=2017-05-10");

        var rooms = Browser.FindElements(By.CssSelector(".plan .room")).Count;
        var geometry = Chromium.Run<IReadOnlyCollection<object>>("""
            return [...document.querySelectorAll('.plan article.session')].map(a => {
              const r = a.getBoundingClientRect();
              const [from, to] = a.querySelector('.when time').textContent.split('–');
              const minutes = t => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
              return [a.style.gridColumnStart, Math.round(r.top), Math.round(r.height), minutes(to) - minutes(from), Math.round(r.left)];
            });
            """).Select(o => ((IReadOnlyCollection<object>)o).Select(Convert.ToDouble).ToArray()).ToList();
        Chromium.Screenshot("planner-grid-boston");

        Assert.Equal(111, geometry.Count);
        Assert.Equal(17, rooms);
        // Time runs at 20 px per 5 minutes at least; rows grow where a short session's title and tags need more.
        Assert.All(geometry, g => Assert.True(g[2] + 2 >= (g[3] * 4) - 2, $"a {g[3]}-minute block is {g[2]} px tall"));
        Assert.All(geometry.GroupBy(g => g[0]), column => Assert.Single(column.Select(g => g[4]).Distinct()));
        var first = geometry.OrderBy(g => g[1]).First();
        Assert.True(first[1] > 0);
    }

    [Fact]
    public void On_a_phone_the_grid_is_a_list_that_fits_375_pixels()
    {
        using var phone = new Chromium(375, 812, phone: true);
        phone.Browser.Navigate().GoToUrl($"{BaseUrl}/plan/sydney-2017?day=2017-11-07");
        phone.WaitFor(() => phone.Run<string>("return document.readyState;") == "complete", "a loaded page", "planner-phone");

        var width = phone.Run<long>("return window.innerWidth;");
        var scrollWidth = phone.Run<long>("return document.documentElement.scrollWidth;");
        var boxes = phone.Run<IReadOnlyCollection<object>>("""
            return [...document.querySelectorAll('article.session')].map(a => { const r = a.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right), Math.round(r.top)]; });
            """).Select(o => ((IReadOnlyCollection<object>)o).Select(Convert.ToDouble).ToArray()).ToList();
        var pick = phone.Browser.FindElement(By.CssSelector("#s-19266 button.pick"));
        var pickUsable = pick.Displayed && pick.Size.Height >= 24;
        var filtersOpen = phone.Run<bool>("return document.querySelector('details.filter-panel').open;");
        var jump = phone.Browser.FindElement(By.CssSelector("a.jump"));
        var jumpUsable = jump.Displayed && jump.Size.Height >= 44 && jump.GetAttribute("href")!.EndsWith("#my-schedule", StringComparison.Ordinal);
        var firstSessionTop = boxes.Min(b => b[2]);
        phone.Screenshot("planner-phone-list");
        phone.Browser.Navigate().GoToUrl($"{BaseUrl}/plan/sydney-2017?day=2017-11-07&member=att");
        phone.WaitFor(() => phone.Run<string>("return document.readyState;") == "complete", "a filtered page", "planner-phone");
        var filteredOpen = phone.Run<bool>("return document.querySelector('details.filter-panel').open;");

        Assert.Equal(375, width);
        Assert.True(scrollWidth <= width, $"the page scrolls sideways: {scrollWidth} px wide in a {width} px window");
        Assert.Equal(27, boxes.Count);
        Assert.All(boxes, b => Assert.True(b[0] >= 0 && b[1] <= width, $"a session box spans {b[0]}–{b[1]}"));
        Assert.Single(boxes.Select(b => b[0]).Distinct());
        Assert.Equal(boxes.Select(b => b[2]).Order(), boxes.Select(b => b[2]));
        Assert.True(pickUsable, "the Pick button is a usable target");
        Assert.False(filtersOpen, "the filters fold away on a phone");
        Assert.True(firstSessionTop < 812, $"the first session starts at {firstSessionTop} px, below the first screen");
        Assert.True(jumpUsable, "a 'My schedule' link jumps past the sessions");
        Assert.True(filteredOpen, "filters that are set stay in view");
    }

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/plan/sydney-2017?day=2017-11-07", "plan")]
    [InlineData("/plan/sydney-2017/sessions/19266", "session")]
    [InlineData("/plan/boston-2017?day=2017-05-10&view=list", "plan-list")]
    public void Axe_finds_no_serious_or_critical_violations(string path, string name)
    {
        Fresh(path);
        if (name == "session")
        {
            Browser.FindElement(By.CssSelector("button.pick")).Click();
            WaitFor(() => Panel.Contains("Murano", StringComparison.Ordinal), "the pick in my schedule");
        }

        var violations = Chromium.AxeViolations("serious", "critical");
        Chromium.Screenshot($"planner-axe-{name}");

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void A_schedule_handed_to_another_device_opens_there_with_its_picks()
    {
        Fresh("/plan/sydney-2017?day=2017-11-07");
        Block("19266").FindElement(By.CssSelector("button.pick")).Click();
        WaitFor(() => Panel.Contains("Take it with you", StringComparison.Ordinal), "the links");
        var handover = Browser.FindElement(By.Id("another")).GetAttribute("value")!;

        using var other = new Chromium();
        other.Browser.Navigate().GoToUrl(handover);
        other.WaitFor(() => other.Browser.FindElement(By.Id("my-schedule")).Text.Contains("Murano", StringComparison.Ordinal), "the handed-over schedule", "planner-handover");

        Assert.DoesNotContain("#", other.Browser.Url);
        other.Browser.Navigate().GoToUrl($"{BaseUrl}/plan/sydney-2017?day=2017-11-07");
        other.WaitFor(() => other.Browser.FindElement(By.CssSelector("#s-19266 button.pick")).GetAttribute("aria-pressed") == "true", "Murano picked there", "planner-handover");
        Assert.Equal("true", other.Browser.FindElement(By.CssSelector("#s-19266 button.pick")).GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_pick_an_import_moved_says_so_in_my_schedule()
    {
        Fresh("/plan/sydney-2017?day=2017-11-06");
        Block("20581").FindElement(By.CssSelector("button.pick")).Click();
        WaitFor(() => Picked("20581"), "the pick");

        using var coordinator = Service.CoordinatorClient();
        var page = System.Text.Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
        using (var moved = await coordinator.PostAsync("/summits/sydney-2017/imports", new StringContent(page, System.Text.Encoding.UTF8, "text/html")))
        {
            Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        }

        Browser.Navigate().Refresh();
        WaitFor(() => Panel.Contains("Changed since you picked it", StringComparison.Ordinal), "the change in my schedule");
        Chromium.Screenshot("planner-panel-changed");

        Assert.Contains("start 11:35 → 12:35", Panel);
        Assert.Contains("12:35–13:15", Block("20581").Text);
    }
}
