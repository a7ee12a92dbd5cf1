using System.Globalization;
using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Errors;

/// <summary>A render the service would not finish (busy, or past its budget) is 503 problem details with Retry-After.</summary>
public sealed class RenderRefusedHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not RenderRefusedException refused)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = Math.Ceiling(refused.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = refused.Busy ? "Too many files being made" : "The file took too long to make",
                Detail = refused.Busy
                    ? $"The service is making as many files as it can at once, so {refused.What} was not made; try again in {refused.RetryAfter.TotalSeconds:0} s."
                    : $"Making {refused.What} took longer than the service allows, so it was stopped; try again in {refused.RetryAfter.TotalSeconds:0} s, or narrow it with a filter.",
            },
        });
    }
}
