using Lcoo.Summit.Pdf;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;

namespace Lcoo.Summit.Itineraries;

/// <summary>
/// Each day as a table of time, session (title, linked, and its speakers) and room, flowing on from whatever came before:
/// a day starts where the last ended, its heading never sits alone at a page's foot, and where its rows go on over a
/// page the heading and the column names are repeated. Under the rows, a note on rooms not yet announced, then the
/// clash footnotes.
/// </summary>
internal sealed class DayTables(Itinerary it, ClashMarks marks, CancellationToken ct)
{
    private static readonly TextStyle Cell = new(8.5f);
    private static readonly TextStyle Title = new(8.5f, Bold: true, Color: Palette.Accent);
    private static readonly TextStyle People = new(7.5f, Color: Palette.Muted);
    private static readonly TextStyle Head = new(7.5f, Bold: true, Color: Palette.Muted);
    private static readonly TextStyle DayHeading = new(11, Bold: true);
    private static readonly TextStyle Note = new(7.5f, Color: Palette.Ink);
    private const float TimeWidth = 62;
    private const float RoomWidth = 104;

    /// <summary>The height the tables take laid out without page breaks: what the glance can leave room for.</summary>
    public static float Height(Itinerary it, ClashMarks marks, IEnumerable<IGrouping<DateOnly, Session>> days, float pageWidth)
    {
        var flow = new PageFlow(new SKSize(pageWidth, 1_000_000));
        flow.NewPage();
        var start = flow.Y;
        var tables = new DayTables(it, marks, CancellationToken.None);
        foreach (var day in days)
        {
            tables.Add(flow, day.Key, [.. day]);
        }

        return flow.Y - start;
    }

    public void Add(PageFlow flow, DateOnly day, IReadOnlyList<Session> sessions)
    {
        var rooms = sessions.Any(s => s.Room is not null);
        var rows = sessions.OrderBy(s => s, SummitSnapshot.StableOrder).Select(s => Row(flow, s, rooms)).ToList();
        flow.Y += 6;
        flow.Ensure(HeaderHeight + rows[0].Height);
        Header(flow, day, rooms, continued: false);
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            if (flow.Ensure(row.Height))
            {
                Header(flow, day, rooms, continued: true);
            }

            Draw(flow, row, rooms);
        }

        RoomNote(flow, sessions, rooms);
        Footnotes(flow, day, sessions);
        flow.Y += 8;
    }

    private const float HeaderHeight = 30;

    private sealed record Line(string Text, TextStyle Style, float Leading);

    private sealed record TableRow(Session Session, List<string> Time, List<Line> Body, List<string> Room, float Height);

    private TableRow Row(PageFlow flow, Session s, bool rooms)
    {
        var zone = it.Snapshot.Zone;
        var bodyWidth = flow.Width - TimeWidth - (rooms ? RoomWidth : 0) - 8;
        var time = new List<string> { $"{ItineraryRenderer.Local(s.Start, zone)}–{ItineraryRenderer.Local(s.End, zone)}" };
        if (marks.Of(s.Id) is { Count: > 0 } clashes)
        {
            time.Add($"⚠ {string.Join(", ", clashes)}");
        }

        var body = TextRuns.Wrap(s.Title, Title, bodyWidth).Select(l => new Line(l, Title, 10.5f)).ToList();
        var people = ItineraryRenderer.People(s, it.Snapshot, it.Words);
        if (people.Length > 0)
        {
            body.AddRange(TextRuns.Wrap(people, People, bodyWidth).Select(l => new Line(l, People, 9.5f)));
        }

        var room = rooms && s.Room is not null ? TextRuns.Wrap(s.Room, Cell, RoomWidth - 4) : rooms ? ["—"] : [];
        var height = Math.Max(Math.Max(time.Count * 10.5f, body.Sum(l => l.Leading)), room.Count * 10.5f) + 5;
        return new TableRow(s, time, body, room, height);
    }

    private void Draw(PageFlow flow, TableRow row, bool rooms)
    {
        var page = flow.Page;
        var (x, y) = (flow.Left, flow.Y);
        for (var i = 0; i < row.Time.Count; i++)
        {
            page.Text(row.Time[i], x, y + 8.5f + 10.5f * i, i == 0 ? Cell : Cell with { Color = Palette.Clash, Bold = true });
        }

        var bodyX = x + TimeWidth;
        var lineY = y;
        foreach (var line in row.Body)
        {
            page.Text(line.Text, bodyX, lineY + line.Style.Size, line.Style);
            lineY += line.Leading;
        }

        if (WebLink.IsSafe(row.Session.SourceUrl))
        {
            var titleHeight = row.Body.TakeWhile(l => l.Style == Title).Sum(l => l.Leading);
            page.Link(new SKRect(bodyX, y, flow.Right - (rooms ? RoomWidth : 0), y + titleHeight + 1), row.Session.SourceUrl!);
        }

        for (var i = 0; i < row.Room.Count; i++)
        {
            page.Text(row.Room[i], flow.Right - RoomWidth + 4, y + 8.5f + 10.5f * i, row.Session.Room is null ? Cell with { Color = Palette.Muted } : Cell);
        }

        flow.Y += row.Height;
        page.Line(flow.Left, flow.Y - 2.5f, flow.Right, flow.Y - 2.5f, Palette.Rule);
    }

    private void Header(PageFlow flow, DateOnly day, bool rooms, bool continued)
    {
        var page = flow.Page;
        page.Text(continued ? it.Words.Format("Pdf.Continued", it.Words.DayName(day)) : it.Words.DayName(day), flow.Left, flow.Y + 11, DayHeading);
        var y = flow.Y + 25;
        page.Text(it.Words["Pdf.Time"], flow.Left, y, Head);
        page.Text(it.Words["Pdf.SessionAndSpeakers"], flow.Left + TimeWidth, y, Head);
        if (rooms)
        {
            page.Text(it.Words["Pdf.Room"], flow.Right - RoomWidth + 4, y, Head);
        }

        page.Line(flow.Left, y + 3, flow.Right, y + 3, Palette.Ink, 0.75f);
        flow.Y += HeaderHeight;
    }

    /// <summary>Rooms not yet announced, said once under the table rather than on every row; with the venue, which is known.</summary>
    private void RoomNote(PageFlow flow, IReadOnlyList<Session> sessions, bool rooms)
    {
        var unknown = sessions.Count(s => s.Room is null);
        if (unknown == 0)
        {
            return;
        }

        var venue = it.Snapshot.Summit.Venue is { } v ? " " + it.Words.Format("Pdf.AllAt", v) : "";
        var text = (rooms ? it.Words.Format("Pdf.RoomsUnknown", it.Words.Count("Count.Session", unknown)) : it.Words["Pdf.NoRoomsYet"]) + venue;
        flow.Y += 2;
        flow.Paragraph(text, Note with { Color = Palette.Muted }, 10);
    }

    private void Footnotes(PageFlow flow, DateOnly day, IReadOnlyList<Session> sessions)
    {
        var ids = sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var notes = marks.Clashes.Select((c, i) => (Number: i + 1, Clash: c))
            .Where(n => n.Clash.SessionIds.Any(ids.Contains) && VenueTime.VenueDay(n.Clash.WindowStart, it.Snapshot.Zone) == day);
        foreach (var (number, clash) in notes)
        {
            flow.Y += 3;
            // The whole note in the clash colour: a wrapped line is as much the warning as the first.
            flow.Paragraph($"⚠ {number}  {clash.Reason}", Note with { Color = Palette.Clash }, 10);
        }
    }
}
