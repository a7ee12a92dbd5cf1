using System.Text;
using HtmlAgilityPack;

namespace Lcoo.Summit.Import;

/// <summary>Plain text from the HTML fragments sources put in titles and abstracts.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockElements =
        new(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Text of an HTML fragment: entities decoded, paragraphs kept as blank lines, other whitespace folded.</summary>
    public static string? ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        if (!html.Contains('<') && !html.Contains('&'))
        {
            return Normalize(html);
        }

        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var text = new StringBuilder(html.Length);
        Append(doc.DocumentNode, text);
        var result = string.Join("\n\n", text.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .Where(line => line.Length > 0));
        return result.Length == 0 ? null : result;
    }

    /// <summary>Entities decoded, runs of whitespace (including non-breaking spaces) folded to one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var decoded = text.Contains('&') ? HtmlEntity.DeEntitize(text) : text;
        var sb = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void Append(HtmlNode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    text.Append(((HtmlTextNode)child).Text);
                    break;
                case HtmlNodeType.Element when child.Name is "script" or "style":
                    break;
                case HtmlNodeType.Element:
                    var block = BlockElements.Contains(child.Name);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    Append(child, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
