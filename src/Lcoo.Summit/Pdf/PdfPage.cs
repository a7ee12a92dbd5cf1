using SkiaSharp;

namespace Lcoo.Summit.Pdf;

public enum Paper
{
    A4,
    Letter,
}

/// <summary>
/// One page's drawing, kept as operations so the page count is known before anything is written, and the text of the
/// whole document before any font is embedded.
/// </summary>
public sealed class PdfPage
{
    private abstract record Op;

    private sealed record TextOp(string Text, float X, float Baseline, TextStyle Style) : Op;

    private sealed record BoxOp(SKRect Area, uint Fill, uint Stroke, float StrokeWidth) : Op;

    private sealed record LineOp(float X0, float Y0, float X1, float Y1, uint Color, float Width) : Op;

    private readonly List<Op> _ops = [];

    public PdfPage(SKSize size) => Size = size;

    public SKSize Size { get; }

    public List<(SKRect Area, string Url)> Links { get; } = [];

    public static SKSize SizeOf(Paper paper) => paper == Paper.Letter ? new SKSize(612, 792) : new SKSize(595, 842);

    public void Text(string text, float x, float baseline, TextStyle style) => _ops.Add(new TextOp(text, x, baseline, style));

    public void Box(SKRect area, uint fill, uint stroke = 0, float strokeWidth = 0.75f) => _ops.Add(new BoxOp(area, fill, stroke, strokeWidth));

    public void Line(float x0, float y0, float x1, float y1, uint color, float width = 0.5f) => _ops.Add(new LineOp(x0, y0, x1, y1, color, width));

    public void Link(SKRect area, string url) => Links.Add((area, url));

    /// <summary>Every text drawn on the page, with the face it is laid out in.</summary>
    public IEnumerable<(string Text, SKTypeface Face)> Texts => _ops.OfType<TextOp>().Select(t => (t.Text, t.Style.Face));

    /// <summary>The page's text in drawing order, which is its reading order.</summary>
    public IEnumerable<string> Lines => _ops.OfType<TextOp>().Select(t => t.Text);

    public void Render(SKCanvas canvas, FontSet fonts)
    {
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true };
        foreach (var op in _ops)
        {
            switch (op)
            {
                case TextOp t:
                    TextRuns.Draw(canvas, t.Text, t.X, t.Baseline, t.Style, fonts);
                    break;
                case BoxOp b:
                    fill.Color = new SKColor(b.Fill);
                    canvas.DrawRect(b.Area, fill);
                    if (b.Stroke != 0)
                    {
                        (stroke.Color, stroke.StrokeWidth) = (new SKColor(b.Stroke), b.StrokeWidth);
                        canvas.DrawRect(b.Area, stroke);
                    }

                    break;
                case LineOp l:
                    (stroke.Color, stroke.StrokeWidth) = (new SKColor(l.Color), l.Width);
                    canvas.DrawLine(l.X0, l.Y0, l.X1, l.Y1, stroke);
                    break;
            }
        }

        foreach (var (area, url) in Links)
        {
            canvas.DrawUrlAnnotation(area, url);
        }
    }
}
