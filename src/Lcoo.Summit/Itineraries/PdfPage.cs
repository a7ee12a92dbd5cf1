using SkiaSharp;

namespace Lcoo.Summit.Itineraries;

public enum Paper
{
    A4,
    Letter,
}

/// <summary>One page's drawing, kept as operations so the page count is known before anything is written.</summary>
public sealed class PdfPage
{
    private readonly List<Action<SKCanvas>> _ops = [];

    public PdfPage(SKSize size) => Size = size;

    public SKSize Size { get; }

    public List<(SKRect Area, string Url)> Links { get; } = [];

    public static SKSize SizeOf(Paper paper) => paper == Paper.Letter ? new SKSize(612, 792) : new SKSize(595, 842);

    public void Text(string text, float x, float baseline, TextStyle style) => _ops.Add(c => TextRuns.Draw(c, text, x, baseline, style));

    public void Box(SKRect area, uint fill, uint stroke = 0, float strokeWidth = 0.75f) => _ops.Add(c =>
    {
        using var paint = new SKPaint { Color = new SKColor(fill), Style = SKPaintStyle.Fill, IsAntialias = true };
        c.DrawRect(area, paint);
        if (stroke != 0)
        {
            using var border = new SKPaint { Color = new SKColor(stroke), Style = SKPaintStyle.Stroke, StrokeWidth = strokeWidth, IsAntialias = true };
            c.DrawRect(area, border);
        }
    });

    public void Line(float x0, float y0, float x1, float y1, uint color, float width = 0.5f) => _ops.Add(c =>
    {
        using var paint = new SKPaint { Color = new SKColor(color), StrokeWidth = width, IsAntialias = true };
        c.DrawLine(x0, y0, x1, y1, paint);
    });

    public void Link(SKRect area, string url) => Links.Add((area, url));

    public void Render(SKCanvas canvas)
    {
        foreach (var op in _ops)
        {
            op(canvas);
        }

        foreach (var (area, url) in Links)
        {
            canvas.DrawUrlAnnotation(area, url);
        }
    }
}

/// <summary>Writes pages to a PDF with a footer on each (left text, "n / N"), and fixed metadata so the same input gives the same bytes.</summary>
public static class PdfWriter
{
    public static byte[] Write(IReadOnlyList<PdfPage> pages, string title, string footer, DateTimeOffset generatedAt)
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
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var style = new TextStyle(7.5f, Color: 0xFF6B7A90);
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var canvas = document.BeginPage(page.Size.Width, page.Size.Height);
                page.Render(canvas);
                var y = page.Size.Height - 24;
                TextRuns.Draw(canvas, footer, 36, y, style);
                var number = $"{i + 1} / {pages.Count}";
                TextRuns.Draw(canvas, number, page.Size.Width - 36 - TextRuns.Measure(number, style), y, style);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }
}
