using System.Globalization;
using System.Text;

namespace Lcoo.Summit.Text;

/// <summary>Text folded for search: lower case, accents removed, so "Zürich" is found by "zurich".</summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static string[] Terms(string query) =>
        Fold(query).Split([' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool ContainsAll(string folded, string[] terms)
    {
        foreach (var term in terms)
        {
            if (!folded.Contains(term, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
