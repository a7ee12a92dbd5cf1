using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Speakers;

/// <summary>
/// Coordinators' answers about speakers who look like one person ("Shintaro Mizino" and "Shintaro Mizuno", both NTT):
/// the same person (their sessions then clash as one person's, and exports give them one identity) or not (they are
/// no longer offered). Kept with the summit and carried across imports.
/// </summary>
public static class PeopleDecisionsApi
{
    public static IEndpointRouteBuilder MapPeopleDecisions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/people-decisions").WithTags("Speakers").RequireCoordinator()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).WithName("ListPeopleDecisions")
            .WithSummary("What coordinators decided about speakers who look like one person.")
            .WithDescription("Each decision names the two speaker records, whether they are the same person, and when it was made.");
        group.MapPut("/", Decide).WithName("DecidePeople")
            .WithSummary("Say whether two speaker records are the same person; a second answer about the same pair replaces the first.")
            .WithDescription("Same: their sessions clash as one person's and exports give them one identity. Not the same: the pair is no " +
                "longer listed under likelySamePeople. The answer is every decision of the summit.");
        group.MapDelete("/{firstId}/{secondId}", Forget).WithName("ForgetPeopleDecision")
            .WithSummary("Withdraw a decision about two speaker records: they are treated as two people and may be offered again.")
            .WithDescription("The answer is the decisions that remain.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<PeopleDecisionView>>, ProblemHttpResult>> List(string slug, SnapshotCache snapshots, CancellationToken ct) =>
        await snapshots.GetAsync(slug, ct) is { } snapshot ? TypedResults.Ok(PeopleDecisionView.All(snapshot)) : Problems.SummitNotFound(slug);

    public static async Task<Results<Ok<IReadOnlyList<PeopleDecisionView>>, ValidationProblem, ProblemHttpResult>> Decide(
        string slug, PeopleDecisionRequest body, PeopleDecisionService decisions, CancellationToken ct)
    {
        var outcome = await decisions.DecideAsync(slug, body.FirstId!, body.SecondId!, body.Same!.Value, ct);
        return outcome.Refused switch
        {
            null => TypedResults.Ok(PeopleDecisionView.All(outcome.Summit!)),
            PeopleDecisionRefusal.SameRecord => Problems.Invalid("secondId", "Name two different speaker records."),
            PeopleDecisionRefusal.FirstUnknown => NotASpeaker("firstId", body.FirstId!, slug),
            PeopleDecisionRefusal.SecondUnknown => NotASpeaker("secondId", body.SecondId!, slug),
            _ => Problems.SummitNotFound(slug),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<PeopleDecisionView>>, ProblemHttpResult>> Forget(
        string slug, string firstId, string secondId, PeopleDecisionService decisions, CancellationToken ct)
    {
        var outcome = await decisions.ForgetAsync(slug, firstId, secondId, ct);
        return outcome.Refused switch
        {
            null => TypedResults.Ok(PeopleDecisionView.All(outcome.Summit!)),
            PeopleDecisionRefusal.NoDecision => Problems.NotFound("NoDecision", firstId, secondId, slug),
            _ => Problems.SummitNotFound(slug),
        };
    }

    private static ValidationProblem NotASpeaker(string field, string id, string slug) =>
        Problems.Invalid(field, $"'{id}' is not a speaker of this summit; GET /summits/{slug}/speakers lists them.");
}

/// <summary>The body of a decision: two speaker ids (from GET /summits/{slug}/speakers or likelySamePeople) and the answer.</summary>
public sealed record PeopleDecisionRequest(
    [Required(ErrorMessage = "Name the first speaker record (its id).")] string? FirstId,
    [Required(ErrorMessage = "Name the second speaker record (its id).")] string? SecondId,
    [Required(ErrorMessage = "Say whether they are the same person: true or false.")] bool? Same);

public sealed record PeopleDecisionView(string FirstId, string FirstName, string SecondId, string SecondName, bool Same, DateTimeOffset DecidedAt)
{
    public static IReadOnlyList<PeopleDecisionView> All(SummitSnapshot snapshot) =>
        [.. snapshot.Summit.PeopleDecisions.Select(d => new PeopleDecisionView(d.FirstId, snapshot.FindSpeaker(d.FirstId)?.Name ?? Lcoo.Summit.Speakers.Speaker.Unnamed(d.FirstId),
            d.SecondId, snapshot.FindSpeaker(d.SecondId)?.Name ?? Lcoo.Summit.Speakers.Speaker.Unnamed(d.SecondId), d.Same, d.DecidedAt))];
}
