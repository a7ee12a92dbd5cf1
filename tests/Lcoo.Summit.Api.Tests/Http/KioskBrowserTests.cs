using Lcoo.Summit.Api.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The kiosk display page in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
/// installs), served by the real service on a loopback port. Screenshots are kept in artifacts/test-results.
/// </summary>
[Trait("Feature", "Kiosk")]
public sealed class KioskBrowserTests : BrowserTests
{
    /// <summary>Read in one script call: the page re-renders every second, so elements found earlier may be gone.</summary>
    private string[] Titles(string box) =>
        [.. ((IEnumerable<object>)Browser.ExecuteScript($"return [...document.querySelectorAll('#{box} .session .title')].map(e => e.textContent);")!)
            .Select(o => (string)o)];

    private void WaitFor(Func<bool> condition, string what, int seconds = 15) => Chromium.WaitFor(condition, what, "kiosk", seconds);

    private string Screenshot(string name) => Chromium.Screenshot($"kiosk-{name}");

    [Fact]
    public void The_page_shows_the_sessions_on_at_a_given_instant_with_times_rooms_and_speakers()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/kiosk/sydney-2017?at=2017-11-07T11:45:00%2B11:00");

        WaitFor(() => Titles("now").Length == 3, "three sessions on now");
        var shot = Screenshot("sydney-tuesday-1145");

        Assert.Equal(["From Kubernetes to OpenStack - Kubespray, Helm and OpenStack", "Guaranteed Provisioning by the Resource Reservation with Blazar", "Murano - Project Update"],
            Titles("now").Order());
        var body = Browser.FindElement(By.TagName("body")).Text;
        Assert.Equal(("11:40–12:00", "C3.2"), (Browser.FindElement(By.CssSelector("#now [data-id='19266'] .time")).Text,
            Browser.FindElement(By.CssSelector("#now [data-id='19266'] .room")).Text));
        Assert.Contains("Felipe Monteiro (AT&T)", body);
        Assert.Contains("Kuryr - Project Update", string.Join("|", Titles("next")));
        Assert.Equal("11:45", Browser.FindElement(By.Id("clock")).Text);
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [Fact]
    public void One_rooms_screen_shows_only_that_room()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/kiosk/sydney-2017?room=C3.2&at=2017-11-07T11:45:00%2B11:00");

        WaitFor(() => Titles("now").Length == 1, "one session on now");
        Screenshot("sydney-c32");

        Assert.Equal(["Murano - Project Update"], Titles("now"));
        Assert.StartsWith("C3.2", Browser.FindElement(By.Id("heading")).Text);
    }

    [Fact]
    public void The_page_rolls_to_the_next_session_at_the_boundary_without_a_reload()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/kiosk/sydney-2017?at=2017-11-07T11:49:57%2B11:00");
        WaitFor(() => Titles("now").Length == 3, "three sessions on now");
        var marker = Browser.ExecuteScript("window.__notReloaded = true; return true;");

        WaitFor(() => Titles("now").Length == 2, "Guaranteed Provisioning ending at 11:50", seconds: 12);

        Assert.Equal(true, marker);
        Assert.DoesNotContain("Guaranteed Provisioning by the Resource Reservation with Blazar", Titles("now"));
        Assert.Equal(true, Browser.ExecuteScript("return window.__notReloaded === true;"));
    }

    [Fact]
    public void When_the_API_is_unreachable_the_page_keeps_the_last_answer_and_marks_itself_offline()
    {
        Browser.Navigate().GoToUrl($"{BaseUrl}/kiosk/sydney-2017?poll=2&at=2017-11-07T11:45:00%2B11:00");
        WaitFor(() => Titles("now").Length == 3, "three sessions on now");

        Browser.NetworkConditions = new ChromiumNetworkConditions { IsOffline = true, Latency = TimeSpan.FromMilliseconds(5) };
        WaitFor(() => Browser.FindElement(By.TagName("body")).GetAttribute("class")?.Contains("offline") == true, "the offline mark");
        Screenshot("offline");

        Assert.Equal(3, Titles("now").Length);
        var banner = Browser.FindElement(By.Id("offline"));
        Assert.True(banner.Displayed);
        Assert.Matches("as of 11:4[5-9]", banner.Text);
        Assert.True(banner.Size.Width >= Browser.Manage().Window.Size.Width * 0.9 || banner.Size.Width >= Convert.ToInt64(Browser.ExecuteScript("return innerWidth;")) - 1,
            "the offline banner spans the screen");
    }
}
