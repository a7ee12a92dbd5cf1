using System.Diagnostics;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Tests.Imports;
using SkiaSharp;
using UglyToad.PdfPig;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Tests.Itineraries;

public class ItineraryPdfTests
{
    private static readonly DateTimeOffset Generated = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");
    private static readonly string[] WorkingGroup = ["att", "ntt", "skt", "orange"];

    /// <summary>The working group's itinerary as the service makes it: through <see cref="Itinerary.ForMembers"/>, with the clashes it picks.</summary>
    private static Itinerary WorkingGroupItinerary(Paper paper = Paper.A4) =>
        Itinerary.ForMembers(SydneySeed.Snapshot, SydneySeed.Members, WorkingGroup, Generated, paper);

    private readonly Lazy<byte[]> Pdf = new(() => ItineraryRenderer.Render(WorkingGroupItinerary()));

    private static string[] PageTexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return [.. doc.GetPages().Select(p => Squash(string.Concat(p.Letters.Select(l => l.Value))))];
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void Shows(string expected, string page) => Assert.Contains(Squash(expected), page);

    [Fact]
    public void The_working_group_pdf_opens_with_its_title_then_a_glance_per_day_then_the_day_tables_filling_pages()
    {
        var pages = PageTexts(Pdf.Value);

        Shows("Working group sessions at the summit", pages[0]);
        Shows("Sessions given by AT&T, NTT, SK Telecom and Orange", pages[0]);
        Shows("23 sessions over 3 days; 4 clashes", pages[0]);
        Shows("6–8 November 2017 · Sydney Convention and Exhibition Centre", pages[0]);
        Shows("Generated Wednesday 1 November 2017, 09:00 venue time", pages[0]);
        Shows("Monday 6 November — at a glance", pages[0]);
        Shows("Tuesday 7 November — at a glance", pages[1]);
        Shows("Wednesday 8 November — at a glance", pages[2]);
        Shows("Monday 6 November Time Session and speakers", pages[2]);
        Assert.Equal(4, pages.Length);
        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.EndsWith($"{p.i + 1}/{pages.Length}", p.text));
    }

    [Fact]
    public void Sessions_appear_with_venue_local_times_rooms_and_speakers()
    {
        var all = string.Concat(PageTexts(Pdf.Value).Skip(2));

        Shows("11:40–12:00 ⚠ 2 Murano - Project Update Felipe Monteiro (AT&T) C3.2", all);
        Shows("Felipe Monteiro (AT&T)", all);
        Shows("09:00–11:15 AT&T's Strategy for Implementing a Next Generation OpenStack Cloud", all);
        Shows("Thomas Morin (Orange)", all);
    }

    [Fact]
    public void Clashes_are_marked_beside_their_sessions_with_a_footnote_saying_with_what()
    {
        var all = string.Concat(PageTexts(Pdf.Value));

        Shows("⚠ 2  The working group is in 3 places at once, Tue 7 Nov 11:40–11:50", all);
        Shows("AT&T is in 2 places at once, Wed 8 Nov 16:00–16:10", all);
        Assert.True(all.Split("⚠").Length > 8, "every clashing session carries a mark");
    }

    [Fact]
    public void Session_titles_link_to_their_summit_pages()
    {
        using var doc = PdfDocument.Open(Pdf.Value);
        var links = doc.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Action is UglyToad.PdfPig.Actions.UriAction)
            .Select(a => ((UglyToad.PdfPig.Actions.UriAction)a.Action!).Uri).ToList();

        Assert.Contains(links, l => l.EndsWith("/events/19266/murano-project-update", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        Assert.Equal(Pdf.Value, ItineraryRenderer.Render(WorkingGroupItinerary()));
    }

    [Fact]
    public void Letter_paper_is_612_by_792_points()
    {
        using var doc = PdfDocument.Open(ItineraryRenderer.Render(WorkingGroupItinerary(Paper.Letter)));

        Assert.All(doc.GetPages(), p => Assert.Equal((612d, 792d), (p.Width, p.Height)));
    }

    [Fact]
    public void Chinese_and_accented_names_and_Orange_trademark_render_with_bundled_fonts()
    {
        var snapshot = new SummitSnapshot(SydneySummit.Info,
            [new Session("1", "Orange™ and 中国移动 on telco clouds", null, null, null, null, "C3.2", SydneySummit.Local(7, 9, 0), SydneySummit.Local(7, 9, 40),
                [new SessionSpeaker("a"), new SessionSpeaker("b")], [], null) { Members = ["china-mobile"] }],
            [new Speaker("a", "李明", "中国移动", null), new Speaker("b", "Hélène Müller", "Orange", null)], 1);
        var pdf = ItineraryRenderer.Render(new Itinerary(snapshot, "China Mobile at the Summit", "中国移动", snapshot.Sessions, [],
            GlanceColumns.Days, [], new Dictionary<string, string>(), Generated));

        using var doc = PdfDocument.Open(pdf);
        var letters = doc.GetPages().SelectMany(p => p.Letters).ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("李明(中国移动)", text.Replace(" ", ""));
        Assert.Contains("HélèneMüller(Orange)", Squash(text));
        Assert.Contains("Orange™", text);
        Assert.All(letters.Where(l => l.Value is "中" or "国" or "李"), l => Assert.Contains("Droid", l.FontName));
        Assert.All(letters.Where(l => l.Value is "é" or "™"), l => Assert.Contains("DejaVu", l.FontName));
    }

    [Fact]
    public void No_text_on_any_page_is_set_below_seven_points()
    {
        using var doc = PdfDocument.Open(Pdf.Value);

        var smallest = doc.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.PointSize);

        Assert.True(smallest >= 7 - 0.01, $"the smallest text is {smallest:0.0} pt");
    }

    [Fact]
    public void The_first_page_and_a_day_at_a_glance_render_to_images_that_are_not_blank()
    {
        var folder = Path.Combine(Fixtures.RepoRoot, "artifacts", "test-results");
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, "itinerary-working-group.pdf");
        File.WriteAllBytes(pdfPath, Pdf.Value);

        foreach (var (page, name) in new[] { (1, "title"), (2, "glance-tuesday") })
        {
            var prefix = Path.Combine(folder, $"itinerary-{name}");
            using var pdftoppm = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdfPath, prefix]))
                ?? throw new InvalidOperationException("pdftoppm (poppler-utils) is needed: .ci/run installs it");
            pdftoppm.WaitForExit();
            Assert.Equal(0, pdftoppm.ExitCode);

            using var image = SKBitmap.Decode(prefix + ".png");
            var inked = 0;
            for (var y = 0; y < image.Height; y += 2)
            {
                for (var x = 0; x < image.Width; x += 2)
                {
                    var c = image.GetPixel(x, y);
                    inked += c.Red + c.Green + c.Blue < 600 ? 1 : 0;
                }
            }

            Assert.True(inked > image.Width * image.Height / 400, $"{name} looks blank ({inked} inked samples)");
        }
    }
}
