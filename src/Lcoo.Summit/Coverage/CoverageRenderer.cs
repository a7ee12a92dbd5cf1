using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;

namespace Lcoo.Summit.Coverage;

/// <summary>
/// The coordinator's coverage PDF: what each day needs and what stays uncovered at the top, then each day as a lane per
/// delegate (the sessions they cover, and their own talks, marked as theirs) beside the sessions nobody covers, marked.
/// </summary>
public static class CoverageRenderer
{
    private const int LanesPerGrid = 8;
    private static readonly TextStyle Body = new(9.5f, Color: Palette.Ink);

    /// <param name="words">The language the PDF speaks (its /Lang says it); English when null. Titles, rooms and names stay as the source wrote them.</param>
    public static byte[] Render(CoveragePlan plan, SummitSnapshot snapshot, IReadOnlyDictionary<string, string> memberNames, DateTimeOffset generatedAt,
        Paper paper = Paper.A4, CancellationToken ct = default, Words? words = null)
    {
        words ??= Words.English;
        var zone = snapshot.Zone;
        var sessions = plan.Sessions.Select(c => snapshot.FindSession(c.Id) ?? Stand(c)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        // The members this plan has sessions of, not every member it was asked about.
        var present = plan.Members.Where(m => plan.Sessions.Any(s => s.Members.Contains(m))).Select(m => memberNames.GetValueOrDefault(m, m)).ToList();
        var title = words.Format("Coverage.Pdf.Title", present.Count > 0 ? words.List(present) : words["Coverage.Pdf.NoMembers"]);
        var names = plan.Delegates.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        var talks = CoveragePlanner.Talks(snapshot, plan.Delegates);
        var uncovered = plan.Uncovered.Select(g => g.SessionId).ToHashSet(StringComparer.Ordinal);

        var flow = new PageFlow(PdfPage.SizeOf(paper));
        flow.NewPage();
        TitleBlock(flow, plan, snapshot, title, sessions, words);
        foreach (var day in plan.Days)
        {
            ct.ThrowIfCancellationRequested();
            bool OnDay(Session s) => VenueTime.VenueDay(s.Start, zone) == day.Date;
            var lanes = plan.Delegates
                .Select(d => (Delegate: d,
                    Covers: plan.Assignments.Where(a => a.DelegateId == d.Id).Select(a => sessions[a.SessionId]).Where(OnDay).ToList(),
                    Own: talks.GetValueOrDefault(d.Id, []).Where(OnDay).ToList()))
                .Where(l => l.Covers.Count > 0 || l.Own.Count > 0)
                .OrderBy(l => l.Delegate.Name, StringComparer.OrdinalIgnoreCase)
                .Select((l, i) => new GridColumn(l.Delegate.Name,
                    [.. l.Covers.Select(s => Item(s, zone, GridMark.None, "")), .. l.Own.Select(s => Item(s, zone, GridMark.Own, $"{words["Coverage.Pdf.OwnTalk"]} "))], Palette.Column(i)))
                .ToList();
            var missing = plan.Sessions.Select(c => sessions[c.Id]).Where(s => uncovered.Contains(s.Id) && OnDay(s)).ToList();
            var chunks = lanes.Chunk(LanesPerGrid).ToList();
            for (var c = 0; c < Math.Max(1, chunks.Count); c++)
            {
                var columns = new List<GridColumn>();
                if (c == 0 && missing.Count > 0)
                {
                    columns.Add(new GridColumn(words["Coverage.Pdf.NotCovered"], [.. missing.Select(s => Item(s, zone, GridMark.Alert, "⚠ "))], 0xFFFDECEC));
                }

                columns.AddRange(chunks.Count > 0 ? chunks[c] : []);
                if (columns.Count == 0)
                {
                    continue;
                }

                var part = chunks.Count > 1 ? " " + words.Format("Coverage.Pdf.Part", c + 1, chunks.Count) : "";
                TimeGrid.Place(flow, words.Format("Coverage.Pdf.DayHeading", words.DayName(day.Date), part),
                    words.Format("Coverage.Pdf.DayFacts", day.Covered, words.Count("Count.MemberSession", day.MemberSessions), words.Count("Count.Delegate", day.Needed)),
                    columns);
            }
        }

        return PdfWriter.Write(flow.Pages, $"{title} — {snapshot.Summit.Name}", $"{snapshot.Summit.Name} · {title}", generatedAt, words.Language.DocumentTag);
    }

    private static GridItem Item(Session s, TimeZoneInfo zone, GridMark mark, string prefix) =>
        new(VenueTime.ToVenue(s.Start, zone).DateTime, VenueTime.ToVenue(s.End, zone).DateTime,
            $"{prefix}{ItineraryRenderer.Local(s.Start, zone)} {s.Title}{(s.Room is null ? "" : $" · {s.Room}")}", mark, s.SourceUrl,
            $"{prefix}{ItineraryRenderer.Local(s.Start, zone)}");

    private static Session Stand(CoveredSession c) => new(c.Id, c.Title, null, null, null, null, c.Room, c.Start, c.End, [], [], null) { Members = c.Members };

    private static void TitleBlock(PageFlow flow, CoveragePlan plan, SummitSnapshot snapshot, string title, Dictionary<string, Session> sessions, Words words)
    {
        flow.Page.Box(new SKRect(0, 0, flow.Size.Width, 8), Palette.Accent);
        flow.Page.Text(snapshot.Summit.Name, flow.Left, flow.Y + 10, new TextStyle(10, Color: Palette.Muted));
        flow.Y += 18;
        flow.Paragraph(title, new TextStyle(20, Bold: true), 24);
        flow.Y += 4;
        var o = plan.Options;
        flow.Paragraph(words.Format("Coverage.Pdf.Facts", words.Count("Count.Delegate", plan.Delegates.Count), words.Count("Count.MemberSession", plan.Sessions.Count),
            words.Count("Count.Delegate", o.MinimumPerSession), words.Count("Count.Duration", (int)o.TravelBuffer.TotalMinutes),
            words[o.MayCoverOwnCompany ? "Coverage.Pdf.MayOwn" : "Coverage.Pdf.NotOwn"]), Body, 13);
        flow.Paragraph(plan.Because(words), Body, 13);
        flow.Paragraph(words["Coverage.Pdf.OwnTalks"], Body with { Color = Palette.Muted }, 13);
        flow.Y += 4;
        foreach (var d in plan.Days)
        {
            flow.Paragraph(words.Format("Coverage.Pdf.Day", words.DayName(d.Date), d.Covered, words.Count("Count.MemberSession", d.MemberSessions),
                words.Count("Count.Delegate", d.Needed), d.NeededAt is { } at ? words.Format("Coverage.Pdf.At", ItineraryRenderer.Local(at, snapshot.Zone)) : ""), Body, 13);
        }

        if (plan.Uncovered.Count > 0)
        {
            flow.Y += 4;
            flow.Paragraph(words["Coverage.Pdf.NotCoveredList"], Body with { Bold = true }, 13);
            foreach (var s in plan.Uncovered.Select(g => sessions[g.SessionId]).OrderBy(s => s.Start))
            {
                var missing = plan.Uncovered.First(g => g.SessionId == s.Id).Missing;
                flow.Paragraph(words.Format("Coverage.Pdf.Short", words.Date("Format.ShortDayTime", VenueTime.ToVenue(s.Start, snapshot.Zone)), s.Title,
                    s.Room ?? words["Room.None"], missing), Body with { Color = Palette.Clash }, 13);
            }
        }

        flow.Y += 6;
        flow.Page.Line(flow.Left, flow.Y, flow.Right, flow.Y, Palette.Rule, 1);
        flow.Y += 6;
    }
}
