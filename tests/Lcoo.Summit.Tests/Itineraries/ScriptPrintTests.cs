using System.Text;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Imports;
using UglyToad.PdfPig;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>
/// Every script the working group's people and sessions are written in prints with a glyph for each letter and reads
/// back from the PDF word for word: a schedule name, a title and a speaker per script, rendered as an itinerary.
/// </summary>
public class ScriptPrintTests
{
    private static readonly DateTimeOffset Generated = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");

    public static TheoryData<string, string, string> Scripts => new()
    {
        { "Latin with diacritics", "Zoë Müller · Łukasz Żółć · François Ørsted", "Atelier réseau: où en est-on?" },
        { "Greek", "Γιώργος Παπαδόπουλος", "Δίκτυα και υπολογιστικά νέφη" },
        { "Cyrillic", "Дмитрий Иванов", "Облачные сети операторов" },
        { "Simplified Chinese", "中国移动 代表团", "电信云的网络功能虚拟化" },
        { "Traditional Chinese", "中華電信 臺灣", "電信雲與網路功能虛擬化" },
        { "Japanese", "やまだ タロウ 山田太郎", "ネットワーク仮想化の運用" },
        { "Korean", "김철수 · 에스케이텔레콤", "통신 클라우드 운영 사례" },
        { "Arabic", "محمد العربي", "شبكات الاتصالات السحابية" },
        { "Hebrew", "דוד כהן", "רשתות ענן של מפעילים" },
    };

    private static byte[] Render(string name, string title)
    {
        var snapshot = new SummitSnapshot(SydneySummit.Info,
            [new Session("1", title, null, null, null, null, "C3.2", SydneySummit.Local(7, 9, 0), SydneySummit.Local(7, 9, 40),
                [new SessionSpeaker("a")], [], null) { Members = ["skt"] }],
            [new Speaker("a", name, "SK Telecom", null)], 1);
        return ItineraryRenderer.Render(new Itinerary(snapshot, name, title, snapshot.Sessions, [],
            GlanceColumns.Days, [], new Dictionary<string, string>(), Generated));
    }

    /// <summary>Letters as a reader gets them: presentation forms folded to letters (NFKC), spaces dropped.</summary>
    private static string Folded(string text) => string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_letter_has_a_glyph_in_a_bundled_font(string script, string name, string title)
    {
        Assert.True(TextRuns.Missing(name + title).Count == 0, $"{script}: no bundled font draws {string.Join(" ", TextRuns.Missing(name + title))}");
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_word_reads_back_from_the_pdf(string script, string name, string title)
    {
        using var doc = PdfDocument.Open(Render(name, title));
        var letters = doc.GetPages().SelectMany(p => p.Letters).ToList();
        var text = Folded(string.Concat(letters.Select(l => l.Value)));
        var reversed = Folded(string.Concat(letters.Select(l => l.Value).Reverse()));

        Assert.DoesNotContain(letters, l => l.Value is "" or "\uFFFD" or "\0");
        foreach (var word in (name + " " + title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "·"))
        {
            // Right-to-left words are drawn in visual order: read back, they run backwards.
            var expected = Folded(word);
            var found = RightToLeft.Has(word)
                ? reversed.Contains(expected, StringComparison.Ordinal)
                : text.Contains(expected, StringComparison.Ordinal);
            Assert.True(found, $"{script}: '{word}' does not read back from: {text}");
        }
    }

    [Fact]
    public void Arabic_is_printed_joined_and_right_to_left()
    {
        var visual = TextRuns.Visual("محمد", PdfFonts.Regular);

        // Visual order, letters in their joined forms: final dal first, initial meem last.
        Assert.Equal(4, visual.Length);
        Assert.Equal("\uFEAA", visual[..1]);
        Assert.Equal("\uFEE3", visual[^1..]);
        Assert.Equal("محمد", string.Concat(visual.Reverse()).Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void Numbers_inside_right_to_left_text_still_read_left_to_right()
    {
        var visual = TextRuns.Visual("חדר 12 ב", PdfFonts.Regular);

        Assert.Equal("ב 12 רדח", visual);
    }

    [Fact]
    public void Korean_is_drawn_with_the_hangul_font_and_chinese_with_the_cjk_font()
    {
        using var doc = PdfDocument.Open(Render("김철수", "中国移动 Zoë"));
        var letters = doc.GetPages().SelectMany(p => p.Letters).ToList();

        Assert.All(letters.Where(l => l.Value is "김" or "철"), l => Assert.Contains("Nanum", l.FontName));
        Assert.All(letters.Where(l => l.Value is "中" or "移"), l => Assert.Contains("Droid", l.FontName));
        Assert.All(letters.Where(l => l.Value is "ë"), l => Assert.Contains("DejaVu", l.FontName));
    }
}
