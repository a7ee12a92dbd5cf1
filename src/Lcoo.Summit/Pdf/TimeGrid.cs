using Lcoo.Summit.Text;
using SkiaSharp;

namespace Lcoo.Summit.Pdf;

public enum GridMark
{
    None,

    /// <summary>Needs attention (a clash, a session nobody covers): outlined and written in the clash colour.</summary>
    Alert,

    /// <summary>The lane's own commitment (a delegate's own talk): outlined in ink on white.</summary>
    Own,
}

/// <summary>One block: its times at the venue (wall clock), its words, how it is marked, where it links.</summary>
/// <param name="Short">What to say where the label does not fit a narrow block (its mark and time), rather than a cut title.</param>
public sealed record GridItem(DateTime Start, DateTime End, string Label, GridMark Mark = GridMark.None, string? Link = null, string? Short = null);

/// <summary>One column of a grid: its heading, its blocks, its colour.</summary>
public sealed record GridColumn(string Name, IReadOnlyList<GridItem> Items, uint Fill);

/// <summary>
/// Time down the side (the hours the blocks use, as wall-clock times of day), a column per lane, each block as tall as it
/// is long: blocks that overlap share their column side by side, the others take its whole width. Labels wrap within
/// their block and end with "…" only where the block is too short for them.
/// </summary>
public static class TimeGrid
{
    private const float Gutter = 30;
    private const float Leading = 8.2f;
    private const float MinimumBlock = Leading + 2;
    private const float NarrowBlock = 60;
    private static readonly TextStyle Label = new(7f, Color: Palette.Ink);
    private static readonly TextStyle Hours = new(7f, Color: Palette.Muted);
    private static readonly TextStyle Heading = new(7.5f, Bold: true);

    /// <summary>Grids are drawn at up to a point a minute, and shrunk to no less than this to share a page.</summary>
    private const float IdealScale = 1f;
    private const float SmallestScale = 0.6f;

    /// <summary>
    /// A grid under its heading (and subheading), as tall as its hours at a point a minute: shrunk to share the page with
    /// what follows when <paramref name="after"/> fits beside it, otherwise to what is left of the page, and on a fresh page
    /// when even shrunk it does not fit.
    /// </summary>
    public static void Place(PageFlow flow, string heading, string? subheading, IReadOnlyList<GridColumn> columns, float after = 0)
    {
        var headingHeight = subheading is null ? 18f : 30f;
        var ideal = headingHeight + HeightFor(columns, flow.Width, IdealScale) + 6;
        var smallest = headingHeight + HeightFor(columns, flow.Width, SmallestScale) + 6;
        var height = flow.Room >= smallest + after ? Math.Min(ideal, flow.Room - after)
            : flow.Room >= smallest ? Math.Min(ideal, flow.Room)
            : Math.Min(ideal, flow.PageRoom);
        flow.Ensure(height);
        flow.Page.Text(heading, flow.Left, flow.Y + 12, new TextStyle(11, Bold: true));
        if (subheading is not null)
        {
            flow.Page.Text(TextRuns.Ellipsize(subheading, new TextStyle(8, Color: Palette.Muted), flow.Width), flow.Left, flow.Y + 24, new TextStyle(8, Color: Palette.Muted));
        }

        Draw(flow.Page, new SKRect(flow.Left, flow.Y + headingHeight, flow.Right, flow.Y + height - 6), columns);
        flow.Y += height;
    }

    /// <summary>The minutes the grid spans, from the first block's hour to the last block's end, whole hours.</summary>
    public static (int FirstHour, int Hours) Span(IReadOnlyList<GridColumn> columns)
    {
        var items = columns.SelectMany(c => c.Items).ToList();
        var first = (int)items.Min(i => MinuteOfDay(i.Start)) / 60;
        var last = items.Max(i => MinuteOfDay(i.Start) + (float)(i.End - i.Start).TotalMinutes);
        return (first, Math.Max(1, Math.Min(24, (int)Math.Ceiling(last / 60)) - first));
    }

    /// <summary>The column headings' height at this width: names are wrapped whole, never cut.</summary>
    public static float HeaderHeight(IReadOnlyList<GridColumn> columns, float width)
    {
        var columnWidth = (width - Gutter) / Math.Max(1, columns.Count);
        return 4 + 9 * columns.Max(c => TextRuns.Wrap(c.Name, Heading, columnWidth - 4).Count);
    }

    public static float HeightFor(IReadOnlyList<GridColumn> columns, float width, float perMinute) =>
        HeaderHeight(columns, width) + Span(columns).Hours * 60 * perMinute;

