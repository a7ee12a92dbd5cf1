using System.Text;
using HtmlAgilityPack;

namespace Lcoo.Summit.Imports;

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

        var doc = new HtmlDocument { OptionMaxNestedChildNodes = SourceLimits.HtmlDepth };
        try
        {
            doc.LoadHtml(text);
        }
        catch (Exception e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // HtmlAgilityPack refuses (with a plain Exception, known only by its message) a page nested deeper than the limit,
            // before any walk recurses into it. EventPageParserTests pins the message: an upgrade that rewords it fails there.
            throw new ScheduleFormatException(
                $"The page has elements nested more than {SourceLimits.HtmlDepth} deep: no schedule page is built like that, so nothing was imported from it.", e);
        }

        return doc;
    }
}
