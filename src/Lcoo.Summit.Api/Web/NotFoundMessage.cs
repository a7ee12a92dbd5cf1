namespace Lcoo.Summit.Api.Web;

/// <summary>What a page could not find, for the not-found page to say (one per request).</summary>
public sealed class NotFoundMessage
{
    public string Title { get; set; } = "Page not found";

    public string Detail { get; set; } = "There is no page at this address.";

    public string BackLink { get; set; } = "/";
}
