using Lcoo.Summit.Pdf;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Itineraries;

/// <summary>
/// The itinerary at a glance, where it helps: for the working group, a grid per busy day with a column per member; for
/// one member or one person, a single grid with a column per day. Each session a block as tall as it is long, so
/// overlaps are seen; clashing blocks are outlined and marked.
/// </summary>
internal static class DayGlance
{
    /// <summary>Sessions that make a single column worth a glance; fewer, and not overlapping, the tables say it all.</summary>
    private const int BusyDay = 6;

    public sealed record Panel(string Heading, IReadOnlyList<GridColumn> Columns);

    public static IReadOnlyList<Panel> Panels(Itinerary it, IReadOnlyList<IGrouping<DateOnly, Session>> days, ClashMarks marks)
    {
        if (it.Columns == GlanceColumns.Members && it.ColumnMembers.Count > 1)
        {
            return [.. days
                .Select(day => (Day: day.Key, Columns: MemberColumns(it, [.. day], marks)))
                .Where(d => d.Columns.Count > 1 || d.Columns.Sum(c => c.Items.Count) >= BusyDay)
                .Select(d => new Panel(it.Words.Format("Pdf.DayAtAGlance", it.Words.DayName(d.Day)), d.Columns))];
        }

        var helps = days.Any(d => d.Count() >= BusyDay || Overlapping([.. d]));
        return helps
            ? [new Panel(it.Words["Pdf.AtAGlance"], [.. days.Select((d, i) => new GridColumn(it.Words.DayName(d.Key), [.. d.Select(s => Item(it, s, marks, withRoom: true))], Palette.Column(i)))])]
            : [];
    }

    private static List<GridColumn> MemberColumns(Itinerary it, IReadOnlyList<Session> sessions, ClashMarks marks) =>
        [.. it.ColumnMembers
            .Select(m => (Name: it.MemberNames.GetValueOrDefault(m, m), Sessions: sessions.Where(s => s.Members.Contains(m)).ToList()))
            .Where(c => c.Sessions.Count > 0)
            .Select((c, i) => new GridColumn(c.Name, [.. c.Sessions.Select(s => Item(it, s, marks, withRoom: false))], Palette.Column(i)))];

    private static bool Overlapping(IReadOnlyList<Session> sessions) =>
        sessions.OrderBy(s => s.Start).Zip(sessions.OrderBy(s => s.Start).Skip(1)).Any(p => p.Second.Start < p.First.End);

    private static GridItem Item(Itinerary it, Session s, ClashMarks marks, bool withRoom)
    {
        var zone = it.Snapshot.Zone;
        var clashes = marks.Of(s.Id);
        var mark = clashes.Count > 0 ? $"⚠{string.Join(",", clashes)} " : "";
        var room = withRoom && s.Room is not null ? $" · {s.Room}" : "";
        return new GridItem(VenueTime.ToVenue(s.Start, zone).DateTime, VenueTime.ToVenue(s.End, zone).DateTime,
            $"{mark}{ItineraryRenderer.Local(s.Start, zone)} {s.Title}{room}", clashes.Count > 0 ? GridMark.Alert : GridMark.None, s.SourceUrl,
            $"{mark}{ItineraryRenderer.Local(s.Start, zone)}");
    }
}
