namespace Lcoo.Summit.Text;

/// <summary>
/// The only links a source may hand on: absolute http or https with a host. Calendar apps, phone apps and PDF viewers
/// follow a link without a page's CSP, so a <c>javascript:</c>, <c>data:</c> or <c>file:</c> link must never reach them.
/// </summary>
public static class WebLink
{
    public const int MaxLength = 2_048;

    public static Uri? Of(string? text) =>
        text is { Length: > 0 and <= MaxLength } && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && !uri.IsFile && !uri.IsUnc
            ? uri
            : null;

    public static bool IsSafe(string? text) => Of(text) is not null;
}
