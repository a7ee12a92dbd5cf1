using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;
using UglyToad.PdfPig;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>
/// The working group's itinerary in each of its languages: headings, facts, day names and clash notes in the language
/// (the culture's own way of writing a day), every letter with a glyph; and in the pseudo-locale, no word of the
/// itinerary's own English left.
/// </summary>
public class ItineraryLanguageTests
{
    private static readonly DateTimeOffset Generated = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");
    private static readonly string[] WorkingGroup = ["att", "ntt", "skt", "orange"];

    private static (string Text, IReadOnlyList<string> Letters) Render(Language language, IReadOnlyList<string> members)
    {
        var itinerary = Itinerary.ForMembers(SydneySeed.Snapshot, SydneySeed.Members, members, Generated, Paper.A4, new Words(language));
        var pdf = ItineraryRenderer.Render(itinerary);
        using var doc = PdfDocument.Open(pdf);
        var said = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains($"/Lang ({(language == Language.English || language.IsPseudo ? "en-GB" : language.Code)})", said, StringComparison.Ordinal);
        var pages = doc.GetPages().ToList();
        return (string.Join("\n", pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))), [.. pages.SelectMany(p => p.Letters).Select(l => l.Value)]);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [InlineData("en", "Tuesday 7 November", "Session and speakers", "6–8 November 2017")]
    [InlineData("fr", "mardi 7 novembre", "Session et intervenants", "6–8 novembre 2017")]
    [InlineData("ja", "11月7日 火曜日", "セッションと登壇者", "2017年11月6日～8日")]
    [InlineData("ko", "11월 7일 화요일", "세션과 발표자", "2017년 11월 6일~8일")]
    [InlineData("zh-Hans", "11月7日 星期二", "会议与演讲者", "2017年11月6日至8日")]
    public void The_working_group_itinerary_reads_in_each_language(string code, string tuesday, string column, string dates)
    {
        var language = Language.Find(code)!;
        var words = new Words(language);
        var (text, letters) = Render(language, WorkingGroup);
        var squashed = Squash(text);

        Assert.Contains(Squash(tuesday), squashed);
        Assert.Contains(Squash(column), squashed);
        Assert.Contains(Squash(dates), squashed);
        Assert.Contains(Squash(words["Pdf.GroupTitle"]), squashed);
        // The clash notes are the language's too: Sydney's working group is in two places at once on Tuesday.
        Assert.Contains(Squash(words["Clash.MemberPlacesAdvice"]), squashed);
        Assert.DoesNotContain(letters, l => l is "" or "\uFFFD" or "\0");
        if (language != Language.English)
        {
            Assert.DoesNotContain("Session and speakers", text, StringComparison.Ordinal);
            Assert.DoesNotContain("at a glance", text, StringComparison.Ordinal);
        }
    }

    /// <summary>No phrase of any language needs a letter the bundled fonts cannot draw (which a PDF would print as .notdef boxes).</summary>
    [Fact]
    public void Every_phrase_of_every_language_has_a_glyph_for_each_letter()
    {
        var missing = Language.All.SelectMany(l => Words.Keys().Where(k => !k.StartsWith("Format.", StringComparison.Ordinal))
                .Select(k => (l.Code, k, Missing: TextRuns.Missing(new Words(l)[k]))))
            .Where(x => x.Missing.Count > 0).Select(x => $"{x.Code} {x.k}: {string.Join(" ", x.Missing)}").ToList();
        var days = Language.All.SelectMany(l => Enumerable.Range(0, 7).Select(d => new Words(l).DayName(new DateOnly(2017, 11, 6).AddDays(d))))
            .Where(d => TextRuns.Missing(d).Count > 0).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.Empty(days);
    }

    [Theory]
    [InlineData("att")]
    [InlineData("att,ntt,skt,orange")]
    public void In_the_pseudo_locale_no_word_of_the_itinerary_escapes_translation(string members)
    {
        var (text, _) = Render(Language.Pseudo, members.Split(','));
        var snapshot = SydneySeed.Snapshot;
        var data = snapshot.Sessions.SelectMany(s => new[] { s.Title, s.Room ?? "", s.Track ?? "" })
            .Concat(snapshot.Speakers.Values.SelectMany(p => new[] { p.Name, p.Company ?? "", p.JobTitle ?? "" }))
            .Concat(SydneySeed.Members.Members.Select(m => m.DisplayName))
            .Concat([snapshot.Summit.Name, snapshot.Summit.Venue ?? "", snapshot.Summit.TimeZoneId]);

        var escaped = PseudoText.Escaped(text, data);

        Assert.True(escaped.Count == 0, $"untranslated: {string.Join(", ", escaped)}\n{text[..Math.Min(3000, text.Length)]}");
    }
}
