using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Components;

namespace Lcoo.Summit.Api.Web.Planner;

/// <summary>
/// One venue-local day of a summit as the planner draws it: a column per room, a row per five minutes, each session a
/// block as long as it is. Sessions that overlap in one room (or among those whose room is not announced) are laid side
/// by side in lanes of that room's column, as calendar apps do, so none lies under another. The sessions are in time
/// order, which is also the list's order and the reading order.
/// </summary>
public sealed record PlanDay(
    DateOnly Date, IReadOnlyList<PlanRoom> Rooms, int RowCount, IReadOnlyList<PlanBlock> Blocks,
    IReadOnlyList<(string Label, int Row)> Hours, IReadOnlyList<(string Label, int Row)> Gaps)
{
    /// <summary>Grid columns after the time column: the lanes of every room.</summary>
    public int LaneCount => Rooms.Sum(r => r.Lanes);

    private Timeline Time { get; init; } = null!;

    /// <summary>The blocks with their cards as markup (<see cref="PlanBlock.Markup"/>).</summary>
    public MarkupString BlocksMarkup { get; init; }

    public const int MinutesPerRow = 5;

    /// <summary>Hours without any session longer than this are drawn as one short band, not as empty grid.</summary>
    private static readonly TimeSpan LongGap = TimeSpan.FromMinutes(90);
    private const int GapRows = 3;

    public static PlanDay Build(DateOnly date, IReadOnlyList<PlannedSession> sessions, IReadOnlyList<MarkupString> cards, Words words)
    {
        var noRoom = words["Room.None"];
        string RoomOf(PlannedSession s) => s.Session.Room ?? noRoom;
        var time = Timeline.Of(words, sessions.Count == 0 ? [(date.ToDateTime(new TimeOnly(9, 0)), date.ToDateTime(new TimeOnly(17, 0)))] : [.. sessions.Select(x => (x.Start, x.End))]);
        var names = sessions.Select(s => RoomOf(s)).Distinct(StringComparer.Ordinal).Order(Phrases.RoomOrderWith(noRoom)).ToList();
        var placed = new Dictionary<PlannedSession, (int Lane, int Lanes)>(ReferenceEqualityComparer.Instance);
        var rooms = new List<PlanRoom>();
        var column = 2;
        foreach (var name in names)
        {
            var lanes = Lanes([.. sessions.Where(s => RoomOf(s) == name)], time, placed);
            rooms.Add(new PlanRoom(name, column, lanes));
            column += lanes;
        }

        var firstColumn = rooms.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var blocks = sessions.Select(x =>
        {
            var (lane, lanes) = placed[x];
            var room = firstColumn[RoomOf(x)];
            // The last lane of an overlap takes what is left of the room's width; a session overlapping none takes all of it.
            var span = lane == lanes - 1 ? room.Lanes - lane : 1;
            var (row, end) = (time.RowOf(x.Start), time.RowOf(x.End));
            return new PlanBlock(x, room.Column + lane, span, row, Math.Max(1, end - row));
        }).ToList();
        return new PlanDay(date, rooms, time.Rows, blocks, time.Hours, time.Gaps) { Time = time, BlocksMarkup = PlanBlock.Markup(blocks, cards) };
    }

    /// <summary>
    /// Lanes for one room's sessions: each group of sessions that overlap (on the grid's rows, so two that share a drawn
    /// row never share a lane) gets as many lanes as it needs at once, each session the first lane free at its start.
    /// Returns the most lanes any group needs.
    /// </summary>
    private static int Lanes(List<PlannedSession> inRoom, Timeline time, Dictionary<PlannedSession, (int Lane, int Lanes)> placed)
    {
        var most = 1;
        var group = new List<(PlannedSession Session, int Lane)>();
        var laneEnds = new List<int>();
        var groupEnd = int.MinValue;
        foreach (var s in inRoom.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            var (row, end) = (time.RowOf(s.Start), Math.Max(time.RowOf(s.Start) + 1, time.RowOf(s.End)));
            if (row >= groupEnd)
            {
                Close();
            }

            var lane = laneEnds.FindIndex(e => e <= row);
            if (lane < 0)
            {
                laneEnds.Add(end);
                lane = laneEnds.Count - 1;
            }
            else
            {
                laneEnds[lane] = end;
            }

            group.Add((s, lane));
            groupEnd = Math.Max(groupEnd, end);
        }

        Close();
        return most;

        void Close()
        {
            foreach (var (session, lane) in group)
            {
                placed[session] = (lane, laneEnds.Count);
            }

            most = Math.Max(most, laneEnds.Count);
            group.Clear();
            laneEnds.Clear();
        }
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

        public static Timeline Of(Words words, IReadOnlyList<(DateTime Start, DateTime End)> spans)
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
                    timeline.Gaps.Add((words.Format("Plan.Gap", timeline._stretches[^1].To.ToString("HH:mm", CultureInfo.InvariantCulture), from.ToString("HH:mm", CultureInfo.InvariantCulture)), row));
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

/// <summary>A room's columns in the day's grid: from <see cref="Column"/>, <see cref="Lanes"/> wide (one per session it holds at once).</summary>
public sealed record PlanRoom(string Name, int Column, int Lanes);

/// <summary>A session as a block: where it sits in the grid (columns from <see cref="Column"/>, <see cref="Columns"/> wide).</summary>
public sealed record PlanBlock(PlannedSession Planned, int Column, int Columns, int Row, int Span)
{
    /// <summary>Blocks shorter than this (half an hour) show title, time and member tags; their speakers on hover or focus.</summary>
    public const int ShortRows = 6;

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
                $"<article class=\"session{(b.Planned.Members.Count > 0 ? " member" : "")}{(b.Span < PlanBlock.ShortRows ? " short" : "")}\" id=\"s-{id}\" style=\"grid-column:{b.Column} / span {b.Columns};grid-row:{b.Row} / span {b.Span}\" data-session=\"{id}\" data-start=\"{b.Planned.Session.Start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\" data-end=\"{b.Planned.Session.End.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\" aria-labelledby=\"t-{id}\">")
                .Append(cards[i].Value).Append("</article>\n");
        }

        return new MarkupString(html.ToString());
    }
}
