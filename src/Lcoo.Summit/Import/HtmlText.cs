using System.Text;

namespace Lcoo.Summit.Import;

/// <summary>Plain text from the HTML fragments sources put in titles and abstracts.</summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\n\r\f\v\u00A0\u2028\u2029");

    private static readonly HashSet<string> BlockElements =
        new(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Text of an HTML fragment: entities decoded, paragraphs kept as blank lines, other whitespace folded.
    /// Fragments (abstracts, titles) need no DOM: tags are skipped in one pass, script and style with their content.
    /// </summary>
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

        var output = new Output(html.Length);
        for (var i = 0; i < html.Length;)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                output.Text(html.AsSpan(i));
                break;
            }

            output.Text(html.AsSpan(i, open - i));
            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                output.Text(html.AsSpan(open));
                break;
            }

            var name = TagName(html.AsSpan(open + 1, close - open - 1));
            if (name is "script" or "style")
            {
                var endTag = html.IndexOf($"</{name}", close, StringComparison.OrdinalIgnoreCase);
                var endClose = endTag < 0 ? -1 : html.IndexOf('>', endTag);
                close = endClose < 0 ? html.Length - 1 : endClose;
            }
            else if (BlockElements.Contains(name))
            {
                output.Break();
            }

            i = close + 1;
        }

        var result = output.ToString();
        return result.Length == 0 ? null : result;
    }

    /// <summary>Text written with whitespace folded as it comes, and a blank line wherever a block element stood between text.</summary>
    private sealed class Output(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private bool _space;
        private bool _break;

        public void Break() => _break = _text.Length > 0;

        public void Text(ReadOnlySpan<char> chunk)
        {
            if (chunk.IsEmpty)
            {
                return;
            }

            var rest = chunk.Contains('&') ? System.Net.WebUtility.HtmlDecode(chunk.ToString()).AsSpan() : chunk;
            while (!rest.IsEmpty)
            {
                var word = rest.IndexOfAny(Whitespace);
                if (word != 0)
                {
                    if (_break)
                    {
                        _text.Append("\n\n");
                    }
                    else if (_space)
                    {
                        _text.Append(' ');
                    }

                    (_break, _space) = (false, false);
                    _text.Append(word < 0 ? rest : rest[..word]);
                    if (word < 0)
                    {
                        break;
                    }

                    rest = rest[word..];
                }

                var gap = rest.IndexOfAnyExcept(Whitespace);
                _space = _text.Length > 0;
                rest = gap < 0 ? [] : rest[gap..];
            }
        }

        public override string ToString() => _text.ToString();
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/').TrimStart();
        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length]))
        {
            length++;
        }

        return tag[..length].ToString().ToLowerInvariant();
    }

    /// <summary>Entities decoded, runs of whitespace (including non-breaking spaces) folded to one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var decoded = text.Contains('&') ? System.Net.WebUtility.HtmlDecode(text) : text;
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
}
