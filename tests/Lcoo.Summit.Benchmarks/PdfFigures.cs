using Lcoo.Summit.Clashes;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using SkiaSharp;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Benchmarks;

/// <summary>A 200-session itinerary against the floor: the same lines of text in a bare paginated PDF.</summary>
public static class PdfFigures
{
    public static void Run()
    {
        var summit = new SummitInfo("bench", "Benchmark Summit", "Australia/Sydney", new DateOnly(2017, 11, 7), new DateOnly(2017, 11, 10), "Venue", []);
        var sessions = ClashFigures.Synthetic(200, seed: 7).Select(s => s with { Members = [$"m{s.Id.GetHashCode() & 3}"] }).ToList();
        var speakers = sessions.SelectMany(s => s.Speakers).Select(p => p.SpeakerId).Distinct().Select(id => new Speaker(id, $"Person {id}", "Company", null));
        var snapshot = new SummitSnapshot(summit, sessions, speakers, 1);
        var members = new MemberDirectory(Enumerable.Range(0, 4).Select(i => new MemberCompany($"m{i}", $"Member {i}", [])));
        var clashes = ClashDetector.Detect(snapshot, members, new ClashOptions(new HashSet<ClashKind> { ClashKind.Member })).Clashes;
        var itinerary = new Itinerary(snapshot, "Benchmark itinerary", "200 sessions", snapshot.Sessions, clashes, GlanceColumns.Members,
            ["m0", "m1", "m2", "m3"], members.Members.ToDictionary(m => m.Id, m => m.DisplayName), DateTimeOffset.UnixEpoch);
        // The same words as the itinerary, without its layout: a line per session, a line per clash footnote.
        var lines = snapshot.Sessions.Select(s => $"{s.Start:HH:mm}-{s.End:HH:mm} {s.Title} {s.Room} {ItineraryLine(s, snapshot)}")
            .Concat(clashes.Select((c, i) => $"{i + 1} {c.Reason}"))
            .ToList();

        Harness.Ratio("pdf.itinerary-200", () => ItineraryRenderer.Render(itinerary), () => TextOnly(lines), runs: 7,
            note: $"{clashes.Count} clashes marked; target <= 3");
        LongWord(itinerary);
        Sizes(ItineraryRenderer.Render(itinerary).Length, TextOnly(lines).Length);
    }

    /// <summary>
    /// The same itinerary with one title a single 20,000-character word (imports cut titles to 300 characters; this is
    /// what the layout does with what it is given): wrapping measures each character once, so it costs a few pages more,
    /// where cutting the word one character at a time took minutes.
    /// </summary>
    private static void LongWord(Itinerary itinerary)
    {
        var first = itinerary.Sessions[0];
        var word = first with { Title = new string('L', 20_000) };
        var sessions = itinerary.Sessions.Select(s => s.Id == first.Id ? word : s).ToList();
        var snapshot = new SummitSnapshot(itinerary.Snapshot.Summit, sessions, itinerary.Snapshot.Speakers.Values, 2);
        var longOne = itinerary with { Snapshot = snapshot, Sessions = sessions };
        Harness.Ratio("pdf.itinerary-200-with-a-20000-character-word", () => ItineraryRenderer.Render(longOne), () => ItineraryRenderer.Render(itinerary), runs: 5,
            note: "floor: the same itinerary without the word; target <= 2");
    }

    /// <summary>
    /// What people download: Sydney's AT&amp;T itinerary and a six-session personal one whose notes are written in Korean,
    /// Chinese, Japanese and Arabic (every bundled font drawn), with fonts cut to what they draw.
    /// </summary>
    private static void Sizes(int synthetic, int floor)
    {
        var sources = Directory.GetFiles(Path.Combine(Lcoo.Summit.Testing.Fixtures.SeedData, "sydney-2017")).Where(f => !f.EndsWith("members.json", StringComparison.Ordinal))
            .Select(f => new Lcoo.Summit.Imports.ImportSource(Path.GetFileName(f), File.ReadAllBytes(f), null)).ToList();
        var members = new MemberDirectory(System.Text.Json.JsonSerializer.Deserialize<List<MemberCompany>>(
            File.ReadAllText(Path.Combine(Lcoo.Summit.Testing.Fixtures.SeedData, "sydney-2017", "members.json")), System.Text.Json.JsonSerializerOptions.Web)!);
        var plan = (Lcoo.Summit.Imports.ImportPlan)Lcoo.Summit.Imports.ImportPipeline.Run(
            new Lcoo.Summit.Imports.ImportRequest("sydney-2017", sources, new Lcoo.Summit.Imports.ImportOptions()), null, members, DateTimeOffset.UnixEpoch);
        var sydney = plan.After;
        var att = ItineraryRenderer.Render(Itinerary.ForMembers(sydney, members, ["att"], DateTimeOffset.UnixEpoch, Paper.A4));
        var picks = new[] { "20053", "20565", "19860", "20548", "19266", "20472" }.Select(id => new Lcoo.Summit.Schedules.Pick(id, DateTimeOffset.UnixEpoch,
            Lcoo.Summit.Schedules.SeenSession.Of(sydney.FindSession(id)!))).ToList();
        var personal = ItineraryRenderer.Render(Itinerary.ForSchedule(sydney,
            new Lcoo.Summit.Schedules.PersonalSchedule("s", "sydney-2017", "中国移动 代表团 · 김철수 · Zoë Müller", "김철수: SK텔레콤 발표 자료. 山田太郎さん. محمد العربي", 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, picks), DateTimeOffset.UnixEpoch, Paper.A4));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"pdf.sizes: AT&T at Sydney {att.Length / 1024.0:0.0} KB ({PagesOf(att)}; targets < 100 KB, <= 2 pages), personal with four scripts {personal.Length / 1024.0:0.0} KB ({PagesOf(personal)}; targets < 60 KB, 1 page), " +
            $"itinerary-200 {synthetic / 1024.0:0.0} KB vs its floor {floor / 1024.0:0.0} KB (whole DejaVu Sans embedded)"));
    }

    private static string PagesOf(byte[] pdf) => Pages(pdf) == 1 ? "1 page" : $"{Pages(pdf)} pages";

    private static int Pages(byte[] pdf) => System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type /Page\b").Count;

    private static string ItineraryLine(Session s, SummitSnapshot snapshot) =>
        string.Join(", ", s.Speakers.Select(p => snapshot.FindSpeaker(p.SpeakerId)?.Name));

    /// <summary>The floor: the same text, one line each, 60 lines a page, one font, nothing else.</summary>
    private static byte[] TextOnly(List<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            using var font = new SKFont(PdfFonts.Regular, 8);
            using var paint = new SKPaint { Color = SKColors.Black };
            for (var i = 0; i < lines.Count; i += 60)
            {
                var canvas = document.BeginPage(595, 842);
                for (var j = i; j < Math.Min(lines.Count, i + 60); j++)
                {
                    canvas.DrawText(lines[j], 36, 40 + (j - i) * 12, SKTextAlign.Left, font, paint);
                }

                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }
}
