using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.OpenApi;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Coverage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Coverage;

/// <summary>
/// Working-group coverage: who from the group goes to which member session so every one has someone there. A plan is
/// kept against the summit's version (a later import that moves a session makes it stale, and says which assignments
/// broke), and each delegate gets a personal schedule of their assignments to subscribe to.
/// </summary>
public static class CoverageApi
{
    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/coverage").WithTags("Coverage").RequireCoordinator().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Plan).WithName("PlanCoverage")
            .WithSummary("Plan who from the working group goes where, so every member session has someone there.")
            .WithDescription("Delegates are the summit's speakers from the members (and anyone added by name and company); their own talks " +
                "are fixed. The plan covers every member session it can with its minimum, nobody in two places at once (travelMinutes between " +
                "rooms), the load spread; it says what each day needs at least, which sessions stay uncovered, and whether it is proven the best. " +
                "Each delegate gets a personal schedule of their assignments (read-only calendar and PDF links).");
        group.MapGet("/", List).WithName("ListCoveragePlans").WithSummary("The summit's coverage plans, newest first, in brief.")
            .WithDescription("Each with its counts and whether it still holds against the summit as it is now; GET its self link for the whole plan.");
        group.MapGet("/{id}", Get).WithName("GetCoveragePlan").WithSummary("One coverage plan, checked against the summit as it is now.")
            .WithDescription("stale is true when an import since moved or removed an assigned session, or put a delegate elsewhere at the time; broken says which.");
        group.MapDelete("/{id}", Delete).WithName("DeleteCoveragePlan").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Removes a coverage plan and the schedules it gave its delegates.")
            .WithDescription("The delegates' calendar and PDF links stop working. 204 when removed, 404 when there is no such plan.");
        group.MapGet("/{id}.pdf", Pdf).WithName("CoveragePdf").ProducesFile("application/pdf")
            .WithSummary("The plan as a PDF for the coordinator: per day, a lane per delegate, uncovered sessions marked.")
            .WithDescription("What each day needs and what stays uncovered, then each day's lanes (up to eight delegates a grid), own talks drawn in their speaker's lane. A4 or Letter (paper); " +
                "in the language lang names (en, fr, ja, ko, zh-Hans), else the request's.");
        return app;
    }

    public static async Task<Results<Created<CoveragePlanView>, ValidationProblem, ProblemHttpResult>> Plan(
        string slug, CoverageRequest body, CoveragePlanning planning, Links links, HttpContext http, CancellationToken ct)
    {
        if (body.Delegates?.Any(d => d is null) == true)
        {
            return Problems.Invalid("delegates", "Give each delegate as {\"name\": …, \"company\": …}; the list has a null entry.");
        }

        var words = RequestLanguage.Words(http);
        var planned = await planning.PlanAsync(slug, body, words, ct);
        if (planned.MembersProblem is { } wrong)
        {
            return Problems.Invalid("members", wrong);
        }

        if (planned.Plan is not { } kept)
        {
            return Problems.SummitNotFound(slug);
        }

        var view = CoveragePlanView.Of(kept, planned.Snapshot!, links, words);
        return TypedResults.Created(view.Links.Self, view);
    }

    public static async Task<Results<Ok<IReadOnlyList<CoveragePlanSummary>>, ProblemHttpResult>> List(
        string slug, SnapshotCache snapshots, ICoveragePlanStore plans, Links links, CancellationToken ct) =>
        await snapshots.GetAsync(slug, ct) is { } snapshot
            ? TypedResults.Ok<IReadOnlyList<CoveragePlanSummary>>([.. (await plans.ListCoveragePlansAsync(slug, ct)).Select(p => CoveragePlanSummary.Of(p, snapshot, links))])
            : Problems.SummitNotFound(slug);

    public static async Task<Results<Ok<CoveragePlanView>, ProblemHttpResult>> Get(
        string slug, string id, SnapshotCache snapshots, ICoveragePlanStore plans, Links links, HttpContext http, CancellationToken ct) =>
        await snapshots.GetAsync(slug, ct) is not { } snapshot ? Problems.SummitNotFound(slug)
        : await plans.GetCoveragePlanAsync(slug, id, ct) is not { } kept ? NotFound(slug, id)
        : TypedResults.Ok(CoveragePlanView.Of(kept, snapshot, links, RequestLanguage.Words(http)));

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Pdf(
        string slug, string id, string? paper, string? lang, SnapshotCache snapshots, ICoveragePlanStore plans, MemberDirectoryCache members, RenderedFiles files,
        HttpContext http, CancellationToken ct)
    {
        if (Exports.ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        var errors = new Dictionary<string, string[]>();
        var size = QueryValues.Paper("paper", paper, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, "CoveragePdf");
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        if (await plans.GetCoveragePlanAsync(slug, id, ct) is not { } kept)
        {
            return NotFound(slug, id);
        }

        var directory = await members.GetAsync(ct);
        var names = directory.Members.ToDictionary(m => m.Id, m => m.DisplayName);
        var pdf = await files.GetAsync($"coverage|{slug}|{id}|{size}|{words.Language.Code}|{snapshot.Version}|{directory.Fingerprint}", "the coverage plan",
            token => CoverageRenderer.Render(kept.Plan, snapshot, names, kept.CreatedAt, size, token, words), ct);
        return TypedResults.File(pdf.Content, "application/pdf", $"{slug}-coverage.pdf");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string slug, string id, ICoveragePlanStore plans, CancellationToken ct) =>
        await plans.DeleteCoveragePlanAsync(slug, id, ct) ? TypedResults.NoContent() : NotFound(slug, id);

    private static ProblemHttpResult NotFound(string slug, string id) =>
        Problems.NotFound("CoveragePlanNotFound", slug, id);
}
