using System.Text;

namespace Lcoo.Summit.Import;

/// <summary>
/// The title slug the OpenStack summit site put in event URLs: lower case, <c>&amp;</c> spelled
/// <c>and</c>, punctuation dropped (not replaced), spaces as hyphens. <c>AT&amp;T's</c> becomes <c>at-and-ts</c>.
/// </summary>
public static class OpenStackSlug
{
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder(title.Length + 8);
        foreach (var c in HtmlText.Normalize(title).ToLowerInvariant())
        {
            if (c == '&')
            {
                sb.Append("-and-");
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is ' ' or '-')
            {
                sb.Append('-');
            }
        }

        return CollapseHyphens(sb.ToString());
    }

    private static string CollapseHyphens(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '-' && (sb.Length == 0 || sb[^1] == '-'))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd('-');
    }
}
