using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using OpenQA.Selenium;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The coordinators' console in the working group's languages, in real headless Chromium against the seeded service: in
/// French its shell, the script's sentences and the summit's days; in the pseudo-locale every tab with its content loaded
/// (an import's report, the deck's data problems, the members, Tuesday's clashes, a coverage plan, the live source), at
/// laptop and phone sizes, with no word of the console's English left and nothing overflowing.
/// </summary>
[Trait("Feature", "Console")]
public sealed class ConsoleLanguageTests : BrowserTests
{
    private static readonly string[] Tabs = ["summit", "import", "problems", "members", "clashes", "publish", "coverage", "live"];

    public static TheoryData<int, int, bool> Sizes => new() { { 1400, 1000, false }, { 390, 844, true } };

    private static void OpenConsole(Chromium chromium, string url, string shot)
    {
        chromium.Browser.Navigate().GoToUrl(url);
        chromium.WaitFor(() => chromium.Run<string>("return document.readyState;") == "complete", "the console's page", shot);
        chromium.Run<object>("sessionStorage.clear(); return null;");
        chromium.Browser.FindElement(By.Id("key")).SendKeys(ApiFactory.CoordinatorKey);
        chromium.Browser.FindElement(By.CssSelector("#key-form button")).Click();
        chromium.WaitFor(() => !chromium.Run<bool>("return document.getElementById('console').hidden;"), "the console", shot);
        chromium.WaitFor(() => chromium.Browser.FindElements(By.CssSelector("#past-imports table, #problems-list details, #member-list table, #lanes .lane")).Count >= 4
            && chromium.Run<string>("return document.getElementById('source-state').textContent;").Length > 0
            && chromium.Run<string>("return document.getElementById('webhooks').textContent;").Length > 0, "every tab loaded", shot, 30);
    }

    private static void Tab(Chromium chromium, string name, string shot)
    {
        chromium.Run<object>("location.hash = arguments[0]; return null;", $"#{name}");
        chromium.WaitFor(() => chromium.Browser.FindElement(By.Id(name)).Displayed, $"the {name} tab", shot);
    }

    [Fact]
    public void In_french_the_console_its_scripts_sentences_and_the_summits_days_are_french()
    {
        OpenConsole(Chromium, $"{BaseUrl}/console/sydney-2017?lang=fr", "console-fr");
        Tab(Chromium, "clashes", "console-fr");
        var days = Chromium.Run<string>("return [...document.querySelectorAll('#clash-day option')].map((o) => o.textContent).join(' | ');");
        Chromium.Run<object>("const s = document.getElementById('clash-day'); s.value = '2017-11-07'; s.dispatchEvent(new Event('change')); return null;");
        Chromium.WaitFor(() => Chromium.Browser.FindElement(By.Id("group-clashes")).Text.Contains("11:40", StringComparison.Ordinal), "Tuesday's group clashes", "console-fr");
        Chromium.Screenshot("console-fr-clashes");

        Assert.Equal("fr", Chromium.Run<string>("return document.documentElement.lang;"));
        Assert.StartsWith("Console des coordinateurs : ", Chromium.Browser.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Assert.Contains("mardi 7 novembre (", days, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ sessions publiées sur 3 jours ; version \d+\.$", Chromium.Browser.FindElement(By.Id("summit-state")).GetAttribute("textContent"));
        Assert.Contains("Là où le groupe est à plusieurs endroits à la fois", Chromium.Browser.FindElement(By.Id("clashes")).Text, StringComparison.Ordinal);
        // The API's reasons come back in the page's language too: the console asks in it.
        Assert.Contains("en même temps", Chromium.Browser.FindElement(By.Id("group-clashes")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task In_the_pseudo_locale_no_word_of_any_tab_escapes_translation_and_nothing_overflows(int width, int height, bool phone)
    {
        IReadOnlyList<string> data;
        using (var coordinator = Service.CoordinatorClient())
        {
            // The summit's data, and an import's report (what it found wrong in the sources, the clashes it made): kept as that import wrote it.
            var imports = await coordinator.GetFromJsonAsync<JsonElement>("/summits/sydney-2017/imports");
            data = await PseudoPages.DataAsync(coordinator, "/summits/sydney-2017/sessions?limit=500", "/summits/sydney-2017", "/members",
                "/summits/sydney-2017/speakers?limit=500", "/summits/sydney-2017/companies", "/summits/sydney-2017/problems",
                $"/summits/sydney-2017/imports/{imports[0].GetProperty("id").GetString()}");
        }

        var size = phone ? "phone" : "laptop";
        var shot = $"console-pseudo-{size}";
        using var chromium = new Chromium(width, height, phone);
        OpenConsole(chromium, $"{BaseUrl}/console/sydney-2017?lang=qps", shot);
        chromium.Run<object>("document.querySelector('#past-imports button').click(); return null;");
        chromium.WaitFor(() => chromium.Browser.FindElements(By.CssSelector("#past-imports .report")).Count > 0, "an import's report", shot);
        chromium.Run<object>("const s = document.getElementById('clash-day'); s.value = '2017-11-07'; s.dispatchEvent(new Event('change')); return null;");
        chromium.WaitFor(() => chromium.Browser.FindElements(By.CssSelector("#group-clashes li")).Count > 0, "Tuesday's group clashes", shot);
        Tab(chromium, "coverage", shot);
        chromium.Browser.FindElement(By.CssSelector("#coverage-form button[type=submit]")).Click();
        chromium.WaitFor(() => chromium.Browser.FindElements(By.CssSelector("#coverage-plan table")).Count > 0, "the coverage plan", shot, 30);

        var problems = new List<string>();
        foreach (var tab in Tabs)
        {
            Tab(chromium, tab, shot);
            chromium.Screenshot($"{shot}-{tab}");
            problems.AddRange(PseudoPages.Overflowing(chromium).Select(o => $"#{tab}: {o}"));
        }

        problems.AddRange(PseudoText.Escaped(PseudoPages.Shown(chromium), data).Select(w => $"'{w}' untranslated"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
