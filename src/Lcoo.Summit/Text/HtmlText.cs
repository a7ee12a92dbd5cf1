using System.Buffers;
using System.Net;

namespace Lcoo.Summit.Text;

/// <summary>Plain text from the HTML fragments sources put in titles and abstracts.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Markup = SearchValues.Create("<&");

    /// <summary>Printable ASCII and the plain space: the one-pass walk copies runs of these, and looks closer at anything else.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray());

    /// <summary>As <see cref="PlainAscii"/>, less markup.</summary>
    private static readonly SearchValues<char> PlainText = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('<' or '&')).ToArray());

    /// <summary>
    /// Text of an HTML fragment: entities decoded, paragraphs kept as blank lines, other whitespace folded.
    /// Fragments (abstracts, titles) need no DOM: one pass over the characters skips tags, and script and
    /// style with their content.
    /// </summary>
    public static string? ToPlainText(string? html) => html is null ? null : ToPlainText(html.AsSpan());

    /// <inheritdoc cref="ToPlainText(string?)"/>
    public static string? ToPlainText(ReadOnlySpan<char> html)
    {
        if (html.IsWhiteSpace())
        {
            return null;
        }

        if (!html.ContainsAny(Markup))
        {
            return Normalize(html);
        }

        var buffer = ArrayPool<char>.Shared.Rent(html.Length + 2);
        try
        {
            var output = new FoldedText(buffer);
            var lastClose = html.LastIndexOf('>');
            for (var i = 0; i < html.Length;)
            {
                var plain = html[i..].IndexOfAnyExcept(PlainText);
                if (plain != 0)
                {
                    output.AddPlain(plain < 0 ? html[i..] : html.Slice(i, plain));
                    i = plain < 0 ? html.Length : i + plain;
                    continue;
                }

                var c = html[i];
                if (c == '<' && i < lastClose && OpensTag(html[i + 1]))
                {
                    i = SkipTag(html, i, i + 1 + html[(i + 1)..].IndexOf('>'), ref output);
                }
                else if (c == '&')
                {
                    i = DecodeEntity(html, i, ref output);
                }
                else
                {
                    output.Add(c);
                    i++;
                }
            }

            var text = output.Text;
            return text.IsEmpty ? null : new string(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>As in browsers, a '&lt;' before a space or digit is text ("3 &lt; 4"), not markup.</summary>
    private static bool OpensTag(char next) => char.IsAsciiLetter(next) || next is '/' or '!' or '?';

    /// <summary>Past the tag that opens at <paramref name="open"/>; past the element's end for script and style.</summary>
    private static int SkipTag(ReadOnlySpan<char> html, int open, int close, ref FoldedText output)
    {
        var name = html.Slice(open + 1, close - open - 1).TrimStart('/').TrimStart();
        var length = 0;
        while (length < name.Length && char.IsAsciiLetterOrDigit(name[length]))
        {
            length++;
        }

        name = name[..length];
        if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            var end = html[close..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
            var endClose = end < 0 ? -1 : html[(close + end)..].IndexOf('>');
            return endClose < 0 ? html.Length : close + end + endClose + 1;
        }

        if (IsBlock(name))
        {
            output.Break();
        }

        return close + 1;
    }

    private static bool IsBlock(ReadOnlySpan<char> name) => name.Length switch
    {
        1 => (name[0] | 0x20) == 'p',
        2 => (name[0] | 0x20) is 'h' ? name[1] is >= '1' and <= '6'
            : name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
              || name.Equals("ul", StringComparison.OrdinalIgnoreCase) || name.Equals("ol", StringComparison.OrdinalIgnoreCase)
              || name.Equals("tr", StringComparison.OrdinalIgnoreCase),
        3 => name.Equals("div", StringComparison.OrdinalIgnoreCase),
        10 => name.Equals("blockquote", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// An entity up to its ';' decoded (what is not an entity stays as written, as <see cref="WebUtility.HtmlDecode(string)"/>
    /// leaves it); the decoded characters are text, never markup, so <c>&amp;lt;</c> stays a literal <c>&lt;</c>.
    /// </summary>
    private static int DecodeEntity(ReadOnlySpan<char> html, int amp, ref FoldedText output)
    {
        var rest = html.Slice(amp + 1, Math.Min(32, html.Length - amp - 1));
        var semicolon = rest.IndexOfAny(';', '<', '&');
        if (semicolon < 1 || rest[semicolon] != ';')
        {
            output.Add('&');
            return amp + 1;
        }

        var entity = rest[..semicolon];
        var decoded = entity switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" or "#39" => "'",
            "nbsp" => "\u00A0",
            _ => WebUtility.HtmlDecode(html.Slice(amp, semicolon + 2).ToString()),
        };
        foreach (var c in decoded)
        {
            output.Add(c);
        }

        return amp + semicolon + 2;
    }

    /// <summary>Text written with whitespace folded as it comes, and a blank line wherever a block element stood between text.</summary>
    private ref struct FoldedText(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private bool _space;
        private bool _break;

        public readonly ReadOnlySpan<char> Text => _buffer[.._length];

        public void Break() => _break = _length > 0;

        /// <summary>A run with no whitespace but plain spaces, copied a word group at a time.</summary>
        public void AddPlain(ReadOnlySpan<char> run)
        {
            while (!run.IsEmpty)
            {
                if (run[0] == ' ')
                {
                    _space = _length > 0;
                    run = run.TrimStart(' ');
                    continue;
                }

                var doubled = run.IndexOf("  ", StringComparison.Ordinal);
                var words = doubled < 0 ? run : run[..doubled];
                var trailingSpace = words[^1] == ' ';
                Add(words[0]);
                words[1..^(trailingSpace ? 1 : 0)].CopyTo(_buffer[_length..]);
                _length += words.Length - 1 - (trailingSpace ? 1 : 0);
                _space = trailingSpace;
                run = run[words.Length..];
            }
        }

        public void Add(char c)
        {
            if (IsFoldedSpace(c))
            {
                _space = _length > 0;
                return;
            }

            if (_break)
            {
                _buffer[_length++] = '\n';
                _buffer[_length++] = '\n';
            }
            else if (_space)
            {
                _buffer[_length++] = ' ';
            }

            (_break, _space) = (false, false);
            _buffer[_length++] = c;
        }
    }

    private static bool IsFoldedSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' : c is '\u00A0' or '\u2028' or '\u2029';

    /// <summary>
    /// Entities decoded, runs of whitespace (including non-breaking spaces) folded to one space, trimmed, and characters no
    /// text should carry (lone surrogates from <c>&amp;#xD800;</c>, noncharacters, controls) replaced by U+FFFD.
    /// </summary>
    public static string Normalize(string text)
    {
        var decoded = text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
        return UnicodeText.Clean(IsFolded(decoded) ? decoded : Fold(decoded));
    }

    /// <inheritdoc cref="Normalize(string)"/>
    public static string Normalize(ReadOnlySpan<char> text) =>
        text.Contains('&') ? Normalize(text.ToString()) : UnicodeText.Clean(IsFolded(text) ? new string(text) : Fold(text));

    /// <summary>True when nothing would change: no leading, trailing or doubled whitespace, and no whitespace but plain spaces.</summary>
    private static bool IsFolded(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        var other = text.IndexOfAnyExcept(PlainAscii);
        return other < 0 || NoWhitespaceButSpaces(text[other..]);
    }

    private static bool NoWhitespaceButSpaces(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != ' ' && char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(ReadOnlySpan<char> decoded)
    {
        var buffer = decoded.Length <= 512 ? stackalloc char[decoded.Length] : new char[decoded.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }
}
