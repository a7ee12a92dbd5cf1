using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The kiosk says something true at every moment: walked every 5 minutes from the day before Sydney 2017 to the day after
/// on four screens, with the page's clock injected (<c>lcooKiosk.rehearse</c>, what <c>?at=</c> does on load). At each
/// moment the sessions it shows on now are exactly those an independent reading of the session list has on at that
/// instant; an empty box says why in a sentence that fits the moment; no text is cut off or outside the screen.
/// </summary>
[Trait("Feature", "Kiosk")]
public sealed class KioskStatesTests : KestrelServiceTests
{
    private List<(string Id, DateTimeOffset Start, DateTimeOffset End)> _sessions = [];

    private static readonly TimeSpan Sydney = TimeSpan.FromHours(11);
    private static readonly DateTimeOffset From = new(2017, 11, 5, 0, 0, 0, Sydney);
    private static readonly DateTimeOffset To = new(2017, 11, 10, 0, 0, 0, Sydney);

    public static TheoryData<int, int> Screens => new() { { 1920, 1080 }, { 1080, 1920 }, { 1280, 720 }, { 800, 480 } };

    protected override async Task PrepareAsync()
    {
        using var client = Service.Client();
        var page = await client.GetFromJsonAsync<JsonElement>("/summits/sydney-2017/sessions?limit=500");
        _sessions = [.. page.GetProperty("items").EnumerateArray().Select(s => (s.GetProperty("id").GetString()!,
            DateTimeOffset.Parse(s.GetProperty("start").GetProperty("utc").GetString()!, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(s.GetProperty("end").GetProperty("utc").GetString()!, CultureInfo.InvariantCulture)))];
    }

    private const string Check = """
        const done = arguments[arguments.length - 1];
        window.lcooKiosk.rehearse(arguments[0]).then(() => {
          const problems = [];
          const visible = (el) => !el.closest('[hidden]') && el.getClientRects().length > 0;
          const ids = [...document.querySelectorAll('#now .session')].map((c) => c.dataset.id);
          const said = (id) => [...document.querySelectorAll(`#${id} .empty`)].map((e) => e.textContent.trim()).join(' ');
          for (const id of ['now', 'next']) {
            const box = document.getElementById(id);
            const b = box.getBoundingClientRect();
            if (box.textContent.includes('Loading')) problems.push(`${id} says Loading`);
            if (box.querySelectorAll('.session').length === 0 && said(id).length < 10) problems.push(`${id} is empty without a sentence`);
            for (const el of box.querySelectorAll('.title, .meta, .empty')) {
              if (!visible(el)) continue;
              const r = el.getBoundingClientRect();
              if (r.left < -0.5 || r.right > innerWidth + 0.5 || r.top < -0.5 || r.bottom > innerHeight + 0.5) problems.push(`${id}: '${el.textContent}' is outside the screen`);
              if (r.bottom > b.bottom + 0.5 || r.top < b.top - 0.5) problems.push(`${id}: '${el.textContent}' is cut off by its box`);
              if (el.scrollWidth > el.clientWidth + 1) problems.push(`${id}: '${el.textContent}' overflows sideways`);
            }
          }
          done({ problems, ids, nothingOn: said('now'), clock: document.getElementById('clock').textContent });
        }, (e) => done({ problems: [String(e)], ids: [], nothingOn: '', clock: '' }));
        """;

    [Theory]
    [MemberData(nameof(Screens))]
    public void At_every_five_minutes_from_the_day_before_to_the_day_after_the_kiosk_says_what_is_true(int width, int height)
    {
        using var chromium = new Chromium(width, height);
        chromium.Viewport(width, height);
        chromium.Browser.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(20);
        chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/kiosk/sydney-2017?at={Uri.EscapeDataString(From.ToString("O", CultureInfo.InvariantCulture))}&poll=3600");
        chromium.WaitFor(() => chromium.Run<bool>("return !!window.lcooKiosk;"), "the kiosk script", "kiosk-states");

        var failures = new List<string>();
        var (first, last) = (_sessions.Min(s => s.Start), _sessions.Max(s => s.End));
        var shots = new HashSet<DateTimeOffset> { new(2017, 11, 5, 12, 0, 0, Sydney), new(2017, 11, 7, 11, 45, 0, Sydney), new(2017, 11, 7, 13, 0, 0, Sydney),
            new(2017, 11, 7, 18, 20, 0, Sydney), new(2017, 11, 9, 12, 0, 0, Sydney) };
        for (var at = From; at < To && failures.Count < 20; at += TimeSpan.FromMinutes(5))
        {
            var iso = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            var result = (IReadOnlyDictionary<string, object>)chromium.Browser.ExecuteAsyncScript(Check, iso)!;
            var problems = ((IEnumerable<object>)result["problems"]).Cast<string>().ToList();
            var shown = ((IEnumerable<object>)result["ids"]).Cast<string>().Order(StringComparer.Ordinal).ToList();
            var truth = _sessions.Where(s => s.Start <= at && at < s.End).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
            if (!shown.SequenceEqual(truth))
            {
                problems.Add($"on now shows [{string.Join(",", shown)}], the schedule has [{string.Join(",", truth)}] on");
            }

            var nothingOn = (string)result["nothingOn"];
            if (truth.Count == 0)
            {
                var next = _sessions.Where(s => s.Start > at).OrderBy(s => s.Start).Select(s => (DateTimeOffset?)s.Start).FirstOrDefault();
                var expected = at >= last ? "ended" : next?.ToOffset(Sydney).ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";
                if (!nothingOn.Contains(expected, StringComparison.Ordinal) || (at < first && !nothingOn.Contains("start", StringComparison.Ordinal)))
                {
                    problems.Add($"nothing is on, and the screen says '{nothingOn}' (expected it to say {expected})");
                }
            }

            if ((string)result["clock"] != at.ToString("HH:mm", CultureInfo.InvariantCulture))
            {
                problems.Add($"the clock says {result["clock"]}");
            }

            if (shots.Contains(at) || problems.Count > 0)
            {
                chromium.Screenshot($"kiosk-states-{width}x{height}-{at:MMdd-HHmm}");
            }

            failures.AddRange(problems.Select(p => $"{width}x{height} at {iso}: {p}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
