using Lcoo.Summit.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
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

    public Chromium(int width = 1280, int height = 900)
    {
        Assert.True(File.Exists(Driver) && File.Exists(Binary),
            "Headless Chromium is needed: apt-get install chromium chromium-driver (tests/install-deps installs them).");
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--window-size={width},{height}",
            "--lang=en-GB", $"--user-data-dir={_profile}");
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
