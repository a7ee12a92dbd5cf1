using System.Text;

namespace Lcoo.Summit.Imports;

/// <summary>Cheap looks at a source's first bytes, to tell formats apart without parsing.</summary>
internal static class Sniff
{
    private const int Window = 64 * 1024;

    /// <summary>The first byte that is not a BOM or whitespace, or -1.</summary>
    public static int FirstNonSpace(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[3..];
        }

        foreach (var b in content)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>Whether the start of the content contains <paramref name="ascii"/>, ignoring ASCII case.</summary>
    public static bool Contains(ReadOnlySpan<byte> content, string ascii)
    {
        var head = content[..Math.Min(content.Length, Window)];
        return Encoding.UTF8.GetString(head).Contains(ascii, StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsMarkup(ReadOnlySpan<byte> content) => FirstNonSpace(content) == '<';

    /// <summary>Bytes that no text format has: NULs or a high share of control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 8192)];
        if (head.IndexOfAnyInRange((byte)0x00, (byte)0x08) < 0 && head.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) < 0)
        {
            return false; // text, as nearly every input is: two vectorised scans instead of a loop over the bytes
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 10 > head.Length;
    }
}
