using SkiaSharp;

namespace Lcoo.Summit.Itineraries;

/// <summary>The bundled fonts: DejaVu Sans for Latin, accents and symbols; Droid Sans Fallback for CJK (it has no Latin).</summary>
public static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> FallbackFace = new(() => Load("DroidSansFallbackFull.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    public static SKTypeface Fallback => FallbackFace.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"fonts/{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {file} cannot be read.");
    }
}
