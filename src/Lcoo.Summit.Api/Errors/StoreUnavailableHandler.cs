using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Errors;

/// <summary>Turns an unreachable store into 503 problem details with <c>Retry-After</c>, never a 500.</summary>
public sealed partial class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not StoreUnavailableException unavailable)
        {
            return false;
        }

        LogUnavailable(unavailable.Store, (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)", unavailable.InnerException?.Message ?? unavailable.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage unavailable",
                Detail = $"The {unavailable.Store} store did not answer. Nothing was changed; try again in a few seconds.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store {Store} unavailable while serving {Route}: {Reason}")]
    private partial void LogUnavailable(string store, string route, string reason);
}
