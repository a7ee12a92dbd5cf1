using Lcoo.Summit.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;
using OpenQA.Selenium.Support.UI;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// Real headless Chromium (Debian's chromium and chromium-driver, which tests/install-deps installs) driven over
/// WebDriver. Screenshots go to artifacts/test-results, where CI keeps them.
/// </summary>
public sealed class Chromium : IDisposable
{
    private const string Driver = "/usr/bin/chromedriver";
    private const string Binary = "/usr/bin/chromium";
    private readonly string _profile = Directory.CreateTempSubdirectory("lcoo-chromium-").FullName;

    public ChromeDriver Browser { get; }

    /// <param name="phone">Emulate a phone's screen of <paramref name="width"/> × <paramref name="height"/> CSS pixels (a desktop window cannot be narrower than 500).</param>
    public Chromium(int width = 1280, int height = 900, bool phone = false)
    {
        Assert.True(File.Exists(Driver) && File.Exists(Binary),
            "Headless Chromium is needed: apt-get install chromium chromium-driver (tests/install-deps installs them).");
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--window-size={width},{height}",
            "--lang=en-GB", $"--user-data-dir={_profile}");
        if (phone)
        {
            options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings
            {
                Width = width, Height = height, PixelRatio = 2, EnableTouchEvents = true,
                UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36",
            });
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(Fixtures.RepoRoot, "artifacts", "test-results");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Saves what the page shows now as artifacts/test-results/{name}.png and returns the path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        Browser.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public T Run<T>(string script, params object[] args) => (T)Browser.ExecuteScript(script, args)!;

    /// <summary>Makes the page's viewport exactly this size (a headless window's includes room for the browser's own bars).</summary>
    public void Viewport(int width, int height) => Browser.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
    {
        ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
    });

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(NodeTools.PackageFile(Path.Combine("axe-core", "axe.min.js"))));

    /// <summary>
    /// An axe-core scan (WCAG 2.x A and AA rules and best practices) of the page as it is now: each violation as
    /// "impact rule: help (elements)".
    /// </summary>
    public IReadOnlyList<string> AxeViolations(params string[] impacts)
    {
        Browser.ExecuteScript(AxeSource.Value);
        Browser.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var json = (string)Browser.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] }).then(r => done(JSON.stringify(r.violations.map(v =>
                ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ")) })))));
            """)!;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray()
            .Where(v => impacts.Length == 0 || impacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} " +
                $"({string.Join("; ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))})")];
    }

    /// <summary>Waits for a condition; on timeout keeps a screenshot named <paramref name="shot"/> and fails with the page's text.</summary>
    public void WaitFor(Func<bool> condition, string what, string shot, int seconds = 15)
    {
        try
        {
            new WebDriverWait(Browser, TimeSpan.FromSeconds(seconds)).Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            Screenshot($"{shot}-failed");
            Assert.Fail($"The page never showed {what}: {Browser.FindElement(By.TagName("body")).Text}");
        }
    }

    public void Dispose()
    {
        Browser.Quit();
        Browser.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; the temp folder is cleaned with the machine.
        }
    }
}
