using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Itineraries;

/// <summary>Each day as a table flowing over as many pages as it needs, clash footnotes after the day's rows.</summary>
internal sealed class DayTables(Itinerary it, SKSize size, ClashMarks marks, CancellationToken ct)
{
    private const float Margin = ItineraryRenderer.Margin;
    private static readonly TextStyle Cell = new(8.5f);
    private static readonly TextStyle Title = new(8.5f, Bold: true);
    private static readonly TextStyle Head = new(7.5f, Bold: true, Color: Palette.Muted);
    private static readonly TextStyle Note = new(7.5f, Color: Palette.Ink);

    private readonly float _bottom = size.Height - 50;
    private PdfPage? _page;
    private float _y;

    public List<PdfPage> Pages { get; } = [];

    private float TimeX => Margin;

    private float TitleX => Margin + 70;

    private float RoomX => size.Width - Margin - 230;

    private float PeopleX => size.Width - Margin - 150;

    public void Add(DateOnly day, IReadOnlyList<Session> sessions)
    {
        NewPage(day, continued: false);
        var zone = it.Snapshot.Zone;
        foreach (var s in sessions.OrderBy(s => s, SummitSnapshot.StableOrder))
        {
            ct.ThrowIfCancellationRequested();
            var clashes = marks.Of(s.Id);
            var titleLines = TextRuns.Wrap(s.Title, Title, RoomX - TitleX - 8);
            var peopleLines = TextRuns.Wrap(ItineraryRenderer.People(s, it.Snapshot), Cell, size.Width - Margin - PeopleX);
            var roomLines = TextRuns.Wrap(s.Room ?? "not announced", Cell, PeopleX - RoomX - 6);
            var height = 11 * Math.Max(Math.Max(titleLines.Count, peopleLines.Count), Math.Max(roomLines.Count, clashes.Count > 0 ? 2 : 1)) + 6;
            if (_y + height > _bottom)
            {
                NewPage(day, continued: true);
            }

            var page = _page!;
            page.Text($"{ItineraryRenderer.Local(s.Start, zone)}–{ItineraryRenderer.Local(s.End, zone)}", TimeX, _y + 9, Cell);
            if (clashes.Count > 0)
            {
                page.Text($"⚠ {string.Join(", ", clashes)}", TimeX, _y + 20, Cell with { Color = Palette.Clash, Bold = true });
            }

            Lines(page, titleLines, TitleX, Title with { Color = Palette.Accent });
            Lines(page, roomLines, RoomX, Cell);
            Lines(page, peopleLines, PeopleX, Cell);
            if (WebLink.IsSafe(s.SourceUrl))
            {
                page.Link(new SKRect(TitleX, _y, RoomX - 8, _y + 11 * titleLines.Count + 2), s.SourceUrl!);
            }

            _y += height;
            page.Line(Margin, _y - 3, size.Width - Margin, _y - 3, Palette.Rule);
        }

        Footnotes(day, sessions);
    }

    private void Footnotes(DateOnly day, IReadOnlyList<Session> sessions)
    {
        var ids = sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var notes = marks.Clashes.Select((c, i) => (Number: i + 1, Clash: c))
            .Where(n => n.Clash.SessionIds.Any(ids.Contains) && VenueTime.VenueDay(n.Clash.WindowStart, it.Snapshot.Zone) == day)
            .ToList();
        foreach (var (number, clash) in notes)
        {
            var lines = TextRuns.Wrap($"⚠ {number}  {clash.Reason}", Note, size.Width - 2 * Margin);
            if (_y + lines.Count * 10 + 4 > _bottom)
            {
                NewPage(day, continued: true);
            }

            _y += 4;
            foreach (var line in lines)
            {
                _page!.Text(line, Margin, _y + 8, line.StartsWith('⚠') ? Note with { Color = Palette.Clash } : Note);
                _y += 10;
            }
        }
    }

    private void Lines(PdfPage page, List<string> lines, float x, TextStyle style)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            page.Text(lines[i], x, _y + 9 + 11 * i, style);
        }
    }

    private void NewPage(DateOnly day, bool continued)
    {
        _page = new PdfPage(size);
        Pages.Add(_page);
        _page.Text(Phrases.DayName(day) + (continued ? " (continued)" : ""), Margin, 52, new TextStyle(16, Bold: true));
        _page.Text("Time", TimeX, 80, Head);
        _page.Text("Session", TitleX, 80, Head);
        _page.Text("Room", RoomX, 80, Head);
        _page.Text("Speakers", PeopleX, 80, Head);
        _page.Line(Margin, 85, size.Width - Margin, 85, Palette.Ink, 0.75f);
        _y = 90;
    }
}
