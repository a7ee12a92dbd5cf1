using System.Buffers;
using HtmlAgilityPack;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports;

/// <summary>
/// An element's text as <c>HtmlText.Normalize(node.InnerText)</c> gives it, gathered into one pooled buffer
/// instead of HtmlAgilityPack's string builder and the copy normalising makes. Its rules, kept: text nodes
/// as written, comments left out, script and style content left out unless the node is itself one.
/// </summary>
public static class HtmlNodeText
{
    public static string Of(HtmlNode node)
    {
        var buffer = ArrayPool<char>.Shared.Rent(256);
        try
        {
            var length = 0;
            Append(node, node.Name is "head" or "script" or "style", ref buffer, ref length);
            return HtmlText.Normalize(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void Append(HtmlNode node, bool showScripts, ref char[] buffer, ref int length)
    {
        if (node is HtmlTextNode text)
        {
            var value = text.Text.AsSpan();
            if (length + value.Length > buffer.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + value.Length));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
            }

            value.CopyTo(buffer.AsSpan(length));
            length += value.Length;
            return;
        }

        if (node.NodeType == HtmlNodeType.Comment || !node.HasChildNodes || (node.Name is "script" or "style" && !showScripts))
        {
            return;
        }

        var children = node.ChildNodes;
        for (var i = 0; i < children.Count; i++)
        {
            Append(children[i], showScripts, ref buffer, ref length);
        }
    }
}
