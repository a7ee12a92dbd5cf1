using System.Net;
using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.HttpOverrides;

namespace Lcoo.Summit.Api.Extensions;

public static class PublicUrlExtensions
{
    /// <summary>
    /// <c>PublicBaseUrl</c>, and X-Forwarded-For/Proto/Host trusted only from the proxies configured under
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges); none by default.
    /// </summary>
    public static IServiceCollection AddPublicUrls(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicUrlOptions>().Bind(configuration)
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
                "PublicBaseUrl must be an absolute http or https URL, like https://summit.example.org/.")
            .ValidateOnStart();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // With both lists empty the middleware trusts every sender, so with no proxy configured it reads no header at all.
            o.ForwardedHeaders = o.KnownProxies.Count + o.KnownIPNetworks.Count == 0 ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        });
        return services;
    }

    /// <summary>
    /// Refuses (400) a request whose Host, or forwarded scheme and host, make no http(s) URL: answers and pages link to
    /// themselves. Health probes are let through, since load balancers may send HTTP/1.0 without a Host.
    /// </summary>
    public static IApplicationBuilder UseLinkableHost(this IApplicationBuilder app) => app.Use((http, next) =>
        Links.TryFor(http) is null && !http.Request.Path.StartsWithSegments("/health") ? throw Links.UnusableHost() : next(http));
}
