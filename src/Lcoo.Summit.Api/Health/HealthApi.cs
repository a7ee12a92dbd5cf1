using System.Text.Json;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lcoo.Summit.Api.Health;

public static class HealthApi
{
    public static IServiceCollection AddSummitHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary><c>GET /health</c>: 200 when the store answers and is initialised, else 503 problem details.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithTags("Health")
            .WithSummary("Whether this instance can serve: the store answers and is initialised.");
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        if (report.Status == HealthStatus.Healthy)
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = "Healthy", checks }, JsonSerializerOptions.Web));
        }

        context.Response.ContentType = "application/problem+json";
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service unhealthy",
            Detail = string.Join(" ", report.Entries.Values.Select(e => e.Description).OfType<string>()),
            Extensions = { ["checks"] = checks },
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(problem, JsonSerializerOptions.Web));
    }
}

/// <summary>The store answers and is initialised. What went wrong is logged here; clients get one sentence, never driver internals.</summary>
internal sealed partial class StoreHealthCheck(IStorage store, StoreReadiness readiness, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await store.PingAsync(ct);
        }
        catch (StoreUnavailableException e)
        {
            LogUnreachable(store.Kind, e.InnerException?.GetType().Name ?? e.GetType().Name, e.InnerException?.Message ?? e.Message);
            return HealthCheckResult.Unhealthy($"The {store.Kind} store is unreachable; the service will answer again when it returns.");
        }

        return readiness.IsReady
            ? HealthCheckResult.Healthy($"The {store.Kind} store answers.")
            : HealthCheckResult.Unhealthy($"The {store.Kind} store answers but is still being initialised.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health: the {Kind} store is unreachable ({Error}): {Reason}")]
    private partial void LogUnreachable(string kind, string error, string reason);
}
