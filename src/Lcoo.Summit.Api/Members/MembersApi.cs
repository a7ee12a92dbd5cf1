using Lcoo.Summit.Api.Caching;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedule;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Members;

public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/members").WithTags("Members");
        members.MapGet("/", ListMembers).WithName("ListMembers").WithSummary("The working group's member companies and their aliases.").WithETag();
        members.MapGet("/{id}", GetMember).WithName("GetMember").WithSummary("One member company.").WithETag();
        members.MapPut("/{id}", PutMember).WithName("PutMember")
            .WithSummary("Create or change a member company; every summit's sessions are retagged.").RequireCoordinator();
        members.MapDelete("/{id}", DeleteMember).WithName("DeleteMember")
            .WithSummary("Remove a member company; its tags are removed from every session.").RequireCoordinator();

        app.MapGet("/summits/{slug}/members/{memberId}/sessions", MemberSessions)
            .WithTags("Members").WithName("MemberSessions").WithETag().CacheOutput(SummitReadsPolicy.Name)
            .WithSummary("The sessions a member company's people give, by venue-local day.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<MemberCompany>>> ListMembers(ISummitStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListMembersAsync(ct));

    public static async Task<Results<Ok<MemberCompany>, ProblemHttpResult>> GetMember(string id, ISummitStore store, CancellationToken ct) =>
        (await store.ListMembersAsync(ct)).FirstOrDefault(m => m.Id == id) is { } member
            ? TypedResults.Ok(member)
            : MemberNotFound(id);

    public static async Task<Results<Ok<MemberChange>, Created<MemberChange>, ValidationProblem, ProblemHttpResult>> PutMember(
        string id, MemberRequest body, ISummitStore store, TaggingService tagging, CancellationToken ct)
    {
        var errors = body.Validate(id);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "The member was not saved: " + string.Join(" ", errors.Values.SelectMany(e => e)));
        }

        var existing = await store.ListMembersAsync(ct);
        var member = new MemberCompany(id, body.DisplayName!.Trim(), [.. (body.Aliases ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);
        if (new MemberDirectory(existing.Where(m => m.Id != id)).Collision(member) is { } clash)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Alias already taken",
                detail: $"'{clash.Alias}' already names member '{clash.Owner.Id}' ({clash.Owner.DisplayName}); a spelling can mean one member only. Remove it there first.");
        }

        await store.UpsertMembersAsync([member], ct);
        var change = new MemberChange(member, await tagging.RetagAllAsync(ct));
        return existing.Any(m => m.Id == id) ? TypedResults.Ok(change) : TypedResults.Created($"/members/{id}", change);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMember(string id, ISummitStore store, TaggingService tagging, CancellationToken ct)
    {
        if (!await store.DeleteMemberAsync(id, ct))
        {
            return MemberNotFound(id);
        }

        await tagging.RetagAllAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MemberSessions>, ProblemHttpResult>> MemberSessions(
        string slug, string memberId, SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        if ((await members.GetAsync(ct)).Find(memberId) is not { } member)
        {
            return MemberNotFound(memberId);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var query = new SessionQuery { Member = memberId };
        var days = snapshot.Sessions.Where(s => query.Matches(s, snapshot))
            .GroupBy(s => VenueTime.VenueDay(s.Start, snapshot.Zone))
            .Select(g => new MemberDay(g.Key, g.Key.DayOfWeek.ToString(), [.. g.Select(s => SessionView.From(s, snapshot))]))
            .ToList();
        return TypedResults.Ok(new MemberSessions(member, slug, days.Sum(d => d.Sessions.Count), days));
    }

    private static ProblemHttpResult MemberNotFound(string id) =>
        Problems.MemberNotFound(id);
}

/// <param name="Retagged">Sessions whose member tags changed, per summit.</param>
public sealed record MemberChange(MemberCompany Member, IReadOnlyDictionary<string, int> Retagged);

public sealed record MemberSessions(MemberCompany Member, string Summit, int Count, IReadOnlyList<MemberDay> Days);

public sealed record MemberDay(DateOnly Date, string Weekday, IReadOnlyList<SessionView> Sessions);
