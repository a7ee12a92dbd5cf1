using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Sessions;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/sessions").WithTags("Sessions").WithETag().CacheOutput(SummitReadsPolicy.Name)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListSessions)
            .WithName("ListSessions")
            .WithSummary("The summit's published sessions, filtered, a page at a time.")
            .WithDescription("Filters combine: day (venue-local yyyy-MM-dd), from/to (instants with offset), room, track, type, " +
                "member, speaker (id or name), company (any spelling), q (words in title, abstract, speaker names). sort=start (default) or title. " +
                "Pass the returned nextCursor as cursor for the next page; limit is 1 to 500 (default 50). Answers carry an ETag; If-None-Match gives 304.");

        group.MapGet("/{sessionId}", GetSession)
            .WithName("GetSession")
            .WithSummary("One session, with its speakers and venue-local times.")
            .WithDescription("Times are given as instants (utc) and venue-local (local, with the venue's offset); speakers carry their " +
                "companies and the member company each maps to. A session that is not published is not found.");
        return app;
    }

    public static async Task<Results<Ok<Page<SessionView>>, ValidationProblem, ProblemHttpResult>> ListSessions(
        string slug, [AsParameters] SessionFilters filters, [AsParameters] PageRequest paging,
        SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        var found = await snapshots.GetAsync(slug, ct);
        if (!filters.TryBuild(await members.GetAsync(ct), found?.Zone, out var query, out var invalid)
            || !paging.TryParse(out var page, out var sort, out invalid))
        {
            return invalid;
        }

        if (found is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        return TypedResults.Ok(page.Take(snapshot.Ordered(sort), sort, s => query.Matches(s, snapshot), s => SessionView.From(s, snapshot)));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetSession(
        string slug, string sessionId, SnapshotCache snapshots, CancellationToken ct)
    {
        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        return snapshot.FindSession(sessionId) is { Published: true } session
            ? TypedResults.Ok(SessionView.From(session, snapshot))
            : Problems.SessionNotFound(slug, sessionId);
    }
}
