using System.Text;

namespace Lcoo.Summit.Text;

/// <summary>
/// Text made safe for Unicode normalization and for XML and calendar files: lone surrogates, noncharacters (U+FFFE,
/// U+FDD0…) and control characters other than tab and line breaks become U+FFFD. <see cref="string.Normalize()"/> throws
/// on the first two, and XML 1.0 cannot carry the last. Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) are dropped: they reorder the text around them (a name that reads backwards in a calendar, "Trojan
/// Source"), and no title or name needs them; the marks U+200E and U+200F, which right-to-left text does use, stay.
/// </summary>
public static class UnicodeText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        var firstBad = FirstBad(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNoncharacter(scalar))
                {
                    sb.Append(Replacement);
                }
                else
                {
                    sb.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (!IsBidiControl(c))
            {
                sb.Append(IsBadSingle(c) ? Replacement : c);
            }
        }

        return sb.ToString();
    }

    /// <summary><paramref name="text"/> normalized to <paramref name="form"/> after <see cref="Clean"/>.</summary>
    public static string Normalize(string text, NormalizationForm form) => Clean(text).Normalize(form);

    private static int FirstBad(string text)
    {
        // Printable ASCII, most text, is checked in one vectorised scan.
        var start = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (IsBadSingle(c) || IsBidiControl(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBadSingle(char c) =>
        char.IsSurrogate(c) || IsNoncharacter(c) || (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsNoncharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;
}
