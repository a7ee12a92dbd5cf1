using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Errors;

/// <summary>The problem details this API answers with, worded for the person reading them.</summary>
public static class Problems
{
    public static ProblemHttpResult SummitNotFound(string slug) =>
        NotFound("Summit not found", $"There is no summit '{slug}'. GET /summits lists the summits this service holds.");

    public static ProblemHttpResult SessionNotFound(string slug, string sessionId) =>
        NotFound("Session not found", $"Summit '{slug}' has no session '{sessionId}'.");

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            detail: $"The '{field}' parameter is not valid: {message}");
}
