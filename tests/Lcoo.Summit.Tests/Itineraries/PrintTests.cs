using System.Diagnostics;
using System.Text.RegularExpressions;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>
/// What a coordinator hands out, checked from the PDF itself for every kind of document on every summit we hold: each
/// page kept as a PNG in artifacts/print to be looked at, text no smaller than 7 pt, inside the page, overlapping no
/// other text, a glyph for every character; and the page counts and sizes a coordinator was promised.
/// </summary>
public partial class PrintTests
{
    public static TheoryData<string> Documents => [.. PrintedSummits.Documents.Keys];

    private static byte[] Pdf(string name) => PrintedSummits.Documents[name].Value;

    private static string Folder
    {
        get
        {
            var folder = Path.Combine(Fixtures.RepoRoot, "artifacts", "print");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_page_renders_to_an_image_kept_for_people_to_look_at(string name)
    {
        var pdf = Path.Combine(Folder, $"{name}.pdf");
        File.WriteAllBytes(pdf, Pdf(name));
        foreach (var old in Directory.GetFiles(Folder, $"{name}-page-*.png"))
        {
            File.Delete(old);
        }

        using (var pdftoppm = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", pdf, Path.Combine(Folder, $"{name}-page")]))
            ?? throw new InvalidOperationException("pdftoppm (poppler-utils) is needed: tests/install-deps installs it"))
        {
            pdftoppm.WaitForExit();
            Assert.Equal(0, pdftoppm.ExitCode);
        }

        using var doc = PdfDocument.Open(Pdf(name));
        Assert.Equal(doc.NumberOfPages, Directory.GetFiles(Folder, $"{name}-page-*.png").Length);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_text_is_smaller_than_seven_points(string name)
    {
        using var doc = PdfDocument.Open(Pdf(name));
        var small = Small(doc);

        Assert.True(small.Count == 0, $"{name}: {string.Join("; ", small)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void All_text_is_inside_the_page_and_its_margins(string name)
    {
        using var doc = PdfDocument.Open(Pdf(name));
        var outside = Outside(doc);

        Assert.True(outside.Count == 0, $"{name}: {string.Join("; ", outside)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_text_overlaps_other_text(string name)
    {
        using var doc = PdfDocument.Open(Pdf(name));
        var overlaps = Overlapping(doc);

        Assert.True(overlaps.Count == 0, $"{name}: {string.Join("; ", overlaps)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_character_has_a_glyph(string name)
    {
        using var doc = PdfDocument.Open(Pdf(name));
        var letters = doc.GetPages().SelectMany(p => p.Letters).ToList();

        Assert.DoesNotContain(letters, l => l.Value is "" or "\uFFFD" or "\0");
        Assert.Empty(TextRuns.Missing(string.Concat(letters.Select(l => l.Value))));
    }

    [Theory]
    [InlineData("sydney-att-a4", 2)]
    [InlineData("sydney-att-letter", 2)]
    [InlineData("sydney-personal-6-picks", 1)]
    public void Documents_fit_the_pages_promised(string name, int pages)
    {
        using var doc = PdfDocument.Open(Pdf(name));

        Assert.True(doc.NumberOfPages <= pages, $"{name} takes {doc.NumberOfPages} pages, not {pages}");
    }

    [Theory]
    [InlineData("sydney-att-a4", 100)]
    [InlineData("sydney-personal-6-picks", 60)]
    public void Files_stay_small_with_every_font(string name, int kilobytes)
    {
        Assert.True(Pdf(name).Length < kilobytes * 1024, $"{name} is {Pdf(name).Length / 1024} KB");
    }

    [Fact]
    public void A_days_table_that_goes_on_over_a_page_repeats_its_heading_and_column_names()
    {
        using var doc = PdfDocument.Open(Pdf("boston-working-group-letter"));
        var pages = doc.GetPages().Select(Text).ToList();
        var withRows = pages.Where(t => RowTime().IsMatch(t)).ToList();

        Assert.Contains(pages, t => t.Contains("(continued)", StringComparison.Ordinal));
        Assert.All(withRows, t => Assert.Contains("Time Session and speakers", t));
    }

    [Fact]
    public void A_personal_schedules_notes_are_printed_under_its_title()
    {
        using var doc = PdfDocument.Open(Pdf("sydney-personal-6-picks"));
        var first = Text(doc.GetPage(1));

        Assert.Contains("Notes Meet Jaesuk after the Birds of a Feather.", first);
        Assert.Contains("김철수 will bring the SK Telecom slides.", first);
    }

    [Fact]
    public void The_warning_colour_holds_over_every_line_of_a_wrapped_clash_note_and_block()
    {
        using var doc = PdfDocument.Open(Pdf("sydney-working-group-a4"));
        var words = doc.GetPages().SelectMany(p => p.GetWords()).ToList();

        // The last words of a footnote that wraps, and of a clashing block's title that wraps.
        var tails = words.Where(w => w.Text is "which." or "hosts" && w.Letters[0].PointSize < 8).ToList();
        Assert.Contains(tails, w => w.Text == "hosts");
        Assert.NotEmpty(tails);
        Assert.All(tails, w => Assert.All(w.Letters, l => Assert.Equal((0.776, 0.157, 0.157), Rgb(l))));
    }

    [Fact]
    public void Footnotes_name_sessions_by_title_and_time_never_by_id()
    {
        var text = string.Concat(PrintedSummits.Documents.Keys.Where(k => !k.Contains("coverage")).Select(k =>
        {
            using var doc = PdfDocument.Open(Pdf(k));
            return string.Join(" ", doc.GetPages().Select(Text));
        }));

        Assert.DoesNotMatch(@"\(\d{4,6}\)", text);
    }

    [Fact]
    public void The_checks_find_small_text_text_off_the_page_and_text_set_over_text()
    {
        var page = new PdfPage(PdfPage.SizeOf(Paper.A4));
        page.Text("Set over", 100, 100, new TextStyle(9));
        page.Text("each other", 104, 101, new TextStyle(9));
        page.Text("Too small", 100, 200, new TextStyle(6));
        page.Text("Off the page", 560, 300, new TextStyle(9));
        using var doc = PdfDocument.Open(PdfWriter.Write([page], "bad", "bad", PrintedSummits.Generated));

        Assert.Contains(Overlapping(doc), o => o.Contains("page 1", StringComparison.Ordinal));
        Assert.NotEmpty(Small(doc));
        Assert.NotEmpty(Outside(doc));
        Assert.DoesNotContain(Overlapping(doc), o => o.Contains("'T'", StringComparison.Ordinal));
    }

    private static List<string> Small(PdfDocument doc) => [.. Inked(doc).Where(l => l.Letter.PointSize < 7 - 0.01).Take(5)
        .Select(l => $"page {l.Page} '{l.Letter.Value}' at {l.Letter.PointSize:0.0} pt")];

    private static List<string> Outside(PdfDocument doc) => [.. doc.GetPages()
        .SelectMany(page => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Where(l =>
            l.BoundingBox.Left < 20 || l.BoundingBox.Right > page.Width - 20 || l.BoundingBox.Bottom < 12 || l.BoundingBox.Top > page.Height - 12)
            .Select(l => $"page {page.Number} '{l.Value}' at {l.BoundingBox}"))
        .Take(5)];

    /// <summary>
    /// Letters set over other letters: each letter as the band its line occupies (baseline to 0.7 of its size), so
    /// neighbours in a word only touch, while lines drawn over each other cannot go unseen.
    /// </summary>
    private static List<string> Overlapping(PdfDocument doc)
    {
        var overlaps = new List<string>();
        foreach (var page in doc.GetPages())
        {
            var boxes = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => (l.Value, Left: l.StartBaseLine.X, Right: l.StartBaseLine.X + l.Width, Bottom: l.StartBaseLine.Y, Top: l.StartBaseLine.Y + 0.7 * l.PointSize))
                .OrderBy(b => b.Left).ToList();
            for (var i = 0; i < boxes.Count && overlaps.Count < 5; i++)
            {
                for (var j = i + 1; j < boxes.Count && boxes[j].Left < boxes[i].Right - 0.3; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    var width = Math.Min(a.Right, b.Right) - b.Left;
                    var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                    if (width > 0.3 && height > 0.3)
                    {
                        overlaps.Add($"page {page.Number}: '{a.Value}' and '{b.Value}' at ({b.Left:0},{b.Bottom:0})");
                    }
                }
            }
        }

        return overlaps;
    }

    private static (double, double, double) Rgb(Letter l)
    {
        var (r, g, b) = l.Color.ToRGBValues();
        return (Math.Round(r, 3), Math.Round(g, 3), Math.Round(b, 3));
    }

    private static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static IEnumerable<(int Page, Letter Letter)> Inked(PdfDocument doc) =>
        doc.GetPages().SelectMany(p => p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => (p.Number, l)));

    [GeneratedRegex(@"\d\d:\d\d–\d\d:\d\d")]
    private static partial Regex RowTime();
}
