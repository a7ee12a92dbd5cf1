using SkiaSharp;

namespace Lcoo.Summit.Pdf;

/// <summary>
/// Pages filled top to bottom: whatever is placed goes on the current page when it fits and on a fresh page when it
/// does not, so pages fill before they break.
/// </summary>
public sealed class PageFlow(SKSize size)
{
    public const float Margin = 36;
    private const float Top = 44;

    /// <summary>Where the footer's band starts: nothing is placed below it.</summary>
    public float Bottom => size.Height - 46;

    public SKSize Size => size;

    public float Left => Margin;

    public float Right => size.Width - Margin;

    public float Width => size.Width - 2 * Margin;

    public List<PdfPage> Pages { get; } = [];

    public PdfPage Page => Pages.Count > 0 ? Pages[^1] : NewPage();

    public float Y { get; set; } = Top;

    /// <summary>The height left on the current page.</summary>
    public float Room => Bottom - Y;

    /// <summary>The height a fresh page offers.</summary>
    public float PageRoom => Bottom - Top;

    public bool Fits(float height) => Y + height <= Bottom;

    public PdfPage NewPage()
    {
        Pages.Add(new PdfPage(size));
        Y = Top;
        return Pages[^1];
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one; says whether it broke.</summary>
    public bool Ensure(float height)
    {
        if (Pages.Count > 0 && Fits(height))
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>Wrapped lines of text at the current position, moving down; lines that do not fit continue on a new page.</summary>
    public void Paragraph(string text, TextStyle style, float leading, float indent = 0)
    {
        foreach (var line in TextRuns.Wrap(text, style, Width - indent))
        {
            Ensure(leading);
            Page.Text(line, Left + indent, Y + style.Size, style);
            Y += leading;
        }
    }
}
