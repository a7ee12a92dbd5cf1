using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Paging;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Sessions;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/sessions").WithTags("Sessions");

        group.MapGet("/", ListSessions)
            .WithName("ListSessions")
            .WithSummary("The summit's sessions in a stable order (start, then id), a page at a time.")
            .WithDescription("Pass the returned nextCursor as cursor for the next page; limit is 1 to 500 (default 50).");

        group.MapGet("/{sessionId}", GetSession)
            .WithName("GetSession")
            .WithSummary("One session, with its speakers and venue-local times.");
        return app;
    }

    public static async Task<Results<Ok<Page<SessionView>>, ValidationProblem, ProblemHttpResult>> ListSessions(
        string slug, [AsParameters] PageRequest paging, SnapshotCache snapshots, CancellationToken ct)
    {
        if (!paging.TryParse(out var page, out var invalid))
        {
            return invalid;
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var sessions = snapshot.Sessions;
        var from = page.After is { } after ? snapshot.IndexAfter(after.Start, after.Id) : 0;
        var items = new List<SessionView>(page.Limit);
        var i = from;
        for (; i < sessions.Count && items.Count < page.Limit; i++)
        {
            if (sessions[i].Published)
            {
                items.Add(SessionView.From(sessions[i], snapshot));
            }
        }

        var more = false;
        for (var j = i; j < sessions.Count && !more; j++)
        {
            more = sessions[j].Published;
        }

        var next = more ? new PageCursor(sessions[i - 1].Start, sessions[i - 1].Id).Encode() : null;
        var total = 0;
        foreach (var s in sessions)
        {
            total += s.Published ? 1 : 0;
        }

        return TypedResults.Ok(new Page<SessionView>(items, total, next));
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
