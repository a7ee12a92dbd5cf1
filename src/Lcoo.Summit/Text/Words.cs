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
        return Date("Format.DayName", day);
    }

    /// <summary>A date or time as the language writes it, by a <c>Format.*</c> pattern (patterns are never pseudo-translated; what they print is).</summary>
    public string Date(string patternKey, DateTime value)
    {
        var text = value.ToString(Pattern(patternKey), language.Culture);
        return language.IsPseudo ? Pseudo(text) : text;
    }

    public string Date(string patternKey, DateOnly value) => Date(patternKey, value.ToDateTime(TimeOnly.MinValue));

    public string Date(string patternKey, DateTimeOffset value) => Date(patternKey, value.DateTime);

    /// <summary>"6–8 November 2017", "30 October–2 November 2017", "30 December 2017–2 January 2018"; "2017年11月6日～8日".</summary>
    public string Dates(DateOnly first, DateOnly last)
    {
        if (first == last)
        {
            return Date("Format.Date", first);
        }

        var start = first.Year != last.Year ? "Format.Date" : first.Month != last.Month ? "Format.DateNoYear" : null;
        var end = last.ToString(Pattern("Format.Date"), language.Culture);
        // The same month: the first day alone, before the whole last date ("6–8 November 2017"), or, where the year and
        // month come first, the whole first date before the last day alone ("2017年11月6日～8日").
        var (from, to) = start is not null
            ? (first.ToString(Pattern(start), language.Culture), end)
            : Pattern("Format.Date").StartsWith('y')
                ? (first.ToString(Pattern("Format.Date"), language.Culture), last.ToString(Pattern("Format.DayOfMonth"), language.Culture))
                : (first.ToString(Pattern("Format.DayOfMonth"), language.Culture), end);
        var text = string.Format(language.Culture, Pattern("Format.DateRange"), from, to);
        return language.IsPseudo ? Pseudo(text) : text;
    }

    /// <summary>"a", "a and b", "a, b and c", as the language joins a list.</summary>
    public string List(IEnumerable<string> parts)
    {
        var all = parts.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => Format("List.Pair", all[..^1].Aggregate((a, b) => Format("List.Middle", a, b)), all[^1]),
        };
    }

    /// <summary>A speaker as lists name them: "Name (Company)", or the name alone.</summary>
    public string Person(string name, string? company) => string.IsNullOrWhiteSpace(company) ? name : Format("Speaker.WithCompany", name, company);

    private string Pattern(string key) =>
        Resources.GetString(key, language.IsPseudo ? CultureInfo.InvariantCulture : language.Culture) ?? throw new KeyNotFoundException($"No pattern '{key}' in Words.resx.");

    /// <summary>Every key the neutral resources hold, and those a language's own resources hold (for the completeness test).</summary>
    public static IReadOnlySet<string> Keys(Language? of = null)
    {
        // A language's own resources are its satellite's, named by its code ("fr"), not its dates' culture ("fr-FR").
        var set = Resources.GetResourceSet(of is null || of == Language.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(of.Code), createIfNotExists: true, tryParents: false);
        return set is null ? new HashSet<string>() : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>English, accented, lengthened by 40% of what it shows and bracketed, its {placeholders} kept: "[Ŏñ ñŏŵ ~~]".</summary>
    private static string Pseudo(string text)
    {
        var built = new StringBuilder("[");
        var inPlaceholder = false;
        var letters = 0;
        foreach (var c in text)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            built.Append(inPlaceholder || c == '}' ? c : Accent(c));
            letters += inPlaceholder || c == '}' ? 0 : 1;
        }

        // The padding comes in short words, so a longer text wraps where a real translation would, rather than overflowing as one.
        var padding = Math.Max(1, (int)Math.Ceiling(letters * 0.4));
        for (var i = 0; i < padding; i++)
        {
            built.Append(i % 5 == 0 ? " ~" : "~");
        }

        return built.Append(']').ToString();
    }

    private static char Accent(char c) => c switch
    {
        'a' => 'á', 'e' => 'é', 'i' => 'í', 'o' => 'ö', 'u' => 'ü', 'y' => 'ý', 'n' => 'ñ', 'c' => 'ç', 's' => 'š', 'z' => 'ž',
        'A' => 'Å', 'E' => 'É', 'I' => 'Î', 'O' => 'Ö', 'U' => 'Û', 'N' => 'Ñ', 'C' => 'Ç', 'S' => 'Š',
        _ => c,
    };
}
