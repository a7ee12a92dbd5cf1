using System.Text.RegularExpressions;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Testing;

/// <summary>
/// What escaped translation on a surface shown in the pseudo-locale: the words of the service's own English (every phrase
/// in Words.resx) that are still there once every bracketed pseudo text is taken out. Words the data also uses (a title
/// with "Room" in it) are not counted: data stays as the source wrote it.
/// </summary>
public static partial class PseudoText
{
    private static readonly Lazy<HashSet<string>> Vocabulary = new(() =>
        [.. Words.Keys().Where(k => !k.StartsWith("Format.", StringComparison.Ordinal))
            .SelectMany(k => WordsOf(Words.English[k])).Where(w => w.Length >= 3)]);

    /// <summary>The English words of the interface left in <paramref name="shown"/>, outside brackets and not in <paramref name="data"/>.</summary>
    public static IReadOnlyList<string> Escaped(string shown, IEnumerable<string> data)
    {
        var dataWords = data.SelectMany(WordsOf).ToHashSet(StringComparer.Ordinal);
        var outside = shown;
        // Pseudo text nests (a phrase with a phrase in a placeholder): take the innermost brackets out until none are left.
        for (var before = ""; before != outside;)
        {
            before = outside;
            outside = Bracketed().Replace(outside, " ");
        }

        return [.. WordsOf(outside).Where(w => Vocabulary.Value.Contains(w) && !dataWords.Contains(w)).Distinct()];
    }

    private static IEnumerable<string> WordsOf(string text) => Letters().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Letters();
}
