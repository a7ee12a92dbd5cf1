using System.Net;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The kiosk screen on the screens venues have (landscape and portrait, large and small) with 1, 4 and 12 sessions on
/// now: every title shown lies inside the screen and inside its box, at a legible size, every session is shown in turn,
/// and "Up next" is always on screen. Checked from element geometry in real headless Chromium; screenshots kept.
/// </summary>
[Trait("Feature", "Kiosk")]
public sealed class KioskFitTests : KestrelServiceTests
{

    public static TheoryData<int, int> Screens => new() { { 1920, 1080 }, { 1080, 1920 }, { 768, 1366 }, { 1280, 720 } };

    private static readonly int[] Counts = [1, 4, 12];

    protected override async Task PrepareAsync()
    {
        using var coordinator = Service.CoordinatorClient();
        foreach (var count in Counts)
        {
            using var body = new StringContent(Summit(count), Encoding.UTF8, "application/json");
            using var imported = await coordinator.PostAsync($"/summits/fit-{count}/imports", body);
            Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        }
    }

    /// <summary>A frab schedule with <paramref name="onNow"/> long-titled sessions from 11:00 to 12:00 and four after them.</summary>
    private static string Summit(int onNow)
    {
        object Event(int i, string start, string duration, string room, string title) => new
        {
            guid = $"e{i}", id = i, date = $"2026-06-10T{start}:00+02:00", start, duration, room, title, type = "talk",
            persons = new[] { new { name = $"Speaker Number{i} With A Long Name", guid = $"p{i}" }, new { name = $"Co-Speaker {i}", guid = $"q{i}" } },
        };
        var events = Enumerable.Range(1, onNow).Select(i => Event(i, "11:00", "01:00", $"Hall {i}",
                $"Session {i}: operating large OpenStack clouds across regions, with lessons from a year of upgrades"))
            .Concat(Enumerable.Range(1, 4).Select(i => Event(100 + i, "12:00", "00:30", $"Hall {i}", $"After {i}: what comes next for the edge")))
            .ToList();
        var rooms = events.GroupBy(e => (string)e.GetType().GetProperty("room")!.GetValue(e)!).ToDictionary(g => g.Key, g => g.ToList());
        return JsonSerializer.Serialize(new
        {
            schedule = new
            {
                version = "1",
                conference = new
                {
                    acronym = $"fit{onNow}", title = $"Fit {onNow}", start = "2026-06-10", end = "2026-06-10", daysCount = 1, timeslot_duration = "00:05",
                    time_zone_name = "Europe/Berlin",
                    days = new[] { new { index = 1, date = "2026-06-10", rooms } },
                },
            },
        });
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void Every_session_on_now_is_shown_in_turn_inside_the_screen_and_up_next_stays_in_view(int width, int height)
    {
        using var chromium = new Chromium(width, height);
        chromium.Viewport(width, height);
        foreach (var count in Counts)
        {
            chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/kiosk/fit-{count}?at=2026-06-10T11:15:00%2B02:00&cycle=2");
            chromium.WaitFor(() => chromium.Run<long>("return document.querySelectorAll('#now .session').length;") == count, $"{count} sessions on now", "kiosk-fit");
            Thread.Sleep(300);
            chromium.Screenshot($"kiosk-fit-{width}x{height}-{count}");

            var seen = new HashSet<string>();
            var pages = Math.Max(1, PageCount(chromium));
            for (var turn = 0; turn < pages; turn++)
            {
                var shown = Geometry(chromium);
                Assert.All(shown.Where(c => c.Box == "now" || c.Box == "next"), c =>
                {
                    Assert.True(c.Top >= 0 && c.Bottom <= c.ViewportHeight + 0.5 && c.Left >= 0 && c.Right <= c.ViewportWidth + 0.5,
                        $"{width}x{height}, {count} on now: '{c.Title}' lies at {c.Left:0},{c.Top:0}–{c.Right:0},{c.Bottom:0}, outside the screen");
                    Assert.True(c.Bottom <= c.BoxBottom + 0.5 && c.Top >= c.BoxTop - 0.5,
                        $"{width}x{height}, {count} on now: '{c.Title}' is clipped by its box ({c.Top:0}–{c.Bottom:0} in {c.BoxTop:0}–{c.BoxBottom:0})");
                    Assert.True(c.FontPx >= 26 - 0.5, $"{width}x{height}: '{c.Title}' is set at {c.FontPx:0.0}px, below the floor");
                });
                Assert.Contains(shown, c => c.Box == "next");
                seen.UnionWith(shown.Where(c => c.Box == "now").Select(c => c.Id));
                if (turn < pages - 1)
                {
                    var before = string.Join(",", shown.Where(c => c.Box == "now").Select(c => c.Id));
                    chromium.WaitFor(() => string.Join(",", Geometry(chromium).Where(c => c.Box == "now").Select(c => c.Id)) != before, "the next page", "kiosk-fit", seconds: 6);
                }
            }

            Assert.Equal((width, height), ((int)chromium.Run<long>("return innerWidth;"), (int)chromium.Run<long>("return innerHeight;")));
            Assert.Equal(count, seen.Count);
            var upNext = chromium.Run<IReadOnlyDictionary<string, object>>(
                "const r = document.getElementById('next-heading').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, h: innerHeight };");
            Assert.True(Convert.ToDouble(upNext["bottom"]) <= Convert.ToDouble(upNext["h"]) && Convert.ToDouble(upNext["top"]) >= 0, $"{width}x{height}: 'Up next' is off screen");
        }
    }

    [Fact]
    public void Sessions_at_the_same_time_are_in_room_order_as_people_count_rooms()
    {
        using var chromium = new Chromium(1920, 1080);
        chromium.Viewport(1920, 1080);
        chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/kiosk/fit-12?at=2026-06-10T11:15:00%2B02:00");
        chromium.WaitFor(() => chromium.Run<long>("return document.querySelectorAll('#now .session').length;") == 12, "12 sessions on now", "kiosk-fit");

        var rooms = chromium.Run<IReadOnlyCollection<object>>("return [...document.querySelectorAll('#now .session .room')].map(r => r.textContent);");

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Hall {i}"), rooms.Cast<string>());
    }

    private static int PageCount(Chromium chromium)
    {
        var label = chromium.Run<string>("return document.getElementById('now-pages').textContent;");
        return label.Contains('/', StringComparison.Ordinal) ? int.Parse(label.Split('/')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture) : 1;
    }

    private sealed record Shown(string Box, string Id, string Title, double Left, double Top, double Right, double Bottom, double BoxTop, double BoxBottom,
        double ViewportWidth, double ViewportHeight, double FontPx);

    private static List<Shown> Geometry(Chromium chromium) => [.. chromium.Run<IReadOnlyCollection<object>>("""
        return [...document.querySelectorAll('.cards .session')].filter(c => !c.hidden).map(c => {
          const t = c.querySelector('.title'), r = t.getBoundingClientRect(), b = c.parentElement.getBoundingClientRect();
          return [c.parentElement.id, c.dataset.id, t.textContent, r.left, r.top, r.right, r.bottom, b.top, b.bottom, innerWidth, innerHeight, parseFloat(getComputedStyle(t).fontSize)];
        });
        """).Select(o => ((IReadOnlyCollection<object>)o).ToArray()).Select(a => new Shown((string)a[0], (string)a[1], (string)a[2],
            Convert.ToDouble(a[3]), Convert.ToDouble(a[4]), Convert.ToDouble(a[5]), Convert.ToDouble(a[6]), Convert.ToDouble(a[7]), Convert.ToDouble(a[8]),
            Convert.ToDouble(a[9]), Convert.ToDouble(a[10]), Convert.ToDouble(a[11])))];
}
