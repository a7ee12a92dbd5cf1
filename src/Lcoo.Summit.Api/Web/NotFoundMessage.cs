namespace Lcoo.Summit.Api.Web;

/// <summary>What a page could not find, for the not-found page to say (one per request).</summary>
public sealed class NotFoundMessage
{
    /// <summary>What was not found; the page's own "Page not found" (in the page's language) when null.</summary>
    public string? Title { get; set; }

    public string? Detail { get; set; }

    public string BackLink { get; set; } = "/";
}
