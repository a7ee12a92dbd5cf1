using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Members;

public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/members").WithTags("Members");
        members.MapGet("/", ListMembers).WithName("ListMembers").WithSummary("The working group's member companies and their aliases.").WithETag()
            .WithDescription("Each member's id (used in every member filter), display name, and the spellings of its name that count as it " +
                "(AT&T, AT and T, at-and-t): sessions are tagged with a member when a speaker's company is one of them.");
        members.MapGet("/{id}", GetMember).WithName("GetMember").WithSummary("One member company.").WithETag()
            .WithDescription("Its display name and aliases.").ProducesProblem(StatusCodes.Status404NotFound);
        members.MapPut("/{id}", PutMember).WithName("PutMember")
            .WithSummary("Create or change a member company; every summit's sessions are retagged.").RequireCoordinator()
            .WithDescription("201 when the member is new, 200 when it changed. Aliases are matched however they are spelled " +
                "(case, punctuation, '&' or 'and', legal suffixes); an alias another member already has is refused.");
        members.MapDelete("/{id}", DeleteMember).WithName("DeleteMember")
            .WithSummary("Remove a member company; its tags are removed from every session.").RequireCoordinator()
            .WithDescription("The sessions stay; they are no longer tagged with the member, and its published itineraries stop opening.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<Ok<IReadOnlyList<MemberCompany>>> ListMembers(IMemberStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListMembersAsync(ct));

    public static async Task<Results<Ok<MemberCompany>, ProblemHttpResult>> GetMember(string id, IMemberStore store, CancellationToken ct) =>
        (await store.ListMembersAsync(ct)).FirstOrDefault(m => m.Id == id) is { } member
            ? TypedResults.Ok(member)
            : Problems.MemberNotFound(id);

    public static async Task<Results<Ok<MemberChange>, Created<MemberChange>, ValidationProblem, ProblemHttpResult>> PutMember(
        [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.Explained)] string id, MemberRequest body, IMemberStore store, TaggingService tagging, Links links, CancellationToken ct)
    {
        var existing = await store.ListMembersAsync(ct);
        var member = new MemberCompany(id, body.DisplayName!.Trim(), [.. (body.Aliases ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);
        if (new MemberDirectory(existing.Where(m => m.Id != id)).Collision(member) is { } clash)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Alias already taken",
                detail: $"'{clash.Alias}' already names member '{clash.Owner.Id}' ({clash.Owner.DisplayName}); a spelling can mean one member only. Remove it there first.");
        }

        await store.UpsertMembersAsync([member], ct);
        var change = new MemberChange(member, await tagging.RetagAllAsync(ct));
        return existing.Any(m => m.Id == id) ? TypedResults.Ok(change) : TypedResults.Created(links.To($"members/{id}"), change);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMember(string id, IMemberStore store, TaggingService tagging, CancellationToken ct)
    {
        if (!await store.DeleteMemberAsync(id, ct))
        {
            return Problems.MemberNotFound(id);
        }

        await tagging.RetagAllAsync(ct);
        return TypedResults.NoContent();
    }

}

/// <param name="Retagged">Sessions whose member tags changed, per summit.</param>
public sealed record MemberChange(MemberCompany Member, IReadOnlyDictionary<string, int> Retagged);
