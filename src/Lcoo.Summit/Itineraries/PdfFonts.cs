using SkiaSharp;

namespace Lcoo.Summit.Itineraries;

/// <summary>The bundled fonts: DejaVu Sans for Latin, accents and symbols; Droid Sans Fallback for CJK (it has no Latin).</summary>
public static class PdfFonts
{
    private static readonly Lazy<(SKTypeface Face, FontSubsetter Subsetter)> RegularFont = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<(SKTypeface Face, FontSubsetter Subsetter)> BoldFont = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<(SKTypeface Face, FontSubsetter Subsetter)> FallbackFont = new(() => Load("DroidSansFallbackFull.ttf"));

    /// <summary>The whole fonts, for laying text out (measuring, choosing a font per run).</summary>
    public static SKTypeface Regular => RegularFont.Value.Face;

    public static SKTypeface Bold => BoldFont.Value.Face;

    public static SKTypeface Fallback => FallbackFont.Value.Face;

    /// <summary>
    /// Each face cut down to the characters these texts use, for drawing: same glyph shapes and advances, so what was
    /// laid out with the whole fonts draws the same; only the embedded font programs shrink.
    /// </summary>
    public static FontSet SubsetFor(IEnumerable<(string Text, SKTypeface Face)> texts)
    {
        var used = new Dictionary<SKTypeface, HashSet<int>>();
        foreach (var (text, primary) in texts)
        {
            foreach (var (run, face) in TextRuns.Split(text, primary))
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
            var subsetter = face == Regular ? RegularFont.Value.Subsetter : face == Bold ? BoldFont.Value.Subsetter : FallbackFont.Value.Subsetter;
            codepoints.Add(' ');
            using var data = SKData.CreateCopy(subsetter.Subset(codepoints));
            subsets[face] = SKTypeface.FromData(data) ?? throw new InvalidOperationException("A font subset could not be read back.");
        }

        return new FontSet(subsets);
    }

    private static (SKTypeface, FontSubsetter) Load(string file)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"fonts/{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        using var data = SKData.CreateCopy(bytes);
        return (SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} cannot be read."), new FontSubsetter(bytes));
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
