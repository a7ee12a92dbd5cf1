using Lcoo.Summit.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Lcoo.Summit.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;
using OpenQA.Selenium.Support.UI;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The kiosk display page in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
/// installs), served by the real service on a loopback port. Screenshots are kept in artifacts/test-results.
/// </summary>
public sealed class SqliteKioskBrowserTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-browser-").FullName;
    private ApiFactory? _service;
    private ChromeDriver? _browser;
    private string _base = "";

    public async ValueTask InitializeAsync()
    {
        _service = ApiFactory.OnSqlite(_root);
        _service.UseKestrel(0);
        _service.StartServer();
        _base = _service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        await ApiFactory.WaitForHealthAsync(http, System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        _browser = StartChromium();
    }

    private static ChromeDriver StartChromium()
    {
        const string driver = "/usr/bin/chromedriver";
        Assert.True(File.Exists(driver) && File.Exists("/usr/bin/chromium"),
            "Headless Chromium is needed: apt-get install chromium chromium-driver (.ci/run installs them).");
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
            $"--user-data-dir={Directory.CreateTempSubdirectory("lcoo-chromium-").FullName}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Read in one script call: the page re-renders every second, so elements found earlier may be gone.</summary>
    private string[] Titles(string box) =>
        [.. ((IEnumerable<object>)_browser!.ExecuteScript($"return [...document.querySelectorAll('#{box} .session .title')].map(e => e.textContent);")!)
            .Select(o => (string)o)];

    private void WaitFor(Func<bool> condition, string what, int seconds = 15)
    {
        try
        {
            new WebDriverWait(_browser!, TimeSpan.FromSeconds(seconds)).Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            Screenshot("failed");
            Assert.Fail($"The kiosk page never showed {what}: {_browser!.FindElement(By.TagName("body")).Text}");
        }
    }

    private string Screenshot(string name)
    {
        var folder = Path.Combine(Fixtures.RepoRoot, "artifacts", "test-results");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"kiosk-{name}.png");
        _browser!.GetScreenshot().SaveAsFile(path);
        return path;
    }

    [Fact]
    public void The_page_shows_the_sessions_on_at_a_given_instant_with_times_rooms_and_speakers()
    {
        _browser!.Navigate().GoToUrl($"{_base}/kiosk/sydney-2017?at=2017-11-07T11:45:00%2B11:00");

        WaitFor(() => Titles("now").Length == 3, "three sessions on now");
        var shot = Screenshot("sydney-tuesday-1145");

        Assert.Equal(["From Kubernetes to OpenStack - Kubespray, Helm and OpenStack", "Guaranteed Provisioning by the Resource Reservation with Blazar", "Murano - Project Update"],
            Titles("now").Order());
        var body = _browser.FindElement(By.TagName("body")).Text;
        Assert.Contains("11:40–12:00 · C3.2", body);
        Assert.Contains("Felipe Monteiro (AT&T)", body);
        Assert.Contains("Kuryr - Project Update", string.Join("|", Titles("next")));
        Assert.Equal("11:45", _browser.FindElement(By.Id("clock")).Text);
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [Fact]
    public void One_rooms_screen_shows_only_that_room()
    {
        _browser!.Navigate().GoToUrl($"{_base}/kiosk/sydney-2017?room=C3.2&at=2017-11-07T11:45:00%2B11:00");

        WaitFor(() => Titles("now").Length == 1, "one session on now");
        Screenshot("sydney-c32");

        Assert.Equal(["Murano - Project Update"], Titles("now"));
        Assert.StartsWith("C3.2", _browser.FindElement(By.Id("heading")).Text);
    }

    [Fact]
    public void The_page_rolls_to_the_next_session_at_the_boundary_without_a_reload()
    {
        _browser!.Navigate().GoToUrl($"{_base}/kiosk/sydney-2017?at=2017-11-07T11:49:57%2B11:00");
        WaitFor(() => Titles("now").Length == 3, "three sessions on now");
        var marker = _browser.ExecuteScript("window.__notReloaded = true; return true;");

        WaitFor(() => Titles("now").Length == 2, "Guaranteed Provisioning ending at 11:50", seconds: 12);

        Assert.Equal(true, marker);
        Assert.DoesNotContain("Guaranteed Provisioning by the Resource Reservation with Blazar", Titles("now"));
        Assert.Equal(true, _browser.ExecuteScript("return window.__notReloaded === true;"));
    }

    [Fact]
    public void When_the_API_is_unreachable_the_page_keeps_the_last_answer_and_marks_itself_offline()
    {
        _browser!.Navigate().GoToUrl($"{_base}/kiosk/sydney-2017?poll=2&at=2017-11-07T11:45:00%2B11:00");
        WaitFor(() => Titles("now").Length == 3, "three sessions on now");

        _browser.NetworkConditions = new ChromiumNetworkConditions { IsOffline = true, Latency = TimeSpan.FromMilliseconds(5) };
        WaitFor(() => _browser.FindElement(By.TagName("body")).GetAttribute("class")?.Contains("offline") == true, "the offline mark");
        Screenshot("offline");

        Assert.Equal(3, Titles("now").Length);
        Assert.True(_browser.FindElement(By.Id("offline")).Displayed);
    }

    public async ValueTask DisposeAsync()
    {
        _browser?.Quit();
        _browser?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
