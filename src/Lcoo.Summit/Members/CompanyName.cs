using System.Globalization;
using System.Text;

using Lcoo.Summit.Text;

namespace Lcoo.Summit.Members;

/// <summary>
/// Company names as sources spell them, folded to one key: case, spacing and punctuation dropped,
/// <c>&amp;</c> read as <c>and</c> (<c>AT&amp;T</c> = <c>AT and T</c> = <c>at-and-t</c>), legal suffixes
/// (Inc, Corp, Corporation, Ltd, Co., GmbH…) removed, and "None" meaning no company.
/// </summary>
public static class CompanyName
{
    private static readonly HashSet<string> LegalSuffixes = new(
        ["inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "limitied", "llc", "plc", "gmbh", "ag", "sa", "srl", "bv", "nv", "pvt", "private", "pty", "kk"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> NoCompany = new(["none", "n/a", "na", "-", "null", "tbd"], StringComparer.Ordinal);

    /// <summary>The matching key, or null when the text names no company.</summary>
    public static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || NoCompany.Contains(name.Trim().ToLowerInvariant()))
        {
            return null;
        }

        var words = Words(name);
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var key = string.Concat(words);
        return key.Length == 0 ? null : key;
    }

    /// <summary>Whether a word is a legal suffix (Inc, Ltd, GmbH…) that names no company of its own.</summary>
    internal static bool IsLegalSuffix(string word) => LegalSuffixes.Contains(word);

    /// <summary>Lower-case words of letters and digits; '&amp;' is the word "and", everything else separates.</summary>
    internal static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        foreach (var c in UnicodeText.Normalize(name, NormalizationForm.FormKC))
        {
            if (c == '&')
            {
                Flush();
                words.Add("and");
            }
            else if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c is '.' or '\'' or '\u2019')
            {
                // "Co." and "AT&T's": dots and apostrophes join, they do not separate.
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;
    }
}
