using Lcoo.Summit.Coverage;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;
using UglyToad.PdfPig;

namespace Lcoo.Summit.Tests.Coverage;

/// <summary>
/// The coverage plan's own words in each language: the PDF's title, facts, day headings and lanes, its /Lang, why the plan
/// is the best there is; and in the pseudo-locale, no word of the PDF's own English left.
/// </summary>
public class CoverageLanguageTests
{
    private static readonly HashSet<string> WorkingGroup = ["att", "ntt", "skt", "orange"];
    private static readonly DateTimeOffset Made = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");

    /// <summary>The working group's plan with its speakers as delegates, or only <paramref name="delegates"/> of them (too few: some sessions stay uncovered).</summary>
    private static CoveragePlan Plan(int? delegates = null) => CoveragePlanner.Plan(SydneySeed.Snapshot, WorkingGroup,
        [.. CoveragePlanner.SpeakersOf(SydneySeed.Snapshot, SydneySeed.Members, WorkingGroup).Take(delegates ?? int.MaxValue)], new CoverageOptions(TimeSpan.FromMinutes(5)));

    private static string Read(CoveragePlan plan, Language language)
    {
        var names = SydneySeed.Members.Members.ToDictionary(m => m.Id, m => m.DisplayName);
        var pdf = CoverageRenderer.Render(plan, SydneySeed.Snapshot, names, Made, Paper.A4, default, new Words(language));
        Assert.Contains($"/Lang ({language.DocumentTag})", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        using var doc = PdfDocument.Open(pdf);
        return string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [InlineData("en", "Who goes where", "Tuesday 7 November", "Not covered")]
    [InlineData("fr", "Qui va où", "mardi 7 novembre", "Non couvertes")]
    [InlineData("ja", "誰がどこへ行くか", "11月7日 火曜日", "担当者なし")]
    [InlineData("ko", "누가 어디에 가는가", "11월 7일 화요일", "담당자 없음")]
    [InlineData("zh-Hans", "谁去哪里", "11月7日 星期二", "未覆盖")]
    public void The_coverage_pdf_reads_in_each_language(string code, string title, string tuesday, string uncovered)
    {
        var plan = Plan(delegates: 3);
        var text = Squash(Read(plan, Language.Find(code)!));

        Assert.NotEmpty(plan.Uncovered);
        Assert.Contains(Squash(title), text, StringComparison.Ordinal);
        Assert.Contains(Squash(tuesday), text, StringComparison.Ordinal);
        Assert.Contains(Squash(uncovered), text, StringComparison.Ordinal);
        Assert.Contains(Squash(plan.Because(new Words(Language.Find(code)!))), text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_pseudo_locale_no_word_of_the_coverage_pdf_escapes_translation()
    {
        var text = Read(Plan(delegates: 3), Language.Pseudo);
        var snapshot = SydneySeed.Snapshot;
        var data = snapshot.Sessions.SelectMany(s => new[] { s.Title, s.Room ?? "" })
            .Concat(snapshot.Speakers.Values.SelectMany(p => new[] { p.Name, p.Company ?? "" }))
            .Concat(SydneySeed.Members.Members.Select(m => m.DisplayName))
            .Concat([snapshot.Summit.Name]);

        var escaped = PseudoText.Escaped(text, data);

        Assert.True(escaped.Count == 0, $"untranslated: {string.Join(", ", escaped)}\n{text[..Math.Min(3000, text.Length)]}");
    }

    [Theory]
    [InlineData(null, "Coverage.Because.Complete")]
    [InlineData(3, "Coverage.Because.Proven")]
    public void Why_a_plan_is_the_best_is_said_from_what_it_found_in_the_language_asked(int? delegates, string key)
    {
        var plan = Plan(delegates);

        Assert.Equal(Words.English[key], plan.Because(Words.English));
        Assert.Equal(new Words(Language.French)[key], plan.Because(new Words(Language.French)));
        Assert.NotEqual(plan.Because(Words.English), plan.Because(new Words(Language.Japanese)));
    }
}
