using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Tests.Imports;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Text;

/// <summary>The vocabulary: complete in every language, counted by each language's rule, dates as each culture writes them.</summary>
public class WordsTests
{
    public static TheoryData<string> Languages() => [.. Language.All.Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_phrase_is_in_every_language(string code)
    {
        var language = Language.Find(code)!;
        var neutral = Words.Keys();
        var own = Words.Keys(language);

        Assert.True(neutral.Count > 20, $"only {neutral.Count} phrases");
        Assert.Empty(neutral.Except(own).Order());
        Assert.Empty(own.Except(neutral).Order());
        Assert.All(neutral, key => Assert.False(string.IsNullOrWhiteSpace(new Words(language)[key]), key));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translations_keep_every_placeholder_of_the_english(string code)
    {
        var words = new Words(Language.Find(code)!);
        foreach (var key in Words.Keys())
        {
            var english = System.Text.RegularExpressions.Regex.Matches(Words.English[key], @"\{\d+\}").Select(m => m.Value).Order();
            var theirs = System.Text.RegularExpressions.Regex.Matches(words[key], @"\{\d+\}").Select(m => m.Value).Order();
            Assert.True(english.SequenceEqual(theirs), $"{code} {key}: '{words[key]}'");
        }
    }

    [Theory]
    [InlineData("en", 0, "0 sessions")]
    [InlineData("en", 1, "1 session")]
    [InlineData("en", 1200, "1,200 sessions")]
    [InlineData("fr", 0, "0 session")]
    [InlineData("fr", 1, "1 session")]
    [InlineData("fr", 2, "2 sessions")]
    [InlineData("fr", 1200, "1\u202f200 sessions")]
    [InlineData("ja", 1, "1 件のセッション")]
    [InlineData("ja", 2, "2 件のセッション")]
    [InlineData("ko", 2, "세션 2개")]
    [InlineData("zh-Hans", 2, "2 场会议")]
    public void Counts_follow_each_languages_plural_rule(string code, int n, string expected) =>
        Assert.Equal(expected, new Words(Language.Find(code)!).Count("Count.Session", n));

    [Theory]
    [InlineData("en", "Monday 6 November")]
    [InlineData("fr", "lundi 6 novembre")]
    [InlineData("ja", "11月6日 月曜日")]
    [InlineData("ko", "11월 6일 월요일")]
    [InlineData("zh-Hans", "11月6日 星期一")]
    public void A_day_is_written_as_its_culture_writes_it(string code, string expected) =>
        Assert.Equal(expected, new Words(Language.Find(code)!).DayName(new DateOnly(2017, 11, 6)));

    [Theory]
    [InlineData("fr-CA", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("ja-JP", "ja")]
    [InlineData("qps", "qps")]
    public void A_language_is_found_by_its_code_or_its_base(string code, string expected) => Assert.Equal(expected, Language.Find(code)!.Code);

    [Theory]
    [InlineData("zh-Hant")]
    [InlineData("zh-TW")]
    [InlineData("de")]
    [InlineData("")]
    public void Languages_we_do_not_speak_are_not_guessed(string code) => Assert.Null(Language.Find(code));

    [Fact]
    public void The_pseudo_language_is_bracketed_accented_and_longer_with_its_placeholders_kept()
    {
        var pseudo = new Words(Language.Pseudo);
        foreach (var key in Words.Keys().Where(k => !k.StartsWith("Format.", StringComparison.Ordinal)))
        {
            var english = Words.English[key];
            var text = pseudo[key];
            Assert.StartsWith("[", text);
            Assert.EndsWith("]", text);
            Assert.True(text.Length >= english.Length * 1.3, $"{key}: '{text}' is not longer than '{english}'");
        }

        Assert.Contains("09:00", pseudo.Format("Notice.ResumeTomorrow", "09:00"));
    }

    [Theory]
    [InlineData("fr", "Rien en ce moment — prochaine session à 13:50.")]
    [InlineData("ja", "現在開催中のセッションはありません — 次は 13:50 から。")]
    [InlineData("ko", "지금 진행 중인 세션 없음 — 다음 세션 13:50.")]
    [InlineData("zh-Hans", "目前没有会议 — 下一场 13:50 开始。")]
    public void A_kiosk_at_lunch_says_so_in_its_language(string code, string expected)
    {
        var sydney = SydneySeed.Snapshot;
        var notice = KioskNotice.Of(NowAndNext.Compute(sydney, SydneySummit.Local(7, 13, 0), TimeSpan.FromHours(1), null), sydney, new Words(Language.Find(code)!));

        Assert.Equal((SummitPhase.During, expected), (notice.Phase, notice.NothingOn));
    }

    [Fact]
    public void A_kiosk_the_day_before_names_the_first_day_in_its_language()
    {
        var sydney = SydneySeed.Snapshot;
        var notice = KioskNotice.Of(NowAndNext.Compute(sydney, SydneySummit.Local(4, 12, 0), TimeSpan.FromHours(1), null), sydney, new Words(Language.French));

        Assert.Equal(("lundi 6 novembre", "Le sommet commence lundi 6 novembre à 09:00."), (notice.NextDay, notice.NothingOn));
    }
}
