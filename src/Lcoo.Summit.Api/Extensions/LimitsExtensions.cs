using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Lcoo.Summit.Api.Extensions;

/// <summary>Section <c>Limits</c>.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Requests one client address may make per window (kiosks behind one address poll every few seconds).</summary>
    public int PermitsPerWindow { get; set; } = 1200;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest JSON body of a non-import request (summits, members, schedules).</summary>
    public long MaxJsonBodyBytes { get; set; } = 64 * 1024;
}

public static class LimitsExtensions
{
    public const string PerClient = "per-client";

    /// <summary>A fixed window per client address; refusals are 429 problem details with Retry-After.</summary>
    public static IServiceCollection AddSummitLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitsPerWindow,
                        Window = limits.Window,
                        QueueLimit = 0,
                    }));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.Window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client made more than {limits.PermitsPerWindow} requests in {limits.Window.TotalSeconds:0} s; try again in {Math.Ceiling(retry.TotalSeconds):0} s.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>413 for a body over <see cref="LimitsOptions.MaxJsonBodyBytes"/>, before it is read (and Kestrel's own limit lowered to match).</summary>
    public static TBuilder WithJsonBodyLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var limit = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<LimitsOptions>>().Value.MaxJsonBodyBytes;
            if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            return http.Request.ContentLength > limit
                ? TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
                    detail: $"The body is {http.Request.ContentLength} bytes; this endpoint takes at most {limit}.")
                : await next(context);
        });
}
