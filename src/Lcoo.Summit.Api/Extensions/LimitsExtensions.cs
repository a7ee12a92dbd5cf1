using System.Globalization;
using System.Threading.RateLimiting;

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

        // Every body is held to the JSON limit unless its endpoint says otherwise (imports do): see BodySizeLimit.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.MaxJsonBodyBytes);
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
}
