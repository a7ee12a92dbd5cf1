using System.Globalization;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using SkiaSharp;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Coverage;

/// <summary>
/// The coordinator's coverage PDF: a title page with what each day needs and what stays uncovered, then each day as a
/// lane per delegate (their assigned sessions) beside the sessions nobody covers, marked.
/// </summary>
public static class CoverageRenderer
{
    private const int LanesPerPage = 8;

    public static byte[] Render(CoveragePlan plan, SummitSnapshot snapshot, IReadOnlyDictionary<string, string> memberNames, DateTimeOffset generatedAt, CancellationToken ct = default)
    {
        var size = PdfPage.SizeOf(Paper.A4);
        var zone = snapshot.Zone;
        var title = $"Who goes where: {string.Join(", ", plan.Members.Select(m => memberNames.GetValueOrDefault(m, m)))}";
        var sessions = plan.Sessions.Select(c => snapshot.FindSession(c.Id) ?? Stand(c)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var names = plan.Delegates.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        var pages = new List<PdfPage> { TitlePage(plan, snapshot, title, size, sessions) };

        foreach (var day in plan.Days)
        {
            ct.ThrowIfCancellationRequested();
            var onDay = plan.Assignments.Where(a => VenueTime.VenueDay(sessions[a.SessionId].Start, zone) == day.Date).ToList();
            var uncovered = plan.Uncovered.Select(g => sessions[g.SessionId]).Where(s => VenueTime.VenueDay(s.Start, zone) == day.Date).ToList();
            var lanes = onDay.GroupBy(a => a.DelegateId).OrderBy(g => names[g.Key], StringComparer.OrdinalIgnoreCase)
                .Select((g, i) => new GlanceColumn(names[g.Key], [.. g.Select(a => sessions[a.SessionId])], Palette.Column(i))).ToList();
            var chunks = lanes.Chunk(LanesPerPage).ToList();
            for (var c = 0; c < Math.Max(1, chunks.Count); c++)
            {
                var columns = new List<GlanceColumn>();
                if (c == 0 && uncovered.Count > 0)
                {
                    columns.Add(new GlanceColumn("Not covered", uncovered, 0xFFFDECEC));
                }

                columns.AddRange(chunks.Count > 0 ? chunks[c] : []);
                if (columns.Count == 0)
                {
                    continue;
                }

                var part = chunks.Count > 1 ? $" ({c + 1} of {chunks.Count})" : "";
                pages.Add(DayGlance.Grid(size, day.Date, zone, $"{Phrases.DayName(day.Date)} — who goes where{part}",
                    $"{day.Covered} of {day.MemberSessions} member sessions covered; the day needs at least {day.Needed} delegates",
                    columns, s => plan.Uncovered.Any(g => g.SessionId == s.Id)
                        ? new GlanceBlock($"⚠ {ItineraryRenderer.Local(s.Start, zone)} {s.Title} ({s.Room ?? "room not announced"})", true)
                        : new GlanceBlock($"{ItineraryRenderer.Local(s.Start, zone)} {s.Title}{(s.Room is null ? "" : $" · {s.Room}")}", false)));
            }
        }

        return PdfWriter.Write(pages, $"{title} — {snapshot.Summit.Name}", $"{snapshot.Summit.Name} · {title}", generatedAt);
    }

    private static Session Stand(CoveredSession c) => new(c.Id, c.Title, null, null, null, null, c.Room, c.Start, c.End, [], [], null) { Members = c.Members };

    private static PdfPage TitlePage(CoveragePlan plan, SummitSnapshot snapshot, string title, SKSize size, Dictionary<string, Session> sessions)
    {
        var page = new PdfPage(size);
        var width = size.Width - (2 * ItineraryRenderer.Margin);
        var x = ItineraryRenderer.Margin;
        var y = 120f;
        page.Box(new SKRect(0, 0, size.Width, 12), Palette.Accent);
        page.Text(snapshot.Summit.Name, x, y, new TextStyle(14, Color: Palette.Muted));
        y += 36;
        foreach (var line in TextRuns.Wrap(title, new TextStyle(24, Bold: true), width))
        {
            page.Text(line, x, y, new TextStyle(24, Bold: true));
            y += 30;
        }

        var o = plan.Options;
        var lines = new List<(string Text, TextStyle Style)>
        {
            ($"{Phrases.Count(plan.Delegates.Count, "delegate")}; {Phrases.Count(plan.Sessions.Count, "member session")}; at least " +
                $"{Phrases.Count(o.MinimumPerSession, "delegate")} each; {o.TravelBuffer.TotalMinutes:0} minutes between rooms; " +
                (o.MayCoverOwnCompany ? "delegates may sit in their own company's sessions." : "nobody sits in their own company's sessions."), Body),
            (plan.OptimalBecause, Body),
            ("", Body),
        };
        lines.AddRange(plan.Days.Select(d => ($"{Phrases.DayName(d.Date)}: {d.Covered} of {Phrases.Count(d.MemberSessions, "member session")} covered; " +
            $"needs at least {Phrases.Count(d.Needed, "delegate")}" +
            (d.NeededAt is { } at ? $" (at {ItineraryRenderer.Local(at, snapshot.Zone)})" : "") + ".", Body)));
        if (plan.Uncovered.Count > 0)
        {
            lines.Add(("", Body));
            lines.Add(("Not covered:", new TextStyle(11, Bold: true)));
            lines.AddRange(plan.Uncovered.Select(g => sessions[g.SessionId]).OrderBy(s => s.Start).Select(s =>
                ($"⚠ {s.Start.ToOffset(snapshot.Zone.GetUtcOffset(s.Start)).ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("en-GB"))} {s.Title}" +
                 $" ({s.Room ?? "room not announced"}), {plan.Uncovered.First(g => g.SessionId == s.Id).Missing} short", Body with { Color = Palette.Clash })));
        }

        y += 20;
        foreach (var (text, style) in lines)
        {
            foreach (var line in TextRuns.Wrap(text, style, width))
            {
                page.Text(line, x, y, style);
                y += 15;
            }

            if (y > size.Height - 70)
            {
                break;
            }
        }

        return page;
    }

    private static readonly TextStyle Body = new(10.5f, Color: Palette.Ink);
}
