using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// Invariants of the planner over every real summit here, not one example: on every day of Sydney, Boston and Barcelona,
/// at a laptop's and a phone's size, every session the API lists for that day has a card that is shown, lies within the
/// page, shows all it holds (title, time, people, member tags), and covers no other card; and a search or filter without
/// a day finds on the page exactly what the API finds over all days.
/// </summary>
[Trait("Feature", "Planner")]
public sealed partial class PlannerVisibilityTests : KestrelServiceTests
{

    private static readonly string[] Summits = ["sydney-2017", "boston-2017", "barcelona-2016"];

    protected override async Task PrepareAsync()
    {
        using var coordinator = Service.CoordinatorClient();
        foreach (var (slug, query) in new[] { ("boston-2017", ""), ("barcelona-2016", "?timeZone=Europe/Madrid") })
        {
            using var body = new ByteArrayContent(Fixtures.Read($"openstack-api/{slug}.json"));
            body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var imported = await coordinator.PostAsync($"/summits/{slug}/imports{query}", body);
            Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        }
    }

    /// <summary>The API's sessions of a summit by venue-local day: what the planner must show.</summary>
    private async Task<Dictionary<string, HashSet<string>>> SessionsByDayAsync(string slug, string query = "")
    {
        using var client = Service.Client();
        var byDay = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/summits/{slug}/sessions?limit=500{query}{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            foreach (var s in page.GetProperty("items").EnumerateArray())
            {
                var day = s.GetProperty("start").GetProperty("local").GetString()![..10];
                (byDay.TryGetValue(day, out var ids) ? ids : byDay[day] = []).Add(s.GetProperty("id").GetString()!);
            }

            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return byDay;
    }

    private const string Cards = """
        return [...document.querySelectorAll('article.session[data-session]')].map((c) => {
          const r = c.getBoundingClientRect(), style = getComputedStyle(c);
          const scroller = c.closest('.plan');
          const s = scroller.getBoundingClientRect();
          return [c.dataset.session, r.left, r.top, r.right, r.bottom, style.display === 'none' || style.visibility === 'hidden' ? 0 : 1,
            c.scrollHeight - c.clientHeight, c.scrollWidth - c.clientWidth,
            r.left - s.left + scroller.scrollLeft, r.right - s.left + scroller.scrollLeft, Math.max(scroller.scrollWidth, s.width),
            r.top - s.top + scroller.scrollTop, r.bottom - s.top + scroller.scrollTop, Math.max(scroller.scrollHeight, s.height),
            s.left + scrollX, s.right + scrollX, document.documentElement.scrollWidth, c.querySelector('h3').textContent];
        });
        """;

    public static TheoryData<string, int, int, bool> Screens()
    {
        var data = new TheoryData<string, int, int, bool>();
        foreach (var slug in Summits)
        {
            data.Add(slug, 1366, 768, false);
            data.Add(slug, 390, 844, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_session_of_every_day_has_a_whole_card_that_covers_no_other(string slug, int width, int height, bool phone)
    {
        var byDay = await SessionsByDayAsync(slug);
        using var chromium = new Chromium(width, height, phone);
        var failures = new List<string>();
        foreach (var (day, expected) in byDay.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/plan/{slug}?day={day}");
            chromium.WaitFor(() => chromium.Run<string>("return document.readyState;") == "complete", "the page", "planner-visible");
            chromium.Screenshot($"planner-visible-{slug}-{day}-{width}x{height}");
            var cards = chromium.Run<IReadOnlyCollection<object>>(Cards).Select(o => ((IReadOnlyCollection<object>)o).ToArray()).Select(a => new Card(
                (string)a[0], D(a[1]), D(a[2]), D(a[3]), D(a[4]), D(a[5]) > 0, D(a[6]), D(a[7]), D(a[8]), D(a[9]), D(a[10]), D(a[11]), D(a[12]), D(a[13]),
                D(a[14]), D(a[15]), D(a[16]), (string)a[17])).ToList();
            var where = $"{slug} {day} at {width}x{height}";

            var shown = cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            failures.AddRange(expected.Except(shown).Select(id => $"{where}: session {id} has no card"));
            failures.AddRange(shown.Except(expected).Select(id => $"{where}: card {id} is not a session of that day"));
            foreach (var c in cards)
            {
                if (!c.Displayed || c.Right - c.Left < 8 || c.Bottom - c.Top < 8)
                {
                    failures.Add($"{where}: '{c.Title}' ({c.Id}) is not shown ({c.Right - c.Left:0}x{c.Bottom - c.Top:0})");
                }

                if (c.ClippedDown > 1 || c.ClippedSideways > 1)
                {
                    failures.Add($"{where}: '{c.Title}' ({c.Id}) is cut off: {c.ClippedDown:0}px of it below its box, {c.ClippedSideways:0}px beside it");
                }

                // Inside the day's grid (which scrolls both ways on a laptop), and the grid inside the page's width.
                if (c.InScrollerLeft < -0.5 || c.InScrollerRight > c.ScrollerWidth + 0.5 || c.InScrollerTop < -0.5 || c.InScrollerBottom > c.ScrollerHeight + 0.5
                    || c.ScrollerPageLeft < -0.5 || c.ScrollerPageRight > c.PageWidth + 0.5)
                {
                    failures.Add($"{where}: '{c.Title}' ({c.Id}) lies outside the page");
                }
            }

            // Sorted by left edge, each card is compared with those that start before it ends: every overlap is found.
            var byLeft = cards.OrderBy(c => c.Left).ToList();
            for (var i = 0; i < byLeft.Count; i++)
            {
                for (var j = i + 1; j < byLeft.Count && byLeft[j].Left < byLeft[i].Right - 0.5; j++)
                {
                    var (a, b) = (byLeft[i], byLeft[j]);
                    if (a.Top < b.Bottom - 0.5 && b.Top < a.Bottom - 0.5)
                    {
                        failures.Add($"{where}: '{a.Title}' ({a.Id}) and '{b.Title}' ({b.Id}) cover each other");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    public static TheoryData<string, string> Searches => new()
    {
        { "sydney-2017", "q=kubernetes" }, { "sydney-2017", "speaker=Alan%20Meadows" }, { "sydney-2017", "member=att" }, { "sydney-2017", "member=ntt" },
        { "sydney-2017", "q=project%20update" }, { "sydney-2017", "q=edge" }, { "sydney-2017", "type=Presentation" }, { "sydney-2017", "q=zzzz-nothing" },
        { "boston-2017", "q=kubernetes" }, { "boston-2017", "q=nfv" }, { "boston-2017", "track=Containers" }, { "boston-2017", "member=att" },
        { "boston-2017", "speaker=Jonathan%20Bryce" }, { "boston-2017", "q=ceph&member=ntt" }, { "barcelona-2016", "q=kubernetes" },
        { "barcelona-2016", "q=neutron" }, { "barcelona-2016", "member=att" }, { "barcelona-2016", "speaker=Mark%20Collier" },
        { "barcelona-2016", "q=telco" }, { "barcelona-2016", "track=Containers&q=docker" },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task A_search_without_a_day_shows_every_days_matches_and_the_tabs_count_them(string slug, string query)
    {
        var api = await SessionsByDayAsync(slug, "&" + query);
        using var client = Service.Client();

        var html = await client.GetStringAsync($"/plan/{slug}?{query}");

        var shown = CardId().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(api.Values.SelectMany(v => v).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        foreach (var (day, ids) in api)
        {
            var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Contains($"{date.ToString("ddd d MMM", CultureInfo.InvariantCulture)}", html);
            Assert.Matches(new Regex($"day={day}[^\"]*\">[^<]*<span class=\"count\">{ids.Count} sessions? matching</span>"), html);
        }
    }

    [Fact]
    public async Task A_session_page_says_when_the_room_is_not_announced_and_adds_that_one_event_to_a_calendar()
    {
        using var client = Service.Client();

        var noRoom = await client.GetStringAsync("/plan/sydney-2017/sessions/20053");
        var withRoom = await client.GetStringAsync("/plan/sydney-2017/sessions/19266");
        var calendar = await client.GetStringAsync("/summits/sydney-2017/sessions/19266.ics");

        Assert.Contains("Room not announced", noRoom);
        Assert.Contains("C3.2, Level 3 Convention Center", withRoom);
        Assert.Contains("href=\"/summits/sydney-2017/sessions/19266.ics\"", withRoom);
        Assert.Single(Regex.Matches(calendar, "BEGIN:VEVENT"));
        Assert.Contains("UID:19266@sydney-2017", calendar);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/summits/sydney-2017/sessions/nope.ics")).StatusCode);
    }

    [GeneratedRegex("<article class=\"session[^\"]*\" id=\"s-[^\"]*\" style=\"[^\"]*\" data-session=\"([^\"]*)\"")]
    private static partial Regex CardId();

    private static double D(object o) => Convert.ToDouble(o, CultureInfo.InvariantCulture);

    private sealed record Card(string Id, double Left, double Top, double Right, double Bottom, bool Displayed, double ClippedDown, double ClippedSideways,
        double InScrollerLeft, double InScrollerRight, double ScrollerWidth, double InScrollerTop, double InScrollerBottom, double ScrollerHeight,
        double ScrollerPageLeft, double ScrollerPageRight, double PageWidth, string Title);
}
