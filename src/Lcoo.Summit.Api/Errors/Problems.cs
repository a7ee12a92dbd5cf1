using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Errors;

/// <summary>
/// The problem details this API answers with, worded for the person reading them, in the request's language: each
/// problem is a <c>Problem.{Name}</c> pair in the vocabulary, its title and its detail with the values in it.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult SummitNotFound(string slug) => NotFound("SummitNotFound", slug);

    public static ProblemHttpResult SessionNotFound(string slug, string sessionId) => NotFound("SessionNotFound", slug, sessionId);

    public static ProblemHttpResult MemberNotFound(string id) => NotFound("MemberNotFound", id);

    public static ProblemHttpResult ScheduleNotFound() => NotFound("ScheduleNotFound");

    /// <summary>401 with a Bearer challenge, for a schedule request that sent no token (nor, where it takes one, a read key).</summary>
    public static ProblemHttpResult TokenNeeded(HttpContext http, bool takesReadKey = false)
    {
        var words = RequestLanguage.Current();
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"schedules\"";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: words["Problem.TokenNeeded.Title"],
            detail: words[takesReadKey ? "Problem.TokenNeeded.DetailOrKey" : "Problem.TokenNeeded.Detail"]);
    }

    /// <summary>A 404 worded by <c>Problem.{name}.Title</c> and <c>Problem.{name}.Detail</c>, the detail with <paramref name="values"/> in it.</summary>
    public static ProblemHttpResult NotFound(string name, params object[] values)
    {
        var words = RequestLanguage.Current();
        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: words[$"Problem.{name}.Title"],
            detail: words.Format($"Problem.{name}.Detail", values));
    }

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            detail: RequestLanguage.Current().Format("Problem.Invalid.Detail", field, message));

    /// <summary>Several invalid values at once, each listed under <c>errors</c> and all said in the detail, after what was not done (<c>Problem.NotDone.{notDone}</c>).</summary>
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors, string notDone)
    {
        var words = RequestLanguage.Current();
        return TypedResults.ValidationProblem(errors, detail: words.Format("Problem.NotDone.Frame", words[$"Problem.NotDone.{notDone}"],
            string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))));
    }
}
