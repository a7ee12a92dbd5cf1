using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Text;
using OpenQA.Selenium;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The planner's pages in the working group's languages: each page, its headers, its days as the culture writes them and
/// the switcher that keeps a choice; and in the pseudo-locale, every page (and the panel the script draws, with a clash
/// the API words) at laptop and phone sizes, with no word of the interface left in English and nothing overflowing.
/// </summary>
[Trait("Feature", "Planner")]
public sealed class PlannerLanguageTests : BrowserTests
{
    private const string Tuesday = "/plan/sydney-2017?day=2017-11-07";

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("en", "Tuesday 7 November", "Tue 7 Nov", "27 sessions")]
    [InlineData("fr", "mardi 7 novembre", "mar. 7 nov.", "27 sessions")]
    [InlineData("ja", "11月7日 火曜日", "11月7日(火)", "27 件のセッション")]
    [InlineData("ko", "11월 7일 화요일", "11월 7일 (화)", "세션 27개")]
    [InlineData("zh-Hans", "11月7日 星期二", "11月7日 周二", "27 场会议")]
    public async Task Each_page_is_in_the_chosen_language_with_days_as_its_culture_writes_them(string code, string day, string tab, string count)
    {
        var words = new Words(Language.Find(code)!);
        using var client = Service.Client();
        using var response = await client.GetAsync($"{Tuesday}&lang={code}");
        var plan = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var session = await PageAsync(client, $"/plan/sydney-2017/sessions/19266?lang={code}");
        var summits = await PageAsync(client, $"/?lang={code}");

        Assert.Equal([code], response.Content.Headers.ContentLanguage);
        Assert.Contains($"<html lang=\"{code}\">", plan, StringComparison.Ordinal);
        Assert.Contains($"{day}: {count}", plan, StringComparison.Ordinal);
        Assert.Contains(tab, plan, StringComparison.Ordinal);
        Assert.Contains($">{words["Plan.Member"]}", plan, StringComparison.Ordinal);
        Assert.Contains(words["Plan.PickIntro"], plan, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{code}\" hreflang=\"{code}\" aria-current=\"true\"", plan, StringComparison.Ordinal);
        Assert.Contains(words["Session.AddToCalendar"], session, StringComparison.Ordinal);
        Assert.Contains(words.Dates(new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 8)), summits, StringComparison.Ordinal);
        if (code != "en")
        {
            foreach (var english in new[] { "Member company", "Clear filters", "My schedule", "Add to calendar", "Skip to the schedule" })
            {
                Assert.DoesNotContain(english, plan + session, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_switcher_keeps_the_choice_in_a_cookie_and_sends_the_person_back_only_to_this_site()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) };

        using var chosen = await client.GetAsync($"/language/ja?back={Uri.EscapeDataString("/plan/sydney-2017?day=2017-11-07&lang=fr")}");
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/plan/sydney-2017?day=2017-11-07");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var japanese = await client.SendAsync(request);
        using var elsewhere = await client.GetAsync($"/language/ko?back={Uri.EscapeDataString("//evil.example/plan")}");
        using var unknown = await client.GetAsync("/language/de?back=/");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        // The page's own ?lang= would override the choice: the switcher sends the person back without it.
        Assert.Equal("/plan/sydney-2017?day=2017-11-07", chosen.Headers.Location?.OriginalString);
        Assert.Contains("HttpOnly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["ja"], japanese.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"ja\">", await japanese.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("en, fr, ja, ko, zh-Hans", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_lang_the_browsers_language_is_taken_and_the_api_answers_the_page_in_it()
    {
        using var client = Service.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, Tuesday);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("ko-KR"));
        using var korean = await client.SendAsync(request);
        using var clashes = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/clashes?kind=room");
        clashes.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        using var french = await client.SendAsync(clashes);
        var reasons = JsonDocument.Parse(await french.Content.ReadAsStringAsync()).RootElement.GetProperty("clashes").EnumerateArray()
            .Select(c => c.GetProperty("reason").GetString()!).ToList();

        Assert.Equal(["ko"], korean.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", korean.Headers.Vary);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Contains("est réservée en même temps pour", r, StringComparison.Ordinal));
    }

    public static TheoryData<int, int, bool> Sizes => new() { { 1280, 900, false }, { 390, 844, true } };

    /// <summary>The pages a person reads, by what they show: a day, the list, every day filtered, nothing found, a session, the changes, the summits, a page not found.</summary>
    private static readonly string[] Pages =
    [
        $"{Tuesday}&lang=qps", $"{Tuesday}&view=list&lang=qps", "/plan/sydney-2017?member=att&lang=qps", "/plan/sydney-2017?q=zzzz-nothing&lang=qps",
        "/plan/sydney-2017/sessions/19266?lang=qps", "/plan/sydney-2017/changes?lang=qps", "/?lang=qps", "/plan/sydney-2017/sessions/nothing-here?lang=qps",
    ];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task In_the_pseudo_locale_no_word_of_any_page_escapes_translation_and_nothing_overflows(int width, int height, bool phone)
    {
        var data = await DataAsync();
        using var chromium = new Chromium(width, height, phone);
        var problems = new List<string>();
        foreach (var page in Pages)
        {
            chromium.Browser.Navigate().GoToUrl($"{BaseUrl}{page}");
            chromium.WaitFor(() => chromium.Run<string>("return document.readyState;") == "complete", $"{page} loaded", "planner-pseudo");
            if (page.StartsWith(Tuesday, StringComparison.Ordinal) && !page.Contains("view=list", StringComparison.Ordinal))
            {
                PickTwoThatClash(chromium);
            }

            chromium.Screenshot($"planner-pseudo-{(phone ? "phone" : "laptop")}-{Array.IndexOf(Pages, page)}");
            problems.AddRange(PseudoText.Escaped(PseudoPages.Shown(chromium), data).Select(w => $"{page}: '{w}' untranslated"));
            problems.AddRange(PseudoPages.Overflowing(chromium).Select(o => $"{page}: {o}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Picks Murano and Kubespray (Tuesday 11:40, overlapping 20 minutes): the panel then holds the script's words and the API's clash reason.</summary>
    private static void PickTwoThatClash(Chromium chromium)
    {
        chromium.Run<object>("localStorage.clear(); return null;");
        chromium.Browser.Navigate().Refresh();
        foreach (var id in new[] { "19266", "20053" })
        {
            var button = chromium.Browser.FindElement(By.CssSelector($"#s-{id} button.pick"));
            chromium.WaitFor(() => button.Displayed, "the Pick buttons", "planner-pseudo");
            chromium.Run<object>("arguments[0].click(); return null;", button);
            chromium.WaitFor(() => button.GetAttribute("aria-pressed") == "true", $"{id} picked", "planner-pseudo");
        }

        chromium.WaitFor(() => chromium.Browser.FindElements(By.CssSelector("#my-schedule .clash")).Count > 0, "the clash in the panel", "planner-pseudo");
    }

    /// <summary>What the summit's data says (titles, rooms, tracks, people, companies, abstracts): words there are the source's, not ours.</summary>
    private async Task<IReadOnlyList<string>> DataAsync()
    {
        using var client = Service.Client();
        return await PseudoPages.DataAsync(client, "/summits/sydney-2017/sessions?limit=500", "/summits/sydney-2017", "/members", "/summits/sydney-2017/speakers?limit=500");
    }
}
