using System.Globalization;
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

    public static byte[] Render(CoveragePlan plan, SummitSnapshot snapshot, IReadOnlyDictionary<string, string> memberNames, DateTimeOffset generatedAt,
        Paper paper = Paper.A4, CancellationToken ct = default)
    {
        var zone = snapshot.Zone;
        var sessions = plan.Sessions.Select(c => snapshot.FindSession(c.Id) ?? Stand(c)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        // The members this plan has sessions of, not every member it was asked about.
        var present = plan.Members.Where(m => plan.Sessions.Any(s => s.Members.Contains(m))).Select(m => memberNames.GetValueOrDefault(m, m)).ToList();
        var title = $"Who goes where: {(present.Count > 0 ? string.Join(", ", present) : "no member sessions")}";
        var names = plan.Delegates.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        var talks = CoveragePlanner.Talks(snapshot, plan.Delegates);
        var uncovered = plan.Uncovered.Select(g => g.SessionId).ToHashSet(StringComparer.Ordinal);

        var flow = new PageFlow(PdfPage.SizeOf(paper));
        flow.NewPage();
        TitleBlock(flow, plan, snapshot, title, sessions);
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
                    [.. l.Covers.Select(s => Item(s, zone, GridMark.None, "")), .. l.Own.Select(s => Item(s, zone, GridMark.Own, "Own talk: "))], Palette.Column(i)))
                .ToList();
            var missing = plan.Sessions.Select(c => sessions[c.Id]).Where(s => uncovered.Contains(s.Id) && OnDay(s)).ToList();
            var chunks = lanes.Chunk(LanesPerGrid).ToList();
            for (var c = 0; c < Math.Max(1, chunks.Count); c++)
            {
                var columns = new List<GridColumn>();
                if (c == 0 && missing.Count > 0)
                {
                    columns.Add(new GridColumn("Not covered", [.. missing.Select(s => Item(s, zone, GridMark.Alert, "⚠ "))], 0xFFFDECEC));
                }

                columns.AddRange(chunks.Count > 0 ? chunks[c] : []);
                if (columns.Count == 0)
                {
                    continue;
                }

                var part = chunks.Count > 1 ? $" ({c + 1} of {chunks.Count})" : "";
                TimeGrid.Place(flow, $"{Phrases.DayName(day.Date)} — who goes where{part}",
                    $"{day.Covered} of {Phrases.Count(day.MemberSessions, "member session")} covered; the day needs at least {Phrases.Count(day.Needed, "delegate")}.",
                    columns);
            }
        }

        return PdfWriter.Write(flow.Pages, $"{title} — {snapshot.Summit.Name}", $"{snapshot.Summit.Name} · {title}", generatedAt);
    }

    private static GridItem Item(Session s, TimeZoneInfo zone, GridMark mark, string prefix) =>
        new(VenueTime.ToVenue(s.Start, zone).DateTime, VenueTime.ToVenue(s.End, zone).DateTime,
            $"{prefix}{ItineraryRenderer.Local(s.Start, zone)} {s.Title}{(s.Room is null ? "" : $" · {s.Room}")}", mark, s.SourceUrl,
            $"{prefix}{ItineraryRenderer.Local(s.Start, zone)}");

    private static Session Stand(CoveredSession c) => new(c.Id, c.Title, null, null, null, null, c.Room, c.Start, c.End, [], [], null) { Members = c.Members };

    private static void TitleBlock(PageFlow flow, CoveragePlan plan, SummitSnapshot snapshot, string title, Dictionary<string, Session> sessions)
    {
        flow.Page.Box(new SKRect(0, 0, flow.Size.Width, 8), Palette.Accent);
        flow.Page.Text(snapshot.Summit.Name, flow.Left, flow.Y + 10, new TextStyle(10, Color: Palette.Muted));
        flow.Y += 18;
        flow.Paragraph(title, new TextStyle(20, Bold: true), 24);
        flow.Y += 4;
        var o = plan.Options;
        flow.Paragraph($"{Phrases.Count(plan.Delegates.Count, "delegate")}; {Phrases.Count(plan.Sessions.Count, "member session")}; at least " +
            $"{Phrases.Count(o.MinimumPerSession, "delegate")} each; {o.TravelBuffer.TotalMinutes:0} minutes between rooms; " +
            (o.MayCoverOwnCompany ? "delegates may sit in their own company's sessions." : "nobody sits in their own company's sessions."), Body, 13);
        flow.Paragraph(plan.OptimalBecause, Body, 13);
        flow.Paragraph("Own talks are drawn in their speaker's lane, outlined: they are fixed, and nobody is sent elsewhere at the time.",
            Body with { Color = Palette.Muted }, 13);
        flow.Y += 4;
        foreach (var d in plan.Days)
        {
            flow.Paragraph($"{Phrases.DayName(d.Date)}: {d.Covered} of {Phrases.Count(d.MemberSessions, "member session")} covered; " +
                $"needs at least {Phrases.Count(d.Needed, "delegate")}" +
                (d.NeededAt is { } at ? $" (at {ItineraryRenderer.Local(at, snapshot.Zone)})" : "") + ".", Body, 13);
        }

        if (plan.Uncovered.Count > 0)
        {
            flow.Y += 4;
            flow.Paragraph("Not covered:", Body with { Bold = true }, 13);
            foreach (var s in plan.Uncovered.Select(g => sessions[g.SessionId]).OrderBy(s => s.Start))
            {
                var missing = plan.Uncovered.First(g => g.SessionId == s.Id).Missing;
                flow.Paragraph($"⚠ {VenueTime.ToVenue(s.Start, snapshot.Zone).ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("en-GB"))} {s.Title}" +
                    $" ({s.Room ?? Phrases.NoRoom.ToLowerInvariant()}), {missing} short", Body with { Color = Palette.Clash }, 13);
            }
        }

        flow.Y += 6;
        flow.Page.Line(flow.Left, flow.Y, flow.Right, flow.Y, Palette.Rule, 1);
        flow.Y += 6;
    }
}
