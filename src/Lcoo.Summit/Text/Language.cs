using System.Globalization;

namespace Lcoo.Summit.Text;

/// <summary>How a language counts: which form of a counted phrase a number takes (CLDR's plural categories, the two these languages use).</summary>
public enum PluralRule
{
    /// <summary>"1 session", "0 sessions", "2 sessions".</summary>
    OneIsSingular,

    /// <summary>French: "0 session", "1 session", "2 sessions" (0 and 1 take the singular).</summary>
    ZeroAndOneAreSingular,

    /// <summary>Japanese, Korean, Chinese: one form for every number.</summary>
    NoPlural,
}

/// <summary>
/// A language people read the service in: its code (as <c>?lang=</c>, <c>&lt;html lang&gt;</c> and
/// <c>Content-Language</c> say it), the culture its dates are written in, and how it counts. <see cref="Pseudo"/> is
/// English made longer, accented and bracketed, so a test can see any string that escapes translation.
/// </summary>
public sealed record Language(string Code, CultureInfo Culture, PluralRule Plurals)
{
    public static readonly Language English = new("en", CultureInfo.GetCultureInfo("en-GB"), PluralRule.OneIsSingular);
    public static readonly Language French = new("fr", CultureInfo.GetCultureInfo("fr-FR"), PluralRule.ZeroAndOneAreSingular);
    public static readonly Language Japanese = new("ja", CultureInfo.GetCultureInfo("ja-JP"), PluralRule.NoPlural);
    public static readonly Language Korean = new("ko", CultureInfo.GetCultureInfo("ko-KR"), PluralRule.NoPlural);
    public static readonly Language Chinese = new("zh-Hans", CultureInfo.GetCultureInfo("zh-Hans"), PluralRule.NoPlural);

    /// <summary>The pseudo-locale: not offered to people, accepted by name for tests and translators.</summary>
    public static readonly Language Pseudo = new("qps", CultureInfo.GetCultureInfo("en-GB"), PluralRule.OneIsSingular);

    /// <summary>The languages the working group reads, English first (the default).</summary>
    public static readonly IReadOnlyList<Language> All = [English, French, Japanese, Korean, Chinese];

    public bool IsPseudo => ReferenceEquals(this, Pseudo);

    /// <summary>The tag a document in this language carries (a PDF's /Lang): English (and the pseudo-locale, which is English made long) as en-GB.</summary>
    public string DocumentTag => IsPseudo || this == English ? "en-GB" : Code;

    /// <summary>The language a code names: exactly (case aside), or by its base ("fr-CA" is French, "zh-CN" and "zh" Simplified Chinese); null for none of ours.</summary>
    public static Language? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (code.Equals(Pseudo.Code, StringComparison.OrdinalIgnoreCase))
        {
            return Pseudo;
        }

        if (All.FirstOrDefault(l => l.Code.Equals(code, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return exact;
        }

        var primary = code.Split('-', '_')[0];
        return code.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase) || code.Equals("zh-TW", StringComparison.OrdinalIgnoreCase) || code.Equals("zh-HK", StringComparison.OrdinalIgnoreCase)
            ? null
            : All.FirstOrDefault(l => l.Code.Split('-')[0].Equals(primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What to say when a code is none of ours.</summary>
    public static string NotOneOf(string code) =>
        $"'{code}' is not a language this service speaks: {string.Join(", ", All.Select(l => l.Code))}.";
}
