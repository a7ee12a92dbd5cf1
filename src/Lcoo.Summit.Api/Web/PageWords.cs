using System.Globalization;
using System.Text.Json;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Web;

/// <summary>
/// What a page's script says, in the page's language, handed to it in the page (<c>data-words</c>, read by
/// <c>words.js</c>): its phrases, the days it names as the language writes them, the language's plural rule and the
/// locale its numbers and times are written in. Scripts format no phrase of their own.
/// </summary>
public static class PageWords
{
    public static string Json(Words words, IEnumerable<string> keys, IEnumerable<DateOnly> days)
    {
        var phrases = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToDictionary(k => k, k => words[k]);
        var named = days.Distinct().Order().ToDictionary(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), words.DayName);
        var plural = words.Language.Plurals switch
        {
            PluralRule.NoPlural => "none",
            PluralRule.ZeroAndOneAreSingular => "zero-and-one",
            _ => "one",
        };
        return JsonSerializer.Serialize(new { phrases, days = named, plural, locale = words.Language.Culture.Name });
    }

    /// <summary>Every phrase whose key starts with one of <paramref name="prefixes"/>.</summary>
    public static IEnumerable<string> KeysStartingWith(params string[] prefixes) =>
        Words.Keys().Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));
}
