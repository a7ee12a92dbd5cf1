namespace Lcoo.Summit.Text;

/// <summary>
/// The title slug the OpenStack summit site put in event URLs: lower case, <c>&amp;</c> spelled
/// <c>and</c>, punctuation dropped (not replaced), spaces as hyphens. <c>AT&amp;T's</c> becomes <c>at-and-ts</c>.
/// </summary>
public static class OpenStackSlug
{
    public static string FromTitle(string title)
    {
        var text = HtmlText.Normalize(title);
        var slug = text.Length <= 200 ? stackalloc char[MaxLength(text)] : new char[MaxLength(text)];
        return new string(slug[..Write(text, slug)]);
    }

    /// <summary>Room enough for any slug of <paramref name="text"/>: an '&amp;' is the longest, "-and-".</summary>
    internal static int MaxLength(ReadOnlySpan<char> text) => text.Length * 5;

    /// <summary>Writes the slug of already normalised text; returns its length.</summary>
    internal static int Write(ReadOnlySpan<char> text, Span<char> destination)
    {
        var slug = new SlugBuilder(destination);
        foreach (var c in text)
        {
            var lower = char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            if (lower == '&')
            {
                slug.Hyphen();
                slug.Add('a');
                slug.Add('n');
                slug.Add('d');
                slug.Hyphen();
            }
            else if (char.IsAsciiLetterOrDigit(lower))
            {
                slug.Add(lower);
            }
            else if (lower is ' ' or '-')
            {
                slug.Hyphen();
            }
        }

        return slug.Length;
    }

    /// <summary>Hyphens never lead, never double and never trail.</summary>
    private ref struct SlugBuilder(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;

        public readonly int Length => _length > 0 && _buffer[_length - 1] == '-' ? _length - 1 : _length;

        public void Add(char c) => _buffer[_length++] = c;

        public void Hyphen()
        {
            if (_length > 0 && _buffer[_length - 1] != '-')
            {
                Add('-');
            }
        }
    }
}
