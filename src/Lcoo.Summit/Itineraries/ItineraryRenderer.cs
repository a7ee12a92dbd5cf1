using System.Globalization;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;

namespace Lcoo.Summit.Itineraries;

/// <summary>
/// Lays an <see cref="Itinerary"/> out as PDF pages that fill before they break: the title and what to know at the
/// top of the first page, the days at a glance where they help (coordinators look there first), then each day as a
/// table of time, title (linked), speakers and room, with clash marks and footnotes. Page numbers "n / N" and the
/// summit in every footer.
/// </summary>
public static class ItineraryRenderer
{
    internal const float Margin = PageFlow.Margin;

    /// <param name="ct">Checked between days and rows: a render stops when its request is gone or over its time budget.</param>
    public static byte[] Render(Itinerary itinerary, CancellationToken ct = default)
    {
        var size = PdfPage.SizeOf(itinerary.Paper);
        var zone = itinerary.Snapshot.Zone;
        var days = itinerary.Sessions.GroupBy(s => VenueTime.VenueDay(s.Start, zone)).OrderBy(g => g.Key).ToList();
        var marks = ClashMarks.Number(itinerary.Clashes);
        var panels = DayGlance.Panels(itinerary, days, marks);

        var flow = new PageFlow(size);
        flow.NewPage();
        TitleBlock(flow, itinerary, days.Count, marks.Count, panels.Count > 0);
        // What the tables need, for the glance to leave them room on its page: when even a line a session could not
        // share a page with it, there is nothing to measure.
        var tables = itinerary.Sessions.Count * 15 > flow.PageRoom ? float.PositiveInfinity : DayTables.Height(itinerary, marks, days, size.Width);
        for (var i = 0; i < panels.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            TimeGrid.Place(flow, panels[i].Heading, null, panels[i].Columns, after: i == panels.Count - 1 ? tables : 0);
        }

        var dayTables = new DayTables(itinerary, marks, ct);
        foreach (var day in days)
        {
            dayTables.Add(flow, day.Key, [.. day]);
        }

        var summit = itinerary.Snapshot.Summit;
        // The document says its language (the pseudo-locale's is English), so a screen reader reads it in the right voice.
        var language = itinerary.Words.Language;
        return PdfWriter.Write(flow.Pages, $"{itinerary.Title} — {summit.Name}", $"{summit.Name} · {itinerary.Title}", itinerary.GeneratedAt,
            language.DocumentTag);
    }

    private static void TitleBlock(PageFlow flow, Itinerary it, int dayCount, int clashCount, bool glances)
    {
        var page = flow.Page;
        var summit = it.Snapshot.Summit;
        page.Box(new SKRect(0, 0, flow.Size.Width, 8), Palette.Accent);
        page.Text(summit.Name, flow.Left, flow.Y + 10, new TextStyle(10, Color: Palette.Muted));
        flow.Y += 18;
        flow.Paragraph(it.Title, new TextStyle(20, Bold: true), 24);
        flow.Paragraph(it.Subtitle, new TextStyle(11), 15);
        flow.Y += 4;
        var words = it.Words;
        var facts = new List<string>
        {
            $"{words.Dates(summit.StartDate, summit.EndDate)}{(summit.Venue is null ? "" : $" · {summit.Venue}")}",
            $"{words.Format("Pdf.TimesAre", summit.TimeZoneId)} " +
                $"{words.Format("Pdf.Over", words.Count("Count.Session", it.Sessions.Count), words.Count("Count.Day", dayCount))} " +
                (clashCount == 0 ? words["Pdf.NoClashes"] : words.Format("Pdf.Clashes", words.Count("Count.Clash", clashCount))),
            words.Format("Pdf.Generated", words.Date("Format.Generated", VenueTime.ToVenue(it.GeneratedAt, it.Snapshot.Zone))),
        };
        foreach (var fact in facts)
        {
            flow.Paragraph(fact, new TextStyle(9, Color: Palette.Muted), 12);
        }

        if (!string.IsNullOrWhiteSpace(it.Notes))
        {
            flow.Y += 4;
            flow.Paragraph(words["Pdf.Notes"], new TextStyle(9, Bold: true), 12);
            foreach (var paragraph in it.Notes.Split('\n', StringSplitOptions.TrimEntries))
            {
                flow.Paragraph(paragraph, new TextStyle(9), 12);
            }
        }

        flow.Y += 4;
        flow.Page.Line(flow.Left, flow.Y, flow.Right, flow.Y, Palette.Rule, 1);
        flow.Y += 4;
        flow.Paragraph(glances ? words["Pdf.HowToRead"] : words["Pdf.HowToReadTables"],
            new TextStyle(8, Color: Palette.Muted), 11);
        flow.Y += 4;
    }

    internal static string Local(DateTimeOffset t, TimeZoneInfo zone) => VenueTime.ToVenue(t, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static string People(Session s, SummitSnapshot snapshot, Words words) => string.Join(", ", s.Speakers
        .Select(p => snapshot.FindSpeaker(p.SpeakerId))
        .OfType<Speaker>()
        .Select(p => words.Person(p.Name, p.Company)));
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
