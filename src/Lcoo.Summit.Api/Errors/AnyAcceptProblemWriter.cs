using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Errors;

/// <summary>
/// A problem for a client whose Accept names neither JSON nor HTML (<c>Accept: text/plain</c>, <c>application/xml</c>):
/// the framework's writer would decline, leaving an empty body or a line of plain text. Bad input gets a sentence a
/// person can act on whatever the client asked for, so such a problem is written as problem+json all the same.
/// </summary>
public sealed class AnyAcceptProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => context.HttpContext.Request.Headers.Accept.Count > 0;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        // Without an Accept header the framework's own writer takes it (after this one declined nothing else can).
        context.HttpContext.Request.Headers.Accept = default;
        return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(context);
    }
}
