using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Components;

namespace Lcoo.Summit.Api.Web.Planner;

/// <summary>
/// One venue-local day of a summit as the planner draws it: a column per room, a row per five minutes, each session a
/// block as long as it is. The sessions are in time order, which is also the list's order and the reading order.
/// </summary>
public sealed record PlanDay(
    DateOnly Date, IReadOnlyList<string> Rooms, int RowCount, IReadOnlyList<PlanBlock> Blocks,
    IReadOnlyList<(string Label, int Row)> Hours, IReadOnlyList<(string Label, int Row)> Gaps)
{
    private Timeline Time { get; init; } = null!;

    /// <summary>The blocks with their cards as markup (<see cref="PlanBlock.Markup"/>).</summary>
    public MarkupString BlocksMarkup { get; init; }

    public const int MinutesPerRow = 5;

    /// <summary>Hours without any session longer than this are drawn as one short band, not as empty grid.</summary>
    private static readonly TimeSpan LongGap = TimeSpan.FromMinutes(90);
    private const int GapRows = 3;

    public static PlanDay Build(DateOnly date, IReadOnlyList<PlannedSession> sessions, IReadOnlyList<MarkupString> cards)
    {
        var rooms = sessions.Select(s => s.Session.Room ?? Phrases.NoRoom).Distinct(StringComparer.Ordinal).Order(Phrases.RoomOrder).ToList();
        var column = rooms.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i + 2, StringComparer.Ordinal);
        var time = Timeline.Of(sessions.Count == 0 ? [(date.ToDateTime(new TimeOnly(9, 0)), date.ToDateTime(new TimeOnly(17, 0)))] : [.. sessions.Select(x => (x.Start, x.End))]);

        var blocks = sessions.Select(x => new PlanBlock(x, column[x.Session.Room ?? Phrases.NoRoom], time.RowOf(x.Start), Math.Max(1, time.RowOf(x.End) - time.RowOf(x.Start)))).ToList();
        return new PlanDay(date, rooms, time.Rows, blocks, time.Hours, time.Gaps) { Time = time, BlocksMarkup = PlanBlock.Markup(blocks, cards) };
    }

    /// <summary>Where "now" falls on this day's grid, if it does: the label and the row.</summary>
    public (string Label, int Row)? NowMark(DateTimeOffset now, TimeZoneInfo zone)
    {
        var venueNow = VenueTime.ToVenue(now, zone).DateTime;
        return DateOnly.FromDateTime(venueNow) == Date && Time.Covers(venueNow)
            ? (venueNow.ToString("HH:mm", CultureInfo.InvariantCulture), Time.RowOf(venueNow))
            : null;
    }

    /// <summary>Venue-local time to grid rows (the first row is the room names): stretches with sessions, long empty ones folded.</summary>
    private sealed class Timeline
    {
        private readonly List<(DateTime From, DateTime To, int Row)> _stretches = [];

        public int Rows { get; private set; }

        public List<(string, int)> Hours { get; } = [];

        public List<(string, int)> Gaps { get; } = [];

        public static Timeline Of(IReadOnlyList<(DateTime Start, DateTime End)> spans)
        {
            var merged = new List<(DateTime From, DateTime To)>();
            foreach (var (start, end) in spans.OrderBy(s => s.Start))
            {
                if (merged.Count > 0 && start <= merged[^1].To + LongGap)
                {
                    merged[^1] = (merged[^1].From, end > merged[^1].To ? end : merged[^1].To);
                }
                else
                {
                    merged.Add((new DateTime(start.Year, start.Month, start.Day, start.Hour, 0, 0), end));
                }
            }

            var timeline = new Timeline();
            var row = 2;
            foreach (var (from, to) in merged)
            {
                if (timeline._stretches.Count > 0)
                {
                    timeline.Gaps.Add(($"No sessions {timeline._stretches[^1].To:HH:mm}–{from:HH:mm}", row));
                    row += GapRows;
                }

                var rows = Math.Max(1, (int)Math.Ceiling((to - from).TotalMinutes / MinutesPerRow));
                timeline._stretches.Add((from, from.AddMinutes(rows * MinutesPerRow), row));
                for (var hour = from; hour < from.AddMinutes(rows * MinutesPerRow); hour = hour.AddHours(1))
                {
                    timeline.Hours.Add((hour.ToString("HH:mm", CultureInfo.InvariantCulture), row + (int)((hour - from).TotalMinutes / MinutesPerRow)));
                }

                row += rows;
            }

            timeline.Rows = row - 2;
            return timeline;
        }

        public bool Covers(DateTime t) => _stretches.Any(s => t >= s.From && t < s.To);

        public int RowOf(DateTime t)
        {
            var stretch = _stretches.LastOrDefault(s => s.From <= t, _stretches[0]);
            return stretch.Row + (int)Math.Floor((t - stretch.From).TotalMinutes / MinutesPerRow);
        }
    }
}

/// <summary>A session as a block: where it sits in the grid.</summary>
public sealed record PlanBlock(PlannedSession Planned, int Column, int Row, int Span)
{
    /// <summary>
    /// The blocks with their cards, as one piece of markup: a busy day has a hundred of them, and writing each through the
    /// component renderer cost more than the rest of the page. The cards are rendered and encoded by <see cref="SessionCard"/>;
    /// here only the session id (encoded) and numbers are added.
    /// </summary>
    public static MarkupString Markup(IReadOnlyList<PlanBlock> blocks, IReadOnlyList<MarkupString> cards)
    {
        var html = new StringBuilder(blocks.Count * 900);
        for (var i = 0; i < blocks.Count; i++)
        {
            var (b, id) = (blocks[i], HtmlEncoder.Default.Encode(blocks[i].Planned.Session.Id));
            html.Append(CultureInfo.InvariantCulture,
                $"<article class=\"{(b.Planned.Members.Count > 0 ? "session member" : "session")}\" id=\"s-{id}\" style=\"grid-column:{b.Column};grid-row:{b.Row} / span {b.Span}\" data-session=\"{id}\" aria-labelledby=\"t-{id}\">")
                .Append(cards[i].Value).Append("</article>\n");
        }

        return new MarkupString(html.ToString());
    }
}