    public static void Draw(PdfPage page, SKRect area, IReadOnlyList<GridColumn> columns)
    {
        var (firstHour, hours) = Span(columns);
        var header = HeaderHeight(columns, area.Width);
        var (left, top, right, bottom) = (area.Left + Gutter, area.Top + header, area.Right, area.Bottom);
        var perMinute = (bottom - top) / (hours * 60f);
        var columnWidth = (right - left) / Math.Max(1, columns.Count);

        for (var h = 0; h <= hours; h++)
        {
            var y = top + h * 60 * perMinute;
            page.Line(left, y, right, y, Palette.Rule);
            if (h < hours)
            {
                page.Text($"{(firstHour + h) % 24:00}:00", area.Left, y + 7.5f, Hours);
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var x = left + c * columnWidth;
            page.Line(x, area.Top + 2, x, bottom, Palette.Rule);
            var names = TextRuns.Wrap(columns[c].Name, Heading, columnWidth - 4);
            for (var i = 0; i < names.Count; i++)
            {
                page.Text(names[i], x + 2, area.Top + 9 + 9 * i, Heading);
            }

            var minimum = MinimumBlock / perMinute;
            foreach (var (item, lane, lanes) in Lanes(columns[c].Items, minimum))
            {
                var start = MinuteOfDay(item.Start) - firstHour * 60;
                var minutes = Math.Max(minimum, (float)(item.End - item.Start).TotalMinutes);
                var laneWidth = (columnWidth - 4) / lanes;
                var box = new SKRect(x + 2 + lane * laneWidth, top + start * perMinute, x + 2 + (lane + 1) * laneWidth - 1,
                    Math.Min(bottom, top + (start + minutes) * perMinute));
                Block(page, item, box, columns[c].Fill);
            }
        }

        page.Line(right, area.Top + 2, right, bottom, Palette.Rule);
    }

    private static float MinuteOfDay(DateTime t) => (float)t.TimeOfDay.TotalMinutes;

    private static void Block(PdfPage page, GridItem item, SKRect box, uint fill)
    {
        var (background, stroke, width, color) = item.Mark switch
        {
            GridMark.Alert => (fill, Palette.Clash, 1.4f, Palette.Clash),
            GridMark.Own => (Palette.White, Palette.Ink, 1.2f, Palette.Ink),
            _ => (fill, Palette.Rule, 0.5f, Palette.Ink),
        };
        page.Box(box, background, stroke, width);
        var style = Label with { Color = color };
        var lines = TextRuns.Wrap(item.Label, style, box.Width - 4);
        var fit = Math.Max(1, (int)((box.Height - 2) / Leading));
        if (lines.Count > fit && item.Short is not null && box.Width < NarrowBlock)
        {
            // Ten sessions at once make blocks a few letters wide: their mark and time read whole; the tables have the titles.
            lines = TextRuns.Wrap(item.Short, style, box.Width - 4);
        }

        if (lines.Count > fit)
        {
            lines = [.. lines.Take(fit - 1), TextRuns.Ellipsize(string.Join(" ", lines.Skip(fit - 1)), style, box.Width - 4)];
        }

        var y = box.Top + Leading - 0.5f;
        foreach (var line in lines)
        {
            page.Text(line, box.Left + 2, y, style);
            y += Leading;
        }

        if (WebLink.IsSafe(item.Link))
        {
            page.Link(box, item.Link!);
        }
    }

    /// <summary>
    /// Greedy interval partitioning within each group of blocks that overlap as drawn (a block is at least
    /// <paramref name="minimum"/> minutes tall): each takes the first lane free at its start, and a group's blocks share
    /// its width, so a block overlapping nothing is as wide as its column.
    /// </summary>
    private static IEnumerable<(GridItem Item, int Lane, int Lanes)> Lanes(IReadOnlyList<GridItem> items, float minimum)
    {
        var ordered = items.OrderBy(i => i.Start).ThenBy(i => i.End).ThenBy(i => i.Label, StringComparer.Ordinal).ToList();
        var group = new List<(GridItem, int)>();
        var laneEnds = new List<DateTime>();
        var groupEnd = DateTime.MinValue;
        foreach (var item in ordered)
        {
            var end = item.Start.AddMinutes(Math.Max(minimum, (item.End - item.Start).TotalMinutes));
            if (group.Count > 0 && item.Start >= groupEnd)
            {
                foreach (var placed in group)
                {
                    yield return (placed.Item1, placed.Item2, laneEnds.Count);
                }

                (group, laneEnds) = ([], []);
            }

            var lane = laneEnds.FindIndex(e => e <= item.Start);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(end);
            }
            else
            {
                laneEnds[lane] = end;
            }

            group.Add((item, lane));
            groupEnd = group.Count == 1 ? end : (end > groupEnd ? end : groupEnd);
        }

        foreach (var placed in group)
        {
            yield return (placed.Item1, placed.Item2, laneEnds.Count);
        }
    }
}
