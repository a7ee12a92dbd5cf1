namespace Lcoo.Summit.Exports;

/// <summary>
/// Where a session lives in this service's API (<c>…/summits/{slug}/sessions/{id}</c>): frab's <c>origin_url</c> in our
/// exports, and how an import of one of our own exports knows our session ids again. Written and read here only.
/// </summary>
public static class SessionOrigin
{
    public static string Of(Uri baseUrl, string slug, string sessionId) =>
        new Uri(baseUrl, $"summits/{Uri.EscapeDataString(slug)}/sessions/{Uri.EscapeDataString(sessionId)}").ToString();

    /// <returns>The session id the link names, or null when it is not a session's link in this shape.</returns>
    public static string? IdIn(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https" && link.Segments is [.., "summits/", _, "sessions/", var id]
            && Uri.UnescapeDataString(id).Trim() is { Length: > 0 } unescaped
            ? unescaped
            : null;
}
