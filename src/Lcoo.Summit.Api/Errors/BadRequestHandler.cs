using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Errors;

/// <summary>
/// What Kestrel and the framework throw for a request they cannot take (a body over its limit, a bad chunk, a body
/// that stalls, a header too large): answered with the exception's own status as problem details, never a 500,
/// and logged as a bad request rather than an error with a stack trace.
/// </summary>
public sealed partial class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsBadRequest(exception) || context.Response.HasStarted)
        {
            return false;
        }

        // Kestrel reports a few malformed bodies (a chunk size that overflows) as a plain IOException of its own.
        var bad = exception as BadHttpRequestException ?? new BadHttpRequestException(exception.Message, StatusCodes.Status400BadRequest, exception);

        LogRefused(bad.StatusCode, bad.Message);
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = Title(bad.StatusCode), Detail = Detail(context, bad) },
        });
    }

    /// <summary>Whether the exception handler should stay quiet: bad input is the caller's mistake, not ours.</summary>
    public static bool IsBadRequest(Exception? exception) =>
        exception is BadHttpRequestException
        || (exception is IOException && exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) == true);

    private static string Title(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => "Request body too slow",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "Headers too large",
        _ => "Bad request",
    };

    // The framework tells a missing body only in its message; the hostile-input tests pin it (an empty body): an upgrade
    // that rewords it fails there.
    private static string Detail(HttpContext context, BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge when context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit =>
            $"The body is larger than this endpoint takes: at most {limit} bytes. Nothing was changed.",
        StatusCodes.Status408RequestTimeout =>
            "The request body arrived too slowly (or stopped arriving), so the server stopped waiting for it. Nothing was changed; send it again.",
        StatusCodes.Status415UnsupportedMediaType => "This endpoint takes a JSON body: send it with Content-Type: application/json.",
        _ when bad.Message.Contains("no body was provided", StringComparison.Ordinal) || bad.Message.Contains("body was empty", StringComparison.OrdinalIgnoreCase) =>
            "This endpoint takes a JSON object as its body (its fields are in /openapi/v1.json), and none was sent. Nothing was changed.",
        _ when bad.InnerException is System.Text.Json.JsonException { Path: { Length: > 1 } path } json =>
            IsWrongType(json)
                ? $"The value at {path} is not of the type or form this endpoint takes there (a number in its range, a string, a date, a list…: see /openapi/v1.json). Nothing was changed."
                : $"The body's JSON could not be read at {path}: it is not well-formed, or a value there is not one this endpoint takes (see /openapi/v1.json). Nothing was changed.",
        _ when bad.InnerException is System.Text.Json.JsonException =>
            "The body is not JSON this endpoint can read: check that it is well-formed and is the object /openapi/v1.json describes. Nothing was changed.",
        _ => $"The request could not be read: {bad.Message} Nothing was changed.",
    };

    /// <summary>
    /// A value of the wrong type or form in well-formed JSON: System.Text.Json wraps what the converter threw (a
    /// number that is text or too large, a date that is no date), and wraps its reader's own exception (itself a
    /// JsonException) for JSON that is not well-formed. A string where a list goes has no inner exception; it is known
    /// by its message alone, which the hostile-input tests pin ($.members).
    /// </summary>
    private static bool IsWrongType(System.Text.Json.JsonException json) => json.InnerException switch
    {
        InvalidOperationException or FormatException or OverflowException => true,
        null => json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request the server could not read ({Status}): {Reason}")]
    private partial void LogRefused(int status, string reason);
}
