using System.Diagnostics;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// One structured line per request: method, route pattern (never the raw path or query, which can carry a
/// calendar feed key), status, time, and the request id that problem details also carry.
/// </summary>
public static partial class RequestLog
{
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Lcoo.Summit.Requests");
        return app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            // The host's own request scope carries the raw path (schedule ids, read keys in it); it is switched off in
            // appsettings.json ("Microsoft.AspNetCore.Hosting.Diagnostics": "None") and this scope names the request instead.
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = http.TraceIdentifier });
            try
            {
                await next(http);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                    Log(logger, http.Request.Method, route, http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, http.TraceIdentifier);
                }
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms (request {RequestId})")]
    private static partial void Log(ILogger logger, string method, string route, int status, double elapsedMs, string requestId);
}
