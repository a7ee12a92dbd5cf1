using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Itineraries;

/// <summary>
/// A day at a glance: time down the side, one column per member or room, each session a block as tall as it
/// is long; overlapping sessions in one column sit side by side, and clashing blocks are outlined and marked.
/// </summary>
/// <summary>One column of a glance grid: its heading, its sessions, its colour.</summary>
public sealed record GlanceColumn(string Name, IReadOnlyList<Session> Sessions, uint Fill);

/// <summary>What a block says, and whether it is drawn as needing attention (outlined in red).</summary>
public sealed record GlanceBlock(string Label, bool Alert);

internal static class DayGlance
{
    /// <summary>Sessions that make a single column worth a glance page; fewer, in one column, the day's table says it all.</summary>
    private const int BusyDay = 6;

    /// <summary>Whether a day's glance helps: several columns to compare, or a busy day.</summary>
    public static bool Helps(Itinerary it, IReadOnlyList<Session> sessions) => sessions.Count >= BusyDay || Columns(it, sessions).Count > 1;

    public static PdfPage Page(Itinerary it, SKSize size, DateOnly day, IReadOnlyList<Session> sessions, ClashMarks marks)
    {
        var zone = it.Snapshot.Zone;
        var columns = Columns(it, sessions);
        return Grid(size, day, zone, $"{Phrases.DayName(day)} — at a glance", it.Title,
            [.. columns.Select((c, i) => new GlanceColumn(c.Name, c.Sessions, Palette.Column(i)))],
            s =>
            {
                var clashes = marks.Of(s.Id);
                return new GlanceBlock($"{(clashes.Count > 0 ? $"⚠{string.Join(",", clashes)} " : "")}{ItineraryRenderer.Local(s.Start, zone)} {s.Title}", clashes.Count > 0);
            });
    }

    /// <summary>
    /// The grid itself: hours down the side (those the day uses), a column per lane, each session a block as tall as it
    /// is long (overlapping ones in a column side by side), its label wrapped and, where it does not fit, ended with "…".
    /// </summary>
    public static PdfPage Grid(SKSize size, DateOnly day, TimeZoneInfo zone, string heading, string subheading,
        IReadOnlyList<GlanceColumn> columns, Func<Session, GlanceBlock> label)
    {
        var page = new PdfPage(size);
        const float margin = ItineraryRenderer.Margin;
        page.Text(heading, margin, 52, new TextStyle(16, Bold: true));
        page.Text(subheading, margin, 68, new TextStyle(9, Color: Palette.Muted));

        var all = columns.SelectMany(c => c.Sessions).ToList();
        var first = VenueTime.ToVenue(all.Min(s => s.Start), zone);
        var last = VenueTime.ToVenue(all.Max(s => s.End), zone);
        var startHour = first.Hour;
        var endHour = Math.Min(24, last.Hour + (last.Minute > 0 || last.Second > 0 ? 1 : 0));
        var dayStart = VenueTime.FromVenue(day.ToDateTime(new TimeOnly(startHour, 0)), zone);
        var hours = Math.Max(1, endHour - startHour);

        var (gridLeft, gridTop, gridRight, gridBottom) = (margin + 34f, 100f, size.Width - margin, size.Height - 50f);
        var perMinute = (gridBottom - gridTop) / (hours * 60f);
        var columnWidth = (gridRight - gridLeft) / Math.Max(1, columns.Count);

        for (var h = 0; h <= hours; h++)
        {
            var y = gridTop + h * 60 * perMinute;
            page.Line(gridLeft, y, gridRight, y, Palette.Rule);
            if (h < hours)
            {
                page.Text($"{(startHour + h) % 24:00}:00", margin, y + 8, new TextStyle(7.5f, Color: Palette.Muted));
            }
        }

        var headerStyle = new TextStyle(columns.Count > 6 ? 7f : 8, Bold: true);
        for (var c = 0; c < columns.Count; c++)
        {
            var x = gridLeft + c * columnWidth;
            page.Line(x, gridTop, x, gridBottom, Palette.Rule);
            page.Text(TextRuns.Ellipsize(columns[c].Name, headerStyle, columnWidth - 4), x + 2, gridTop - 6, headerStyle);
            foreach (var (session, lane, lanes) in Lanes([.. columns[c].Sessions]))
            {
                var top = gridTop + (float)(session.Start - dayStart).TotalMinutes * perMinute;
                var height = Math.Max(6f, (float)session.Duration.TotalMinutes * perMinute);
                var laneWidth = (columnWidth - 4) / lanes;
                var box = new SKRect(x + 2 + lane * laneWidth, top, x + 2 + (lane + 1) * laneWidth - 1, top + height);
                Block(page, session, box, columns[c].Fill, label(session));
            }
        }

        page.Line(gridRight, gridTop, gridRight, gridBottom, Palette.Rule);
        return page;
    }

    private static void Block(PdfPage page, Session s, SKRect box, uint fill, GlanceBlock block)
    {
        page.Box(box, fill, block.Alert ? Palette.Clash : Palette.Rule, block.Alert ? 1.6f : 0.5f);
        // 7 pt is the smallest type a printed page is read at; a block too short for its label says the rest with an ellipsis.
        const float Leading = 8f;
        var style = new TextStyle(7f, Color: Palette.Ink);
        var lines = TextRuns.Wrap(block.Label, style, box.Width - 4);
        var fit = Math.Max(1, (int)((box.Height - 1.5f) / Leading));
        if (lines.Count > fit)
        {
            lines = [.. lines.Take(fit - 1), TextRuns.Ellipsize(lines[fit - 1] + " " + lines[fit], style, box.Width - 4)];
        }

        var y = box.Top + Leading;
        foreach (var line in lines)
        {
            page.Text(line, box.Left + 2, y, block.Alert && line == lines[0] ? style with { Color = Palette.Clash } : style);
            y += Leading;
        }

        if (WebLink.IsSafe(s.SourceUrl))
        {
            page.Link(box, s.SourceUrl!);
        }
    }

    private sealed record Column(string Name, List<Session> Sessions);

    private static List<Column> Columns(Itinerary it, IReadOnlyList<Session> sessions)
    {
        if (it.Columns == GlanceColumns.Members)
        {
            return [.. it.ColumnMembers
                .Select(m => new Column(it.MemberNames.GetValueOrDefault(m, m), [.. sessions.Where(s => s.Members.Contains(m))]))
                .Where(c => c.Sessions.Count > 0)];
        }

        return [.. sessions.GroupBy(s => s.Room ?? Phrases.NoRoom, StringComparer.Ordinal).OrderBy(g => g.Key, Phrases.RoomOrder)
            .Select(g => new Column(g.Key, [.. g]))];
    }

    /// <summary>Greedy interval partitioning: each session takes the first lane free at its start.</summary>
    private static IEnumerable<(Session Session, int Lane, int Lanes)> Lanes(List<Session> sessions)
    {
        var ordered = sessions.OrderBy(s => s, SummitSnapshot.StableOrder).ToList();
        var laneEnds = new List<DateTimeOffset>();
        var placed = new List<(Session, int)>();
        foreach (var s in ordered)
        {
            var lane = laneEnds.FindIndex(end => end <= s.Start);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(s.End);
            }
            else
            {
                laneEnds[lane] = s.End;
            }

            placed.Add((s, lane));
        }

        return placed.Select(p => (p.Item1, p.Item2, Math.Max(1, laneEnds.Count)));
    }
}
