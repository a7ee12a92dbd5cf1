using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Errors;

/// <summary>
/// A problem answered to a person who opened a link in a browser tab (a withdrawn itinerary, a calendar link pasted in
/// the address bar) is a page they can read, with the same status, title and sentence; programs keep problem+json.
/// </summary>
public sealed class HtmlProblemWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Headers["Sec-Fetch-Mode"] == "navigate" && request.Headers["Sec-Fetch-Dest"] == "document";
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        // The sentence the service adds to problems the framework writes itself (a 404 of no route, a 405), as in JSON.
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var title = WebUtility.HtmlEncode(problem.Title ?? ReasonOf(status));
        var detail = WebUtility.HtmlEncode(problem.Detail ?? "");
        var response = context.HttpContext.Response;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} — Lcoo.Summit</title><link rel="stylesheet" href="/site.css"></head>
            <body>
            <header class="site"><a class="brand" href="/">Lcoo.Summit</a></header>
            <main id="main" class="page">
            <h1>{title}</h1>
            <p>{detail}</p>
            <p><a href="/">See the summits</a></p>
            <p class="status">Status {status}</p>
            </main>
            </body>
            </html>
            """, context.HttpContext.RequestAborted);
    }

    private static string ReasonOf(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } reason ? reason : "Not available";
}
