using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;
using HarfBuzz = HarfBuzzSharp;

namespace Lcoo.Summit.Pdf;

/// <summary>
/// Hebrew and Arabic put in the order they are seen: a line is laid out left to right, so each right-to-left stretch
/// is shaped by HarfBuzz (Arabic letters take their joined forms, brackets mirror, marks attach) and placed in visual
/// order, numbers inside it still reading left to right. Shaped glyphs are written back as the characters the font
/// maps to them (the presentation forms), so subsetting, drawing and text extraction keep working by character.
/// </summary>
/// <remarks>
/// This is the bidirectional algorithm for the lines we print, which start left to right (names, titles, rooms): a
/// paragraph whose base direction is right to left is laid out as its stretches, not mirrored as a whole.
/// </remarks>
public static class RightToLeft
{
    private static readonly ConcurrentDictionary<SKTypeface, Lazy<(HarfBuzz.Font Font, Dictionary<uint, int> Characters)>> Shapers = new();

    public static bool IsStrong(int c) => c is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFC;

    public static bool Has(string text)
    {
        foreach (var c in text)
        {
            if (IsStrong(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line in display order, shaped with <paramref name="face"/>; a line with no right-to-left letter is returned as it is.</summary>
    public static string Visual(string line, SKTypeface face)
    {
        if (!Has(line))
        {
            return line;
        }

        var result = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            if (!IsStrong(line[i]))
            {
                result.Append(line[i++]);
                continue;
            }

            var end = StretchEnd(line, i);
            result.Append(Stretch(line[i..end], face));
            i = end;
        }

        return result.ToString();
    }

    /// <summary>A stretch runs from a strong right-to-left letter through marks, spaces, punctuation and digits to the last such letter.</summary>
    private static int StretchEnd(string line, int start)
    {
        var last = start;
        for (var j = start; j < line.Length; j++)
        {
            var c = line[j];
            if (IsStrong(c) || (j > start && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                last = j;
            }
            else if (!(char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsDigit(c) || char.IsSymbol(c)))
            {
                break;
            }
        }

        return last + 1;
    }

    /// <summary>The stretch's pieces in reverse order: numbers as they are, the rest shaped right to left.</summary>
    private static string Stretch(string stretch, SKTypeface face)
    {
        var pieces = new List<(string Text, bool Number)>();
        var i = 0;
        while (i < stretch.Length)
        {
            var number = char.IsAsciiDigit(stretch[i]);
            var j = i + 1;
            while (j < stretch.Length && (char.IsAsciiDigit(stretch[j])
                       || (number && stretch[j] is '.' or ':' or ',' && j + 1 < stretch.Length && char.IsAsciiDigit(stretch[j + 1]))) == number)
            {
                j++;
            }

            pieces.Add((stretch[i..j], number));
            i = j;
        }

        var visual = new StringBuilder(stretch.Length);
        for (var p = pieces.Count - 1; p >= 0; p--)
        {
            visual.Append(pieces[p].Number ? pieces[p].Text : Shape(pieces[p].Text, face));
        }

        return visual.ToString();
    }

    private static string Shape(string text, SKTypeface face)
    {
        var (font, characters) = Shapers.GetOrAdd(face, f => new(() => Load(f))).Value;
        using var buffer = new HarfBuzz.Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = HarfBuzz.Direction.RightToLeft;
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var shaped = new StringBuilder(text.Length);
        foreach (var glyph in buffer.GlyphInfos)
        {
            if (!characters.TryGetValue(glyph.Codepoint, out var character))
            {
                // A glyph only the font's layout tables reach: keep the letters, unjoined, in visual order.
                return string.Concat(text.EnumerateRunes().Reverse().Select(r => r.ToString()));
            }

            shaped.Append(char.ConvertFromUtf32(character));
        }

        return shaped.ToString();
    }

    private static (HarfBuzz.Font, Dictionary<uint, int>) Load(SKTypeface face)
    {
        var bundled = PdfFonts.Of(face);
        HarfBuzz.Font font;
        var pinned = System.Runtime.InteropServices.GCHandle.Alloc(bundled.Bytes, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            // Duplicate: HarfBuzz keeps its own copy, so nothing managed stays pinned.
            using var blob = new HarfBuzz.Blob(pinned.AddrOfPinnedObject(), bundled.Bytes.Length, HarfBuzz.MemoryMode.Duplicate);
            using var hbFace = new HarfBuzz.Face(blob, 0);
            font = new HarfBuzz.Font(hbFace);
        }
        finally
        {
            pinned.Free();
        }

        // The lowest character for each glyph: a base letter rather than its isolated presentation form.
        var characters = new Dictionary<uint, int>();
        foreach (var (character, glyph) in bundled.Subsetter.Characters.OrderBy(c => c.Key))
        {
            characters.TryAdd((uint)glyph, character);
        }

        return (font, characters);
    }
}
