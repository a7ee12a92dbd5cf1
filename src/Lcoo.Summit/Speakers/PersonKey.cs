using System.Text;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Speakers;

/// <summary>Ids for people a source names without an id of its own (tables, pages without speaker links).</summary>
public static class PersonKey
{
    public const string Prefix = "name:";

    public static string FromName(string name) => Prefix + Fold(name);

    public static bool IsNameKey(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// A person's name folded for matching across sources: case and accents dropped, words joined by hyphens,
    /// punctuation dropped, letters of every script kept (<c>José Müller</c> is <c>jose-muller</c>, <c>李明</c> stays <c>李明</c>).
    /// For plain ASCII names this is the OpenStack title slug.
    /// </summary>
    public static string Fold(string name)
    {
        // Most names are plain ASCII, for which the title slug is the same key and far cheaper (no normalization).
        if (!name.Contains('&') && Ascii.IsValid(name) && OpenStackSlug.FromTitle(name) is { Length: > 0 } slug)
        {
            return slug;
        }

        var folded = SearchText.Fold(HtmlText.Normalize(name)).Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(folded.Length);
        void Hyphen()
        {
            if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        foreach (var rune in folded.EnumerateRunes())
        {
            if (rune.Value == '&')
            {
                Hyphen();
                key.Append("and");
                Hyphen();
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                key.Append(rune.ToString());
            }
            else if (rune.Value is ' ' or '-')
            {
                Hyphen();
            }
        }

        // A "name" of punctuation alone still needs a key of its own, not the empty one every such name would share.
        return key.Length > 0 ? key.ToString().TrimEnd('-')
            : "x" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..12];
    }
}
