using SkiaSharp;

namespace Lcoo.Summit.Pdf;

/// <summary>
/// Writes pages to a PDF with a footer on each (left text, "n / N"), fonts cut down to the characters drawn, fixed
/// metadata so the same input gives the same bytes, and the document's language and title for readers.
/// </summary>
public static class PdfWriter
{
    private static readonly TextStyle Footer = new(7.5f, Color: 0xFF6B7A90);

    public static byte[] Write(IReadOnlyList<PdfPage> pages, string title, string footer, DateTimeOffset generatedAt, string language = "en-GB")
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Author = "Lcoo.Summit",
            Creator = "Lcoo.Summit",
            Producer = "Lcoo.Summit (SkiaSharp)",
            Creation = generatedAt.UtcDateTime,
            Modified = generatedAt.UtcDateTime,
        };
        var numbers = string.Concat(Enumerable.Range(0, 10)) + " /";
        using var fonts = PdfFonts.SubsetFor(pages.SelectMany(p => p.Texts).Append((footer, Footer.Face)).Append((numbers, Footer.Face)));
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var canvas = document.BeginPage(page.Size.Width, page.Size.Height);
                page.Render(canvas, fonts);
                var y = page.Size.Height - 24;
                TextRuns.Draw(canvas, footer, 36, y, Footer, fonts);
                var number = $"{i + 1} / {pages.Count}";
                TextRuns.Draw(canvas, number, page.Size.Width - 36 - TextRuns.Measure(number, Footer), y, Footer, fonts);
                document.EndPage();
            }

            document.Close();
        }

        return PdfCatalog.WithLanguage(stream.ToArray(), language);
    }
}
