using Lcoo.Summit.Api.OpenApi;
using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Itineraries;
using Microsoft.AspNetCore.Http.HttpResults;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Itineraries;

/// <summary>
/// Coordinators hand out member itineraries: a publication is a public link to a member's (or the working group's) PDF
/// that anyone can open without a key, always the current version, until it is withdrawn.
/// </summary>
public static class PublicationsApi
{
    public static IEndpointRouteBuilder MapPublications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/publications").WithTags("Itineraries").RequireCoordinator();
        group.MapPost("/", Publish).WithName("PublishItinerary")
            .WithSummary("Publish a member's (or several members') itinerary PDF as a public link anyone can open.")
            .WithDescription("The link always opens the itinerary as it is now; withdraw it with DELETE. Several members make one working-group PDF.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).WithName("ListPublications").WithSummary("The summit's published itineraries and their links.")
            .WithDescription("Each with its members, paper size, when it was published and its public link.");
        group.MapDelete("/{id}", Withdraw).WithName("WithdrawPublication").WithSummary("Withdraw a published link: it stops opening at once.")
            .WithDescription("Anyone opening the link afterwards gets 404 and a message to ask the coordinator for a new one.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/published/{token}.pdf", Open).WithTags("Itineraries").WithName("PublishedItinerary").ProducesFile("application/pdf")
            .WithSummary("A published itinerary PDF, as it is now (no key: the link is the permission).")
            .WithDescription("404 once the coordinator withdraws it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Created<PublicationView>, ValidationProblem, ProblemHttpResult>> Publish(
        string slug, PublicationRequest body, IPublicationStore publications, SnapshotCache snapshots, MemberDirectoryCache members, TimeProvider clock, Links links, CancellationToken ct)
    {
        var directory = await members.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        if (MemberIds.Problem(body.Members, directory) is { } wrong)
        {
            errors["members"] = [wrong];
        }

        var paper = QueryValues.Paper("paper", body.Paper, errors);
        var language = body.Language is null ? Language.English : Language.Find(body.Language);
        if (language is null || language.IsPseudo)
        {
            errors["language"] = [Language.NotOneOf(body.Language!)];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, "Publication");
        }

        if (await snapshots.GetAsync(slug, ct) is null)
        {
            return Problems.SummitNotFound(slug);
        }

        var kept = await publications.PublishAsync(new Publication("", slug, [.. body.Members.Distinct()], paper, ScheduleTokens.NewToken(), clock.GetUtcNow(), language!.Code), ct);
        var view = PublicationView.Of(kept, links);
        return TypedResults.Created(view.Url, view);
    }

    public static async Task<Ok<IReadOnlyList<PublicationView>>> List(string slug, IPublicationStore publications, Links links, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<PublicationView>>([.. (await publications.ListPublicationsAsync(slug, ct)).Select(p => PublicationView.Of(p, links))]);

    public static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(string slug, string id, IPublicationStore publications, CancellationToken ct) =>
        await publications.WithdrawPublicationAsync(slug, id, ct)
            ? TypedResults.NoContent()
            : Problems.NotFound("PublicationNotFound", slug, id);

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Open(
        string token, string? lang, HttpContext http, IPublicationStore publications, SnapshotCache snapshots, MemberDirectoryCache members, ItineraryService itineraries, CancellationToken ct)
    {
        if (await publications.FindPublicationAsync(token, ct) is not { } publication || await snapshots.GetAsync(publication.Summit, ct) is not { } snapshot)
        {
            return Problems.NotFound("Withdrawn");
        }

        // The language it was published in, unless the link asks for another.
        if (Exports.ExportAnswers.Language(http, lang ?? publication.Speaks().Code, out var refused) is not { } words)
        {
            return refused!;
        }

        var directory = await members.GetAsync(ct);
        var ids = publication.Members.Where(id => directory.Find(id) is not null).ToList();
        if (ids.Count == 0)
        {
            return Problems.NotFound("NoMembersLeft");
        }

        var file = await itineraries.ForMembersAsync(snapshot, directory, ids, publication.Paper, words, ct);
        return ItineraryService.Send(http, file, $"{snapshot.Summit.Slug}-{string.Join("-", ids)}.pdf");
    }
}

/// <summary>The body of publishing an itinerary: the members it shows (one, or the working group), the paper, and the language (en, fr, ja, ko, zh-Hans; default en).</summary>
public sealed record PublicationRequest(
    [Required(ErrorMessage = "Name the member companies whose sessions to publish, by id (GET /members lists them)."),
     MinLength(1, ErrorMessage = "Name at least one member company."), MaxLength(20, ErrorMessage = "At most 20 member companies.")] IReadOnlyList<string> Members,
    string? Paper = null,
    string? Language = null);

/// <param name="Url">The public link: no key, no header; it opens the PDF as it is now.</param>
/// <param name="Language">The language the PDF opens in (the link's <c>?lang=</c> can ask for another).</param>
public sealed record PublicationView(string Id, IReadOnlyList<string> Members, string Paper, string Language, DateTimeOffset CreatedAt, string Url)
{
    public static PublicationView Of(Publication p, Links links) =>
        new(p.Id, p.Members, p.Paper.ToString().ToLowerInvariant(), p.Speaks().Code, p.CreatedAt, links.To($"published/{p.Token}.pdf"));
}
