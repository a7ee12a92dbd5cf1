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
        string slug, PeopleDecisionRequest body, ISummitStore store, SnapshotCache snapshots, SummitLocks locks, TimeProvider clock, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        if (await store.LoadSummitAsync(slug, ct) is not { } stored)
        {
            return Problems.SummitNotFound(slug);
        }

        // A session may name a speaker the source has no record for ("Speaker 10101"): that is still someone to decide about.
        var unknown = new[] { body.FirstId!, body.SecondId! }
            .Where(id => stored.FindSpeaker(id) is null && !stored.Sessions.Any(s => s.Speakers.Any(p => p.SpeakerId == id))).ToList();
        if (unknown.Count > 0 || body.FirstId == body.SecondId)
        {
            return Problems.Invalid(body.FirstId == body.SecondId ? "secondId" : unknown[0] == body.FirstId ? "firstId" : "secondId",
                body.FirstId == body.SecondId ? "Name two different speaker records." : $"'{unknown[0]}' is not a speaker of this summit; GET /summits/{slug}/speakers lists them.");
        }

        var decision = PeopleDecision.Of(body.FirstId!, body.SecondId!, body.Same!.Value, clock.GetUtcNow());
        return await SaveAsync(stored, [.. stored.Summit.PeopleDecisions.Where(d => !d.Concerns(decision.FirstId, decision.SecondId)), decision], store, snapshots, ct);
    }

    public static async Task<Results<Ok<IReadOnlyList<PeopleDecisionView>>, ProblemHttpResult>> Forget(
        string slug, string firstId, string secondId, ISummitStore store, SnapshotCache snapshots, SummitLocks locks, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        if (await store.LoadSummitAsync(slug, ct) is not { } stored)
        {
            return Problems.SummitNotFound(slug);
        }

        if (!stored.Summit.PeopleDecisions.Any(d => d.Concerns(firstId, secondId)))
        {
            return Problems.NotFound("NoDecision", firstId, secondId, slug);
        }

        return (await SaveAsync(stored, [.. stored.Summit.PeopleDecisions.Where(d => !d.Concerns(firstId, secondId))], store, snapshots, ct)).Result switch
        {
            Ok<IReadOnlyList<PeopleDecisionView>> ok => ok,
            var other => throw new InvalidOperationException($"Unexpected result {other}"),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<PeopleDecisionView>>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        SummitSnapshot stored, List<PeopleDecision> decisions, ISummitStore store, SnapshotCache snapshots, CancellationToken ct)
    {
        var summit = stored.Summit with { PeopleDecisions = decisions };
        var version = await store.SaveSummitAsync(summit, ct);
        snapshots.Invalidate(summit.Slug);
        return TypedResults.Ok(PeopleDecisionView.All(new SummitSnapshot(summit, stored.Sessions, stored.Speakers.Values, version)));
    }
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
