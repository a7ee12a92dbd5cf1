using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lcoo.Summit.Pdf;

/// <summary>
/// Adds the document's language (<c>/Lang</c>) to a finished PDF's catalog, which SkiaSharp does not expose, as an
/// incremental update: the catalog written again after the file's end with a new cross-reference section pointing to
/// it, as the PDF format provides for editing without rewriting. Screen readers choose their voice from it.
/// </summary>
public static partial class PdfCatalog
{
    [GeneratedRegex(@"trailer\s*<<(?<dict>.*?)>>\s*startxref\s*(?<xref>\d+)\s*%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Root\s+(?<id>\d+)\s+0\s+R")]
    private static partial Regex Root();

    [GeneratedRegex(@"/Size\s+(?<size>\d+)")]
    private static partial Regex Size();

    public static byte[] WithLanguage(byte[] pdf, string language)
    {
        // Latin-1 maps every byte to one char and back, so offsets in the text are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 4096), Math.Min(4096, pdf.Length));
        var trailer = Trailer().Match(text);
        var root = Root().Match(trailer.Groups["dict"].Value);
        var size = Size().Match(trailer.Groups["dict"].Value);
        if (!trailer.Success || !root.Success || !size.Success)
        {
            return pdf;
        }

        var whole = Encoding.Latin1.GetString(pdf);
        var header = $"\n{root.Groups["id"].Value} 0 obj\n";
        var at = whole.LastIndexOf(header, StringComparison.Ordinal);
        var end = at < 0 ? -1 : whole.IndexOf("\nendobj", at + header.Length, StringComparison.Ordinal);
        var catalog = end < 0 ? "" : whole[(at + header.Length)..end].Trim();
        if (!catalog.StartsWith("<<", StringComparison.Ordinal) || catalog.Contains("/Lang", StringComparison.Ordinal))
        {
            return pdf;
        }

        var escaped = language.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var update = new StringBuilder();
        var objectAt = pdf.Length + 1;
        update.Append(CultureInfo.InvariantCulture, $"{header[1..]}<</Lang ({escaped})\n{catalog[2..]}\nendobj\n");
        var xrefAt = pdf.Length + 1 + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root.Groups["id"].Value} 1\n{objectAt:D10} 00000 n \ntrailer\n<<{trailer.Groups["dict"].Value.Trim()}\n/Prev {trailer.Groups["xref"].Value}>>\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, (byte)'\n', .. Encoding.Latin1.GetBytes(update.ToString())];
    }
}
