using System.Text;
using System.Text.RegularExpressions;

namespace Lcoo.Summit.Imports;

/// <summary>
/// Every source as UTF-8 without a byte order mark, whatever the tool that wrote it: Windows tools start UTF-8 with a
/// BOM, and XML 1.0 readers must accept UTF-16 (its BOM says which byte order). A UTF-16 XML declaration is rewritten
/// to say what the bytes now are. Text without a BOM is taken as UTF-8, as every format here is by default.
/// </summary>
public static partial class SourceEncoding
{
    public static ImportSource AsUtf8(ImportSource source)
    {
        var span = source.Content.Span;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            return source with { Content = source.Content[3..] };
        }

        Encoding? utf16 = span.StartsWith(Encoding.Unicode.Preamble) && !span.StartsWith(new UTF32Encoding(false, true).Preamble) ? Encoding.Unicode
            : span.StartsWith(Encoding.BigEndianUnicode.Preamble) ? Encoding.BigEndianUnicode
            : null;
        if (utf16 is null)
        {
            return source;
        }

        var text = utf16.GetString(span[2..]);
        text = Utf16Declaration().Replace(text, m => m.Value.Replace(m.Groups["name"].Value, "UTF-8"), 1);
        return source with { Content = Encoding.UTF8.GetBytes(text) };
    }

    [GeneratedRegex("""\A\s*<\?xml[^>]*?encoding\s*=\s*["'](?<name>utf-?16(?:le|be)?)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Utf16Declaration();
}
