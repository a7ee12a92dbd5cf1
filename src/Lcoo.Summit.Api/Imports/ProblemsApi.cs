using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// What is wrong in a summit's sources now: for each source (by name), the problems its latest import found, each with
/// the session it concerns. A source imported again replaces what was said of it before.
/// </summary>
public static class ProblemsApi
{
    private const int ImportsRead = 50;

    public static IEndpointRouteBuilder MapProblems(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summits/{slug}/problems", List).WithTags("Imports").WithName("ListSourceProblems").RequireCoordinator()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every problem the summit's sources have: per source, what its latest import found, and what was done about it.")
            .WithDescription($"Read from the last {ImportsRead} imports: each source counts once, from its newest import. Problems that concern " +
                "a session link to it (session: the API's, page: the planner's).");
        return app;
    }

    public static async Task<Results<Ok<SourceProblems>, ProblemHttpResult>> List(string slug, ISummitStore store, Links links, CancellationToken ct)
    {
        if (await store.GetVersionAsync(slug, ct) is null)
        {
            return Problems.SummitNotFound(slug);
        }

        var found = new List<SourceFindings>();
        foreach (var summary in await store.ListImportsAsync(slug, ImportsRead, ct))
        {
            if (SourceFindings.CouldAdd(summary, found) && await store.GetImportReportAsync(slug, summary.Id, ct) is { } report)
            {
                found.AddRange(SourceFindings.Of(report, found));
            }
        }

        return TypedResults.Ok(SourceProblems.Of(found, slug, links));
    }
}

/// <param name="Problems">How many problems its latest import found in it.</param>
public sealed record ProblemSource(string Name, string Format, string ImportId, DateTimeOffset ImportedAt, int Problems);

public sealed record SourceProblems(IReadOnlyList<ProblemSource> Sources, IReadOnlyList<SourceProblem> Problems)
{
    public static SourceProblems Of(IReadOnlyList<SourceFindings> found, string slug, Links links) => new(
        [.. found.Select(f => new ProblemSource(f.Source.Name, f.Source.Format, f.ImportId, f.ImportedAt, f.Problems.Count))],
        [.. found.SelectMany(f => f.Problems.Select(p => SourceProblem.Of(p, f.Source.Name, f.ImportId, slug, links)))]);
}

/// <param name="Where">The row, event or field, as a person would look it up in the source.</param>
/// <param name="Message">What is wrong, and what the import did about it.</param>
/// <param name="Session">The session it concerns (the API's link), when it concerns one.</param>
/// <param name="Page">The same session in the planner.</param>
public sealed record SourceProblem(
    string Severity, string Code, string Where, string Message, string Source, string ImportId, string? SessionId, string? Session, string? Page)
{
    public static SourceProblem Of(ImportProblem p, string source, string importId, string slug, Links links) => new(
        p.Severity.ToString().ToLowerInvariant(), p.Code, p.Where, p.Message, source, importId, p.SessionId,
        p.SessionId is { } id ? links.To($"summits/{slug}/sessions/{Uri.EscapeDataString(id)}") : null,
        p.SessionId is { } page ? links.To($"plan/{slug}/sessions/{Uri.EscapeDataString(page)}") : null);
}
