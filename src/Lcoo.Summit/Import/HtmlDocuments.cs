using System.Text;
using HtmlAgilityPack;

namespace Lcoo.Summit.Import;

internal static class HtmlDocuments
{
    /// <summary>Loads HTML bytes as UTF-8 (HtmlAgilityPack tolerates any markup; it never throws on bad HTML).</summary>
    public static HtmlDocument Load(ReadOnlyMemory<byte> content)
    {
        if (Sniff.LooksBinary(content.Span))
        {
            throw new ScheduleFormatException("The content is binary, not HTML.");
        }

        var text = Encoding.UTF8.GetString(content.Span);
        if (text.IndexOf("<html", StringComparison.OrdinalIgnoreCase) is var open and >= 0
            && text.LastIndexOf("</html>", StringComparison.OrdinalIgnoreCase) < open)
        {
            throw new ScheduleFormatException("The page opens <html> but never closes it: it looks truncated, so nothing was imported from it.");
        }

        var doc = new HtmlDocument { OptionMaxNestedChildNodes = 512 };
        doc.LoadHtml(text);
        return doc;
    }
}
