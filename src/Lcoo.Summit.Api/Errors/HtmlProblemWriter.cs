using Lcoo.Summit.Api.Web;
using Microsoft.AspNetCore.Http.HttpResults;
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
        var page = new RazorComponentResult<ProblemPage>(new
        {
            Words = Http.RequestLanguage.Words(context.HttpContext),
            Title = problem.Title ?? ReasonOf(status),
            problem.Detail,
            Status = status,
            Path = context.HttpContext.Request.Path.Value ?? "/",
        })
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        };

        // A page that failed while rendering (the store down under /plan/…) has set up this request's component
        // services already, and they cannot be set up twice: the problem page renders in a scope of its own.
        var http = context.HttpContext;
        var requestServices = http.RequestServices;
        await using var scope = requestServices.CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await page.ExecuteAsync(http);
        }
        finally
        {
            http.RequestServices = requestServices;
        }
    }

    private static string ReasonOf(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } reason ? reason : "Not available";
}
