using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Http;

/// <summary>Where this service is reached from outside: <c>PublicBaseUrl</c> (a top-level setting).</summary>
public sealed class PublicUrlOptions
{
    /// <summary>
    /// The absolute URL people and apps reach the service at (<c>https://summit.example.org/</c>). When empty, links are
    /// built from the request's scheme and host, which behind a proxy come from X-Forwarded-* headers only when the proxy
    /// is one of <c>ForwardedHeaders:KnownProxies</c> or <c>ForwardedHeaders:KnownNetworks</c>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Absolute links for answers: every link the API hands out is one a person can paste into a browser or a calendar app.
/// A handler takes it as a parameter; it is bound from the request.
/// </summary>
public sealed record Links(Uri Base)
{
    public static ValueTask<Links?> BindAsync(HttpContext http) => ValueTask.FromResult<Links?>(For(http));

    public static Links For(HttpContext http) => TryFor(http) ?? throw UnusableHost();

    public static BadHttpRequestException UnusableHost() => new(
        "The request's Host header is missing or is not a host name, so no link can be built from it: send Host with the name " +
        "this service is reached at (or set PublicBaseUrl).", StatusCodes.Status400BadRequest);

    /// <summary>
    /// The links for this request, or null when its host (or forwarded scheme) makes no http(s) URL. Worked out once per
    /// request (the host check at the door, then every handler and problem that links).
    /// </summary>
    public static Links? TryFor(HttpContext http)
    {
        if (http.Items.TryGetValue(typeof(Links), out var known))
        {
            return known as Links;
        }

        var links = Build(http);
        http.Items[typeof(Links)] = links;
        return links;
    }

    private static Links? Build(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Parse(configured);
        }

        try
        {
            var host = http.Request.Host;
            return host.HasValue ? Parse($"{http.Request.Scheme}://{host}{http.Request.PathBase}") : null;
        }
        catch (ArgumentException)
        {
            // A host that is not a valid international name (Host: xn--zz) cannot even be read.
            return null;
        }
    }

    private static Links? Parse(string root) =>
        Uri.TryCreate(root.EndsWith('/') ? root : root + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? new Links(url) : null;

    /// <summary>The absolute URL of a path of this service (<c>summits/sydney-2017/sessions</c>).</summary>
    public string To(string path) => new Uri(Base, path.TrimStart('/')).AbsoluteUri;

    /// <summary>The same link for calendar apps to subscribe to: <c>webcal://</c> in place of <c>http(s)://</c>.</summary>
    public string Webcal(string path)
    {
        var url = To(path);
        return "webcal" + url[url.IndexOf("://", StringComparison.Ordinal)..];
    }
}
