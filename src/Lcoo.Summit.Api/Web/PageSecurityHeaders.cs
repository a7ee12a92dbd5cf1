namespace Lcoo.Summit.Api.Web;

public static class PageSecurityHeaders
{
    /// <summary>
    /// What a browser may do with our pages: scripts and styles only from this origin (style attributes place grid
    /// blocks), no framing, no sniffing. Swagger UI, which inlines its own script, is left as it is.
    /// </summary>
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self' blob:; object-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true && !http.Request.Path.StartsWithSegments("/swagger"))
            {
                headers.ContentSecurityPolicy = Policy;
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        return next(http);
    });
}
