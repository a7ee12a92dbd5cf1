using System.Globalization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Itineraries;

/// <summary>
/// Lays an <see cref="Itinerary"/> out as PDF pages: a title page, a day-at-a-glance page per day (coordinators
/// look there first), then each day as a table of time, title (linked), room and speakers, with clash marks
/// and footnotes. Page numbers "n / N" and the summit in every footer.
/// </summary>
public static class ItineraryRenderer
{
    internal const float Margin = 36;
    internal static readonly CultureInfo English = Phrases.English;

    /// <param name="ct">Checked between days and rows: a render stops when its request is gone or over its time budget.</param>
    public static byte[] Render(Itinerary itinerary, CancellationToken ct = default)
    {
        var size = PdfPage.SizeOf(itinerary.Paper);
        var zone = itinerary.Snapshot.Zone;
        var days = itinerary.Sessions.GroupBy(s => VenueTime.VenueDay(s.Start, zone)).OrderBy(g => g.Key).ToList();
        var marks = ClashMarks.Number(itinerary.Clashes);

        var glances = days.Where(day => DayGlance.Helps(itinerary, [.. day])).ToList();
        var pages = new List<PdfPage> { TitlePage(itinerary, size, days.Count, marks.Count, glances.Count > 0) };
        foreach (var day in glances)
        {
            ct.ThrowIfCancellationRequested();
            pages.Add(DayGlance.Page(itinerary, size, day.Key, [.. day], marks));
        }

        var tables = new DayTables(itinerary, size, marks, ct);
        foreach (var day in days)
        {
            tables.Add(day.Key, [.. day]);
        }

        pages.AddRange(tables.Pages);
        var summit = itinerary.Snapshot.Summit;
        return PdfWriter.Write(pages, $"{itinerary.Title} — {summit.Name}", $"{summit.Name} · {itinerary.Title}", itinerary.GeneratedAt);
    }

    private static PdfPage TitlePage(Itinerary it, SKSize size, int dayCount, int clashCount, bool glances)
    {
        var page = new PdfPage(size);
        var summit = it.Snapshot.Summit;
        var width = size.Width - 2 * Margin;
        page.Box(new SKRect(0, 0, size.Width, 12), Palette.Accent);
        var y = 140f;
        page.Text(summit.Name, Margin, y, new TextStyle(14, Color: Palette.Muted));
        y += 40;
        foreach (var line in TextRuns.Wrap(it.Title, new TextStyle(28, Bold: true), width))
        {
            page.Text(line, Margin, y, new TextStyle(28, Bold: true));
            y += 34;
        }

        foreach (var line in TextRuns.Wrap(it.Subtitle, new TextStyle(14), width))
        {
            page.Text(line, Margin, y, new TextStyle(14));
            y += 20;
        }

        y += 30;
        var facts = new List<string>
        {
            $"{Phrases.Dates(summit.StartDate, summit.EndDate)}{(summit.Venue is null ? "" : $" · {summit.Venue}")}",
            $"Times are local to the venue ({summit.TimeZoneId}).",
            $"{Phrases.Count(it.Sessions.Count, "session")} over {Phrases.Count(dayCount, "day")}; " +
                (clashCount == 0 ? "no clashes." : $"{Phrases.Count(clashCount, "clash", "clashes")}, marked ⚠ beside the sessions involved."),
            $"Generated {VenueTime.ToVenue(it.GeneratedAt, it.Snapshot.Zone).ToString("dddd d MMMM yyyy, HH:mm", English)} venue time.",
        };
        foreach (var fact in facts)
        {
            foreach (var line in TextRuns.Wrap(fact, new TextStyle(11, Color: Palette.Muted), width))
            {
                page.Text(line, Margin, y, new TextStyle(11, Color: Palette.Muted));
                y += 16;
            }
        }

        page.Line(Margin, y + 10, size.Width - Margin, y + 10, Palette.Rule, 1);
        page.Text(glances
                ? "First, the busy days at a glance: one block a session, as tall as it is long, so overlaps are seen. Then each day in full."
                : "Each day in full: time, title, room and speakers, clashes marked.",
            Margin, y + 30, new TextStyle(9, Color: Palette.Muted));
        return page;
    }

    internal static string Local(DateTimeOffset t, TimeZoneInfo zone) => VenueTime.ToVenue(t, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static string People(Session s, SummitSnapshot snapshot) => string.Join(", ", s.Speakers
        .Select(p => snapshot.FindSpeaker(p.SpeakerId))
        .OfType<Speaker>()
        .Select(p => p.Company is null ? p.Name : $"{p.Name} ({p.Company})"));
}

/// <summary>Numbers the clashes (1, 2, …) and tells, for each session, the clash numbers it takes part in.</summary>
internal sealed class ClashMarks
{
    private readonly Dictionary<string, List<int>> _bySession = new(StringComparer.Ordinal);

    public IReadOnlyList<Clashes.Clash> Clashes { get; private init; } = [];

    public int Count => Clashes.Count;

    public static ClashMarks Number(IReadOnlyList<Clashes.Clash> clashes)
    {
        var marks = new ClashMarks { Clashes = clashes };
        for (var i = 0; i < clashes.Count; i++)
        {
            foreach (var id in clashes[i].SessionIds)
            {
                (marks._bySession.TryGetValue(id, out var list) ? list : marks._bySession[id] = []).Add(i + 1);
            }
        }

        return marks;
    }

    public IReadOnlyList<int> Of(string sessionId) => _bySession.GetValueOrDefault(sessionId) ?? [];
}
