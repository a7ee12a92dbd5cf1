using System.Security.Claims;
using Lcoo.Summit.Api.Auth;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Clashes;

public static class ClashesApi
{
    public static IEndpointRouteBuilder MapClashes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summits/{slug}/clashes", ListClashes)
            .WithTags("Clashes").WithName("ListClashes").WithETag().WithMetadata(new ChecksCredentials()).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Time clashes: rooms double-booked (error), people due in two places (warning), member companies in several places (info).")
            .WithDescription("Each clash lists its sessions with venue-local times, the people and members involved, the window they overlap in, " +
                "and a reason a person can act on. Filters: kind, member or members, day, severity (the least shown), travelMinutes (time to change rooms). " +
                "likelySamePeople lists speakers who are probably one person under two ids or spellings.");

        return app;
    }

    public static async Task<Results<Ok<ClashesView>, ValidationProblem, ProblemHttpResult, ChallengeHttpResult, ForbidHttpResult>> ListClashes(
        string slug, [AsParameters] ClashFilters filters, ClaimsPrincipal user, HttpContext http, SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        var directory = await members.GetAsync(ct);
        if (!filters.TryBuild(directory, out var options, out var day, out var least, out var invalid))
        {
            return invalid;
        }

        // Rooms and speakers are public; which member covers what is for coordinators.
        if (!user.IsInRole(CredentialHandler.CoordinatorRole))
        {
            if (filters.Member is not null || filters.Members is not null || options.Kinds?.Contains(ClashKind.Member) == true)
            {
                return user.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Challenge();
            }

            options = options with { Kinds = options.Kinds ?? new HashSet<ClashKind> { ClashKind.Room, ClashKind.Speaker, ClashKind.Duplicate } };
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var report = ClashDetector.Detect(snapshot, directory, options with { Words = RequestLanguage.Words(http) });
        var clashes = report.Clashes
            .Where(c => c.Severity >= least && (day is null || VenueTime.VenueDay(c.WindowStart, snapshot.Zone) == day))
            .Select(c => ClashView.From(c, snapshot, directory))
            .ToList();
        return TypedResults.Ok(new ClashesView(slug, clashes.Count, clashes, report.LikelySamePeople));
    }
}
