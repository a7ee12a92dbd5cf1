using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Errors;

/// <summary>The problem details this API answers with, worded for the person reading them.</summary>
public static class Problems
{
    public static ProblemHttpResult SummitNotFound(string slug) =>
        NotFound("Summit not found", $"There is no summit '{slug}'. GET /summits lists the summits this service holds.");

    public static ProblemHttpResult SessionNotFound(string slug, string sessionId) =>
        NotFound("Session not found", $"Summit '{slug}' has no session '{sessionId}'.");

    public static ProblemHttpResult MemberNotFound(string id) =>
        NotFound("Member not found", $"There is no member company '{id}'. GET /members lists them.");

    public static ProblemHttpResult ScheduleNotFound() =>
        NotFound("Schedule not found", "There is no schedule for this link or token: it was deleted, or the link was withdrawn or replaced. Ask whoever shared it for a new one; " +
            "if the schedule is yours, open it again from the browser you made it in.");

    /// <summary>401 with a Bearer challenge, for a schedule request that sent no token (nor, where it takes one, a read key).</summary>
    public static ProblemHttpResult TokenNeeded(HttpContext http, bool takesReadKey = false)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"schedules\"";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Token needed",
            detail: "Send the schedule's token as 'Authorization: Bearer <token>' (it was given when the schedule was created)" +
                (takesReadKey ? ", or open the schedule's read-only link (it carries ?key=)." : "."));
    }

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            detail: $"The '{field}' parameter is not valid: {message}");

    /// <summary>Several invalid values at once, each listed under <c>errors</c> and all said in the detail, after what was not done.</summary>
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors, string notDone) =>
        TypedResults.ValidationProblem(errors, detail: $"{notDone}: " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
}
