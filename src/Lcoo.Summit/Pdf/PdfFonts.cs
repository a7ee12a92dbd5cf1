using SkiaSharp;

namespace Lcoo.Summit.Pdf;

/// <summary>One bundled font: the face to lay text out with, its subsetter, and its file for shaping.</summary>
public sealed record BundledFont(string File, SKTypeface Face, FontSubsetter Subsetter, byte[] Bytes);

/// <summary>
/// The bundled fonts, which cover the scripts the working group's people and sessions are written in:
/// DejaVu Sans for Latin with diacritics, Greek, Cyrillic, Hebrew, Arabic and symbols; Droid Sans Fallback for Chinese
/// (simplified and traditional) and Japanese; NanumSquare for Korean. Each has a bold face where the family has one.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<BundledFont> RegularFont = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<BundledFont> BoldFont = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<BundledFont> CjkFont = new(() => Load("DroidSansFallbackFull.ttf"));
    private static readonly Lazy<BundledFont> HangulFont = new(() => Load("NanumSquareR.ttf"));
    private static readonly Lazy<BundledFont> HangulBoldFont = new(() => Load("NanumSquareB.ttf"));

    /// <summary>The whole fonts, for laying text out (measuring, choosing a font per run).</summary>
    public static SKTypeface Regular => RegularFont.Value.Face;

    public static SKTypeface Bold => BoldFont.Value.Face;

    /// <summary>Chinese and Japanese (it has no Latin, and only three Hangul syllables).</summary>
    public static SKTypeface Cjk => CjkFont.Value.Face;

    public static SKTypeface Hangul(bool bold) => (bold ? HangulBoldFont : HangulFont).Value.Face;

    /// <summary>Every bundled font, whole.</summary>
    public static IEnumerable<BundledFont> All => [RegularFont.Value, BoldFont.Value, CjkFont.Value, HangulFont.Value, HangulBoldFont.Value];

    public static BundledFont Of(SKTypeface face) => All.First(f => f.Face == face);

    /// <summary>
    /// Each face cut down to the characters these texts use, for drawing: same glyph shapes and advances, so what was
    /// laid out with the whole fonts draws the same; only the embedded font programs shrink.
    /// </summary>
    public static FontSet SubsetFor(IEnumerable<(string Text, SKTypeface Face)> texts)
    {
        var used = new Dictionary<SKTypeface, HashSet<int>>();
        foreach (var (text, primary) in texts)
        {
            foreach (var (run, face) in TextRuns.Split(TextRuns.Visual(text, primary), primary))
            {
                var set = used.TryGetValue(face, out var known) ? known : used[face] = [];
                foreach (var rune in run.EnumerateRunes())
                {
                    set.Add(rune.Value);
                }
            }
        }

        var subsets = new Dictionary<SKTypeface, SKTypeface>();
        foreach (var (face, codepoints) in used)
        {
            codepoints.Add(' ');
            using var data = SKData.CreateCopy(Of(face).Subsetter.Subset(codepoints));
            subsets[face] = SKTypeface.FromData(data) ?? throw new InvalidOperationException("A font subset could not be read back.");
        }

        return new FontSet(subsets);
    }

    private static BundledFont Load(string file)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"fonts/{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        using var data = SKData.CreateCopy(bytes);
        return new BundledFont(file, SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} cannot be read."),
            new FontSubsetter(bytes), bytes);
    }
}

/// <summary>The faces one document draws with: each whole face's subset, and the fonts made from them.</summary>
public sealed class FontSet(IReadOnlyDictionary<SKTypeface, SKTypeface> subsets) : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];

    /// <summary>The font to draw a run laid out in <paramref name="face"/> with.</summary>
    public SKFont Font(SKTypeface face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = TextRuns.Configure(new SKFont(subsets.GetValueOrDefault(face, face), size));
            _fonts[(face, size)] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var face in subsets.Values)
        {
            face.Dispose();
        }
    }
}
