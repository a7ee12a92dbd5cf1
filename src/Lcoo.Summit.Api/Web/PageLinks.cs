namespace Lcoo.Summit.Api.Web;

/// <summary>The planner's addresses, built in one place with every part escaped (a session id is the source's, and may hold anything).</summary>
public static class PageLinks
{
    public static string Plan(string slug) => $"/plan/{Uri.EscapeDataString(slug)}";

    public static string Session(string slug, string sessionId) => $"{Plan(slug)}/sessions/{Uri.EscapeDataString(sessionId)}";

    public static string Changes(string slug) => $"{Plan(slug)}/changes";
}
