using System.Net;
using System.Net.Http.Headers;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The kiosk in the working group's languages (a hall screen in Tokyo takes ?lang=ja): the page, its headers and the
/// answers it shows are in the screen's language, days as its culture writes them; and in the pseudo-locale, at every
/// screen size, no word of the screen escapes translation and nothing overflows with the longer text.
/// </summary>
[Trait("Feature", "Kiosk")]
public sealed class KioskLanguageTests : KestrelServiceTests
{
    private const string Tuesday = "2017-11-07T11:45:00%2B11:00";

    private const string Lunch = "2017-11-07T13:00:00%2B11:00";

    [Theory]
    [InlineData("en", "Sydney — on now", "On now", "Up next")]
    [InlineData("fr", "Sydney — en ce moment", "En ce moment", "À suivre")]
    [InlineData("ja", "Sydney — 開催中のセッション", "開催中", "次のセッション")]
    [InlineData("ko", "Sydney — 지금 진행 중", "진행 중", "다음 세션")]
    [InlineData("zh-Hans", "Sydney — 正在进行", "正在进行", "即将开始")]
    public async Task The_page_is_in_the_screens_language_and_says_so(string lang, string title, string onNow, string upNext)
    {
        using var client = Service.Client();
        using var page = await client.GetAsync($"/kiosk/sydney-2017?lang={lang}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([lang], page.Content.Headers.ContentLanguage);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.Contains($">{onNow} <span", html, StringComparison.Ordinal);
        Assert.Contains($">{upNext} <span", html, StringComparison.Ordinal);
        if (lang != "en")
        {
            Assert.DoesNotContain("Loading", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Rehearsal", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Offline", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_lang_the_browsers_language_is_taken_and_caches_are_told_it_varies()
    {
        using var client = Service.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/summits/sydney-2017/now?at={Lunch}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-CA"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en", 0.5));
        using var french = await client.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await french.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(["fr"], french.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", french.Headers.Vary);
        Assert.Equal(("fr", "Rien en ce moment — prochaine session à 13:50.", "mardi 7 novembre"),
            (body.GetProperty("language").GetString(), body.GetProperty("nothingOn").GetString(), body.GetProperty("today").GetString()));
        var korean = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/summits/sydney-2017/now?at={Lunch}&lang=ko")).RootElement;
        Assert.Equal(("지금 진행 중인 세션 없음 — 다음 세션 13:50.", "11월 7일 화요일"), (korean.GetProperty("nothingOn").GetString(), korean.GetProperty("today").GetString()));
    }

    [Fact]
    public async Task A_language_we_do_not_speak_is_refused_with_the_ones_we_do()
    {
        using var client = Service.Client();
        foreach (var url in new[] { "/kiosk/sydney-2017?lang=de", "/summits/sydney-2017/now?lang=zh-Hant" })
        {
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("en, fr, ja, ko, zh-Hans", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "Tuesday 7 November")]
    [InlineData("fr", "mardi 7 novembre")]
    [InlineData("ja", "11月7日 火曜日")]
    [InlineData("ko", "11월 7일 화요일")]
    [InlineData("zh-Hans", "11月7日 星期二")]
    public void The_screen_shows_its_day_and_headings_in_its_language(string lang, string day)
    {
        using var chromium = new Chromium(1920, 1080);
        chromium.Viewport(1920, 1080);
        chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/kiosk/sydney-2017?lang={lang}&at={Tuesday}");
        chromium.WaitFor(() => chromium.Run<long>("return document.querySelectorAll('#now .session').length;") > 0, "sessions on now", $"kiosk-{lang}");
        chromium.WaitFor(() => chromium.Run<string>("return document.getElementById('day').textContent;") == day, $"the day in {lang}", $"kiosk-{lang}");
        chromium.Screenshot($"kiosk-{lang}");
        // Each character of the screen's own words drawn in its element's font, against a code point no font has: one
        // that draws the same as that is a box (tofu), which is what Korean was before the machine had a Hangul font.
        var boxes = chromium.Run<IReadOnlyCollection<object>>("""
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = 64;
            const g = canvas.getContext('2d', { willReadFrequently: true });
            const draw = (ch, font) => { g.clearRect(0, 0, 64, 64); g.font = font; g.fillText(ch, 4, 48); return g.getImageData(0, 0, 64, 64).data.join(); };
            const out = [];
            for (const el of document.querySelectorAll('#day, h2, #rehearsal, .no-room, #now .empty')) {
              const font = getComputedStyle(el).font.replace(/\d+(\.\d+)?px/, '40px');
              const missing = draw('\u{10FFFD}', font);
              for (const ch of new Set([...el.textContent].filter((c) => c.codePointAt(0) > 0x2FF && c.trim()))) {
                if (draw(ch, font) === missing) out.push(`${el.id || el.className}: ${ch}`);
              }
            }
            return out;
            """).Cast<string>().ToList();

        Assert.Equal(lang, chromium.Run<string>("return document.documentElement.lang;"));
        Assert.True(boxes.Count == 0, $"drawn as boxes: {string.Join(" ", boxes)}");
    }

    public static TheoryData<int, int> Screens => KioskFitTests.Screens;

    [Theory]
    [MemberData(nameof(Screens))]
    public void In_the_pseudo_locale_no_word_of_the_screen_escapes_translation_and_nothing_overflows(int width, int height)
    {
        using var chromium = new Chromium(width, height);
        chromium.Viewport(width, height);
        foreach (var (at, what) in new[] { (Tuesday, "sessions"), (Lunch, "lunch"), ("2017-11-10T12:00:00%2B11:00", "after") })
        {
            chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/kiosk/sydney-2017?lang=qps&at={at}");
            // The day is written once the first answer is drawn.
            chromium.WaitFor(() => chromium.Run<string>("return document.getElementById('day').textContent;").Length > 0, $"the kiosk at {what}", "kiosk-pseudo");
            Thread.Sleep(300);
            chromium.Screenshot($"kiosk-pseudo-{width}x{height}-{what}");
            // Every text the screen itself says (not the sessions' titles, people, rooms or times: data) is bracketed pseudo text.
            var escaped = chromium.Run<IReadOnlyCollection<object>>("""
                const data = '.title, .people, .room, .floor, .time, #heading, #clock, #as-of, .pages';
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const out = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const t = n.textContent.trim();
                  if (!/[A-Za-z]/.test(t) || n.parentElement.closest(data)) continue;
                  if (!(t.startsWith('[') || t.endsWith(']'))) out.push(t);
                }
                if (!document.title.startsWith('[Sydney — ')) out.push('title: ' + document.title);
                return out;
                """).Cast<string>().ToList();
            var overflowing = chromium.Run<IReadOnlyCollection<object>>("""
                const out = [];
                for (const el of document.querySelectorAll('h1, h2, #day, .empty, .no-room, #rehearsal, #offline')) {
                  if (el.offsetParent === null) continue;
                  const r = el.getBoundingClientRect();
                  if (el.scrollWidth > el.clientWidth + 1 || r.right > innerWidth + 1 || r.left < -1) out.push(`${el.id || el.className}: ${el.textContent.trim().slice(0, 40)}`);
                }
                if (document.documentElement.scrollWidth > innerWidth + 1) out.push('the page is wider than the screen');
                return out;
                """).Cast<string>().ToList();

            Assert.True(escaped.Count == 0, $"{what} at {width}x{height}, untranslated: {string.Join(" | ", escaped)}");
            Assert.True(overflowing.Count == 0, $"{what} at {width}x{height}, overflowing: {string.Join(" | ", overflowing)}");
        }
    }
}
