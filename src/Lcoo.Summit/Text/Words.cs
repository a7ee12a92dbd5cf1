using System.Globalization;
using System.Resources;
using System.Text;

namespace Lcoo.Summit.Text;

/// <summary>
/// Every phrase a person reads, in one language: kept as resources (<c>Words.resx</c> and one per language beside it),
/// looked up by key, formatted in the language's culture, counted by its plural rule. Data (titles, names, rooms) is
/// never passed through here: it stays as the source wrote it.
/// </summary>
public sealed class Words(Language language)
{
    private static readonly ResourceManager Resources = new("Lcoo.Summit.Text.Words", typeof(Words).Assembly);

    public Language Language => language;

    public static readonly Words English = new(Language.English);

    /// <summary>The phrase for a key; a key no language has is a bug, not a blank.</summary>
    public string this[string key]
    {
        get
        {
            var text = Resources.GetString(key, language.IsPseudo ? CultureInfo.InvariantCulture : language.Culture)
                ?? throw new KeyNotFoundException($"No phrase '{key}' in Words.resx.");
            return language.IsPseudo ? Pseudo(text) : text;
        }
    }

    public string Format(string key, params object[] values) => string.Format(language.Culture, this[key], values);

    /// <summary>A counted phrase: <c>{key}.One</c> or <c>{key}.Other</c> as the language counts, with the number in it.</summary>
    public string Count(string key, int n) => Format(n switch
    {
        _ when language.Plurals == PluralRule.NoPlural => $"{key}.Other",
        1 => $"{key}.One",
        0 when language.Plurals == PluralRule.ZeroAndOneAreSingular => $"{key}.One",
        _ => $"{key}.Other",
    }, n.ToString("N0", language.Culture));

    /// <summary>A day as the language writes it on a screen: "Monday 6 November", "lundi 6 novembre", "11月6日 月曜日".</summary>
    public string DayName(DateOnly day)
    {
        var text = day.ToString(Resources.GetString("Format.DayName", language.Culture)!, language.Culture);
        return language.IsPseudo ? Pseudo(text) : text;
    }

    /// <summary>Every key the neutral resources hold, and those a language's own resources hold (for the completeness test).</summary>
    public static IReadOnlySet<string> Keys(Language? of = null)
    {
        // A language's own resources are its satellite's, named by its code ("fr"), not its dates' culture ("fr-FR").
        var set = Resources.GetResourceSet(of is null || of == Language.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(of.Code), createIfNotExists: true, tryParents: false);
        return set is null ? new HashSet<string>() : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>English, accented and lengthened by 40% and bracketed, its {placeholders} kept: "[Ŏñ ñŏŵ ~~]".</summary>
    private static string Pseudo(string text)
    {
        var built = new StringBuilder("[");
        var inPlaceholder = false;
        var letters = 0;
        foreach (var c in text)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            built.Append(inPlaceholder || c == '}' ? c : Accent(c));
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return built.Append(' ').Append('~', Math.Max(1, (int)Math.Ceiling(letters * 0.4))).Append(']').ToString();
    }

    private static char Accent(char c) => c switch
    {
        'a' => 'á', 'e' => 'é', 'i' => 'í', 'o' => 'ö', 'u' => 'ü', 'y' => 'ý', 'n' => 'ñ', 'c' => 'ç', 's' => 'š', 'z' => 'ž',
        'A' => 'Å', 'E' => 'É', 'I' => 'Î', 'O' => 'Ö', 'U' => 'Û', 'N' => 'Ñ', 'C' => 'Ç', 'S' => 'Š',
        _ => c,
    };
}
