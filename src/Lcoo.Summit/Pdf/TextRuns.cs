using System.Text;
using SkiaSharp;

namespace Lcoo.Summit.Pdf;

public sealed record TextStyle(float Size, bool Bold = false, uint Color = 0xFF1B2A41)
{
    public SKTypeface Face => Bold ? PdfFonts.Bold : PdfFonts.Regular;
}

/// <summary>
/// Text drawn with per-run font fallback: a line mixing scripts ("China Mobile 中国移动") is split into runs
/// by which font has the glyphs, and each run is measured and drawn with that font.
/// </summary>
public static class TextRuns
{
    /// <summary>The text in runs, each with the first bundled face that draws it: the primary, then CJK, then Hangul (Hangul first for Korean letters, since the CJK face has three syllables of it).</summary>
    public static IReadOnlyList<(string Text, SKTypeface Face)> Split(string text, SKTypeface primary)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return [(text, primary)];
        }

        var runs = new List<(string, SKTypeface)>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var runeFace = FaceFor(rune.Value, primary);
            if (face is not null && runeFace != face && !IsJoiner(rune.Value))
            {
                runs.Add((current.ToString(), face));
                current.Clear();
            }

            face = IsJoiner(rune.Value) ? face ?? runeFace : runeFace;
            current.Append(rune.ToString());
        }

        if (face is not null && current.Length > 0)
        {
            runs.Add((current.ToString(), face));
        }

        return runs;
    }

    /// <summary>The characters of <paramref name="text"/> no bundled font draws: each would print as an empty box.</summary>
    public static IReadOnlyList<string> Missing(string text) => [.. text.EnumerateRunes()
        .Where(r => !char.IsControl((char)Math.Min(r.Value, 0xFFFF)) && !IsJoiner(r.Value) && r.Value != ' ')
        .Where(r => !Has(PdfFonts.Regular, r.Value) && !Has(PdfFonts.Cjk, r.Value) && !Has(PdfFonts.Hangul(false), r.Value))
        .Select(r => r.ToString()).Distinct()];

    private static SKTypeface FaceFor(int codepoint, SKTypeface primary)
    {
        if (codepoint < 0x80)
        {
            return primary;
        }

        var bold = primary == PdfFonts.Bold;
        if (IsHangul(codepoint) && Has(PdfFonts.Hangul(bold), codepoint))
        {
            return PdfFonts.Hangul(bold);
        }

        return Has(primary, codepoint) ? primary
            : Has(PdfFonts.Cjk, codepoint) ? PdfFonts.Cjk
            : Has(PdfFonts.Hangul(bold), codepoint) ? PdfFonts.Hangul(bold)
            : primary;
    }

    private static bool IsHangul(int c) => c is >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xA960 and <= 0xA97F
        or >= 0xAC00 and <= 0xD7FF;

    /// <summary>Zero-width joiners and variation selectors stay with the run before them.</summary>
    private static bool IsJoiner(int c) => c is 0x200C or 0x200D or >= 0xFE00 and <= 0xFE0F;

    /// <summary>The line as it is drawn: right-to-left stretches shaped and in visual order (see <see cref="RightToLeft"/>).</summary>
    public static string Visual(string text, SKTypeface face) => RightToLeft.Visual(text, face);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<SKTypeface, SKFont> Probes = new();

    private static bool Has(SKTypeface face, int codepoint) => Probes.GetOrAdd(face, f => new SKFont(f)).GetGlyph(codepoint) != 0;

    // Fonts are immutable once made and cost more to create than to measure with: one per face and size.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(SKTypeface, float), SKFont> Fonts = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<uint, SKPaint> Paints = new();

    private static SKFont FontOf(SKTypeface face, float size) => Fonts.GetOrAdd((face, size), k => Configure(new SKFont(k.Item1, k.Item2)));

    /// <summary>
    /// Unhinted, subpixel-positioned, linear advances: glyphs are placed exactly at the font's own advances, which are the
    /// widths the PDF records, so text extractors (pdftotext, screen readers, search) see words whole, not "O penStack".
    /// </summary>
    internal static SKFont Configure(SKFont font)
    {
        font.Hinting = SKFontHinting.None;
        font.Subpixel = true;
        font.LinearMetrics = true;
        font.Edging = SKFontEdging.Antialias;
        return font;
    }

    public static float Measure(string text, TextStyle style)
    {
        var width = 0f;
        foreach (var (run, face) in Split(Visual(text, style.Face), style.Face))
        {
            width += FontOf(face, style.Size).MeasureText(run);
        }

        return width;
    }

    public static void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, FontSet fonts)
    {
        var paint = Paints.GetOrAdd(style.Color, c => new SKPaint { Color = new SKColor(c), IsAntialias = true });
        foreach (var (run, face) in Split(Visual(text, style.Face), style.Face))
        {
            canvas.DrawText(run, x, baseline, SKTextAlign.Left, fonts.Font(face, style.Size), paint);
            x += FontOf(face, style.Size).MeasureText(run);
        }
    }

    /// <summary>
    /// Each UTF-16 unit's advance (a character outside the BMP has its whole advance on its high surrogate, 0 on the
    /// low one), measured in one pass: cutting text to a width is then a walk over these, linear in the text's length.
    /// </summary>
    public static float[] Advances(string text, TextStyle style)
    {
        var advances = new float[text.Length];
        var at = 0;
        foreach (var (run, face) in Split(text, style.Face))
        {
            var widths = FontOf(face, style.Size).GetGlyphWidths(run);
            var glyph = 0;
            for (var i = 0; i < run.Length; i++)
            {
                if (char.IsLowSurrogate(run[i]) && i > 0 && char.IsHighSurrogate(run[i - 1]))
                {
                    continue;
                }

                advances[at + i] = glyph < widths.Length ? widths[glyph++] : 0f;
            }

            at += run.Length;
        }

        return advances;
    }

    /// <summary>The text cut to <paramref name="width"/> with "…" where it was cut (unchanged when it fits).</summary>
    public static string Ellipsize(string text, TextStyle style, float width)
    {
        var advances = Advances(text, style);
        if (advances.Sum() <= width)
        {
            return text;
        }

        // The longest prefix that, its trailing spaces dropped, leaves room for the ellipsis.
        var room = width - Measure("…", style);
        var (used, kept) = (0f, 0);
        for (var i = 0; i < text.Length; i++)
        {
            used += advances[i];
            if (IsInsideRune(text, i + 1) || text[i] == ' ')
            {
                continue;
            }

            if (used > room)
            {
                break;
            }

            kept = i + 1;
        }

        return text[..kept] + "…";
    }

    /// <summary>Lines of at most <paramref name="width"/>, broken between words (a word longer than a line is cut).</summary>
    public static List<string> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        var space = Measure(" ", style);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var advances = Advances(word, style);
                // Joined Arabic is not as wide as its letters apart: measure a right-to-left word as it is drawn.
                var wordWidth = RightToLeft.Has(word) ? Measure(word, style) : advances.Sum();
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var start = 0;
                if (wordWidth > width)
                {
                    start = CutLongWord(word, advances, width, lines);
                    wordWidth = SumFrom(advances, start);
                }

                line.Append(word, start, word.Length - start);
                lineWidth = wordWidth;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Adds the full-width pieces of a word longer than a line; returns where the piece left for the next line starts.</summary>
    private static int CutLongWord(string word, float[] advances, float width, List<string> lines)
    {
        var (start, used) = (0, 0f);
        for (var i = 0; i < word.Length; i++)
        {
            if (IsInsideRune(word, i))
            {
                used += advances[i];
                continue;
            }

            // Each piece holds at least one character, however narrow the line.
            if (i > start && used + advances[i] > width)
            {
                lines.Add(word[start..i]);
                (start, used) = (i, 0f);
            }

            used += advances[i];
        }

        return start;
    }

    private static float SumFrom(float[] advances, int start)
    {
        var sum = 0f;
        for (var i = start; i < advances.Length; i++)
        {
            sum += advances[i];
        }

        return sum;
    }

    /// <summary>True when <paramref name="index"/> falls between the two halves of a surrogate pair.</summary>
    private static bool IsInsideRune(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);
}
