namespace Lcoo.Summit.Api.Http;

/// <summary>
/// HEAD answered wherever GET is (RFC 9110: the same status and headers, no body), as link checkers, calendar apps and
/// <c>curl -I</c> expect; minimal APIs map GET alone. The request is routed as a GET and becomes HEAD again before the
/// answer starts, so Kestrel sends the headers and drops the body.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (HttpMethods.IsHead(http.Request.Method))
        {
            http.Request.Method = HttpMethods.Get;
            http.Response.OnStarting(() =>
            {
                http.Request.Method = HttpMethods.Head;
                return Task.CompletedTask;
            });
        }

        return next(http);
    });
}
