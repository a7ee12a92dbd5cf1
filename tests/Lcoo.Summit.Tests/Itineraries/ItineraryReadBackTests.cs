using System.Diagnostics;
using System.Text.RegularExpressions;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;
using UglyToad.PdfPig;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>
/// Itineraries as the people who use them read them: text that extracts as drawn (pdftotext, and PdfPig's words), fonts
/// embedded as subsets, the document's language and title, glance pages only where they help, every page as a PNG.
/// </summary>
public partial class ItineraryReadBackTests
{
    private static readonly DateTimeOffset Generated = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");

    private static readonly Lazy<byte[]> Att = new(() =>
        ItineraryRenderer.Render(Itinerary.ForMembers(SydneySeed.Snapshot, SydneySeed.Members, ["att"], Generated, Paper.A4)));

    private static byte[] Personal(params string[] ids) => ItineraryRenderer.Render(Itinerary.ForSchedule(SydneySeed.Snapshot,
        new PersonalSchedule("s1", "sydney-2017", "My Sydney", null, 1, Generated, Generated,
            [.. ids.Select(id => new Pick(id, Generated, SeenSession.Of(SydneySeed.Snapshot.FindSession(id)!)))]), Generated, Paper.A4));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>pdftotext in content order (-raw), whitespace folded: a title wrapped over two lines reads as one.</summary>
    private static string Pdftotext(byte[] pdf, string name)
    {
        var path = Path.Combine(Folder, $"{name}.pdf");
        File.WriteAllBytes(path, pdf);
        return Space().Replace(Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-"), " ");
    }

    private static string Folder
    {
        get
        {
            var folder = Path.Combine(Fixtures.RepoRoot, "artifacts", "test-results");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} (poppler-utils) is needed: tests/install-deps installs it");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    [Fact]
    public void Pdftotext_reads_every_title_name_and_room_of_the_att_itinerary_back_as_drawn()
    {
        var text = Pdftotext(Att.Value, "itinerary-att");
        var sessions = SydneySeed.Snapshot.Sessions.Where(s => s.Published && s.Members.Contains("att")).ToList();

        Assert.Contains("OpenStack", text);
        Assert.Contains("Implementing", text);
        Assert.Equal(15, sessions.Count);
        Assert.All(sessions, s => Assert.Contains(s.Title, text));
        Assert.All(sessions.SelectMany(s => s.Speakers).Select(p => SydneySeed.Snapshot.FindSpeaker(p.SpeakerId)?.Name).OfType<string>(), name => Assert.Contains(name, text));
        Assert.Contains("C3.2", text);
        Assert.Contains("15 sessions over 3 days; 1 clash, marked ⚠", text);
    }

    [Fact]
    public void PdfPig_reads_whole_words()
    {
        using var doc = PdfDocument.Open(Att.Value);
        var words = doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();

        Assert.Superset(new HashSet<string> { "OpenStack", "Implementing", "Murano", "Session", "Containerised", "Kubernetes" }, words);
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets_and_the_files_are_small()
    {
        var att = Att.Value;
        var personal = Personal("19266", "20053", "20581");
        var folder = Folder;
        File.WriteAllBytes(Path.Combine(folder, "itinerary-personal.pdf"), personal);

        var fonts = Run("pdffonts", Path.Combine(folder, "itinerary-personal.pdf")).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes", f));
        Assert.True(att.Length < 200 * 1024, $"the AT&T itinerary is {att.Length / 1024} KB");
        Assert.True(personal.Length < 100 * 1024, $"the personal itinerary is {personal.Length / 1024} KB");
    }

    [Fact]
    public void The_document_says_its_language_and_title_and_opens_showing_the_title()
    {
        using var doc = PdfDocument.Open(Att.Value);
        var catalog = doc.Structure.Catalog.CatalogDictionary;

        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)catalog.Data["Lang"]).Data);
        Assert.Equal("AT&T at Sydney — Sydney", doc.Information.Title);
        Assert.Contains("DisplayDocTitle", catalog.Data["ViewerPreferences"].ToString());
    }

    [Fact]
    public void The_att_glance_is_one_grid_with_a_column_per_day_and_only_short_blocks_end_with_an_ellipsis()
    {
        var text = Pdftotext(Att.Value, "itinerary-att");
        using var doc = PdfDocument.Open(Att.Value);
        var first = string.Join(" ", doc.GetPage(1).GetWords().Select(w => w.Text));

        Assert.Contains("At a glance", first);
        Assert.Contains("Monday 6 November Tuesday 7 November Wednesday 8 November", first);
        Assert.DoesNotContain("— at a glance", text);
        Assert.Contains("First the days at a glance", text);
        // Titles wrap within their blocks: a 40-minute session's title is whole, only a 10-minute one's is cut.
        Assert.Contains("09:50 \"I pity the fool that builds his own cloud!\" – Overcoming challenges of OpenStack based telco cloud 10:50", text);
        Assert.Contains("Integrati…", first);
    }

    [Fact]
    public void Rooms_not_yet_announced_are_said_once_under_each_table_with_the_venue()
    {
        var text = Pdftotext(Personal("20053", "20565", "19860", "20548", "19266", "20472", "20470"), "itinerary-no-room");

        Assert.Contains("Room not announced yet (", text);
        Assert.Contains("All sessions are at Sydney Convention and Exhibition Centre.", text);
        Assert.DoesNotContain("not announced C", text);
        Assert.DoesNotContain("TBD", text);
    }

    [Fact]
    public void Every_page_of_the_att_itinerary_renders_to_a_png_kept_for_people_to_look_at()
    {
        var pdf = Path.Combine(Folder, "itinerary-att.pdf");
        File.WriteAllBytes(pdf, Att.Value);
        using var doc = PdfDocument.Open(Att.Value);

        foreach (var old in Directory.GetFiles(Folder, "itinerary-att-page-*.png"))
        {
            File.Delete(old);
        }

        Run("pdftoppm", "-png", "-r", "60", pdf, Path.Combine(Folder, "itinerary-att-page"));

        var pngs = Directory.GetFiles(Folder, "itinerary-att-page-*.png");
        Assert.Equal(doc.NumberOfPages, pngs.Length);
        Assert.All(pngs, png => Assert.True(new FileInfo(png).Length > 5_000, $"{png} looks blank"));
    }
}
