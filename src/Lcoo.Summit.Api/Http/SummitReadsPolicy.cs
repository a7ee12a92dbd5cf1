using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Cached answers for a summit's public reads (session lists and sessions), keyed by the whole query, the
/// summit's snapshot version, the member directory's fingerprint and the language the request's headers chose. An import here or on another instance
/// makes a new version, so an answer is never served for data it was not computed from; nothing has to be
/// evicted, old keys just age out.
/// </summary>
public sealed class SummitReadsPolicy : IOutputCachePolicy
{
    public const string Name = "summit-reads";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            || http.Request.RouteValues["slug"] is not string slug
            || await http.RequestServices.GetRequiredService<SnapshotCache>().GetAsync(slug, ct) is not { } snapshot)
        {
            return;
        }

        var members = await http.RequestServices.GetRequiredService<MemberDirectoryCache>().GetAsync(ct);
        context.EnableOutputCaching = true;
        // A client asking for a fresh answer (Cache-Control: no-cache) gets one computed, and the cache keeps it.
        context.AllowCacheLookup = !http.Request.GetTypedHeaders().CacheControl?.NoCache ?? true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["summit-version"] = snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["members"] = members.Fingerprint;
        // Answers in a language the request chose by its headers (a calendar without ?lang=) are kept one per choice.
        context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage;
        context.CacheVaryByRules.VaryByValues["culture-cookie"] =
            http.Request.Cookies[Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName] ?? "";
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    /// <summary>Only whole successful answers are kept: not problems, not 304s.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
