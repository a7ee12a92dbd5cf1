using Lcoo.Summit.Api.Clashes;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Calendar;
using Lcoo.Summit.Schedule;
using Lcoo.Summit.Schedules;
using Microsoft.AspNetCore.Http.HttpResults;
using MongoDB.Bson;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>
/// Attendees' personal schedules. A schedule is private to the holder of its token (Authorization: Bearer);
/// without a token the answer is 401, with another schedule's token 404, so no schedule's existence leaks.
/// Schedules are never listed.
/// </summary>
public static class SchedulesApi
{
    public static IEndpointRouteBuilder MapSchedules(this IEndpointRouteBuilder app)
    {
        app.MapPost("/summits/{slug}/schedules", Create).WithTags("Schedules").WithName("CreateSchedule")
            .WithSummary("Start a personal schedule. The answer holds its token, once: keep it.");

        var group = app.MapGroup("/schedules/{id}").WithTags("Schedules").AddEndpointFilter(async (context, next) =>
            ScheduleTokens.HasMalformedIfMatch(context.HttpContext.Request)
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad If-Match",
                    detail: "If-Match must be the schedule's ETag as it was sent (like \"v3\", quotes included) or *. Nothing was changed.")
                : await next(context));
        group.MapGet("/", Get).WithName("GetSchedule").WithSummary("Your schedule: each pick with its session now, and whether an import changed it.");
        group.MapPatch("/", Patch).WithName("PatchSchedule").WithSummary("Change the name or notes. If-Match with the ETag refuses a stale write (412).");
        group.MapDelete("/", Delete).WithName("DeleteSchedule").WithSummary("Delete the schedule.");
        group.MapPut("/sessions/{sessionId}", AddSession).WithName("AddScheduleSession")
            .WithSummary("Pick a session. Overlapping picks are allowed; the answer lists the clashes.");
        group.MapDelete("/sessions/{sessionId}", RemoveSession).WithName("RemoveScheduleSession").WithSummary("Drop a pick.");
        group.MapGet("/clashes", GetClashes).WithName("GetScheduleClashes").WithSummary("Your picks that run at the same time, and why.");

        app.MapGet("/schedules/{id}.ics", Calendar).WithTags("Schedules").WithName("ScheduleCalendar")
            .WithSummary("Your schedule as iCalendar; authorise with the token, or with ?key= from the feed URL (read-only, for calendar apps).");
        return app;
    }

    public static async Task<Results<Created<CreatedSchedule>, ValidationProblem, ProblemHttpResult>> Create(
        string slug, ScheduleRequest? body, SnapshotCache snapshots, IScheduleStore store, TimeProvider clock, CancellationToken ct)
    {
        body ??= new ScheduleRequest(null, null);
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, detail: "The schedule was not created: " + string.Join(" ", errors.Values.SelectMany(e => e)));
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var (token, feed) = (ScheduleTokens.NewToken(), ScheduleTokens.NewToken());
        var now = clock.GetUtcNow();
        var id = ObjectId.GenerateNewId().ToString();
        await store.CreateScheduleAsync(new NewSchedule(id, slug, body.Name?.Trim(), body.Notes, ScheduleTokens.Hash(token), ScheduleTokens.Hash(feed), now), ct);
        var view = ScheduleView.From(new PersonalSchedule(id, slug, body.Name?.Trim(), body.Notes, 1, now, now, []), snapshot);
        return TypedResults.Created($"/schedules/{id}", new CreatedSchedule(id, token, $"/schedules/{id}.ics?key={feed}", view));
    }

    public static async Task<Results<Ok<ScheduleView>, ProblemHttpResult>> Get(string id, HttpContext http, IScheduleStore store, SnapshotCache snapshots, CancellationToken ct)
    {
        if (await OwnedAsync(id, http, store, snapshots, ct) is not { } owned)
        {
            return Refused(http);
        }

        http.Response.Headers.ETag = ScheduleTokens.ETag(owned.Schedule.Version);
        return TypedResults.Ok(ScheduleView.From(owned.Schedule, owned.Snapshot));
    }

    public static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> AddSession(
        string id, string sessionId, HttpContext http, IScheduleStore store, SnapshotCache snapshots, TimeProvider clock, CancellationToken ct)
    {
        if (await OwnedAsync(id, http, store, snapshots, ct) is not { } owned)
        {
            return Refused(http);
        }

        if (owned.Snapshot.FindSession(sessionId) is not { Published: true } session)
        {
            return Problems.SessionNotFound(owned.Schedule.Summit, sessionId);
        }

        var now = clock.GetUtcNow();
        var change = await store.AddPickAsync(id, owned.TokenHash, new Pick(sessionId, now, SeenSession.Of(session)), ScheduleTokens.IfMatch(http.Request), now, ct);
        return await AfterChangeAsync(change, id, http, store, owned, sessionId, ct);
    }

    public static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> RemoveSession(
        string id, string sessionId, HttpContext http, IScheduleStore store, SnapshotCache snapshots, TimeProvider clock, CancellationToken ct)
    {
        if (await OwnedAsync(id, http, store, snapshots, ct) is not { } owned)
        {
            return Refused(http);
        }

        if (owned.Schedule.Picks.All(p => p.SessionId != sessionId))
        {
            return Problems.NotFound("Not in this schedule", $"Session '{sessionId}' is not in this schedule.");
        }

        var change = await store.RemovePickAsync(id, owned.TokenHash, sessionId, ScheduleTokens.IfMatch(http.Request), clock.GetUtcNow(), ct);
        return await AfterChangeAsync(change, id, http, store, owned, null, ct);
    }

    public static async Task<Results<Ok<ScheduleUpdate>, ValidationProblem, ProblemHttpResult>> Patch(
        string id, ScheduleRequest body, HttpContext http, IScheduleStore store, SnapshotCache snapshots, TimeProvider clock, CancellationToken ct)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, detail: "The schedule was not changed: " + string.Join(" ", errors.Values.SelectMany(e => e)));
        }

        if (await OwnedAsync(id, http, store, snapshots, ct) is not { } owned)
        {
            return Refused(http);
        }

        var change = await store.UpdateScheduleAsync(id, owned.TokenHash, body.Name?.Trim(), body.Notes, ScheduleTokens.IfMatch(http.Request), clock.GetUtcNow(), ct);
        return (await AfterChangeAsync(change, id, http, store, owned, null, ct)).Result switch
        {
            Ok<ScheduleUpdate> ok => ok,
            ProblemHttpResult problem => problem,
            var other => throw new InvalidOperationException($"Unexpected result {other}"),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, HttpContext http, IScheduleStore store, CancellationToken ct)
    {
        if (ScheduleTokens.Bearer(http.Request) is not { } token)
        {
            return Refused(http);
        }

        var change = await store.DeleteScheduleAsync(id, ScheduleTokens.Hash(token), ScheduleTokens.IfMatch(http.Request), ct);
        return change.Outcome switch
        {
            ScheduleOutcome.Done => TypedResults.NoContent(),
            ScheduleOutcome.Stale => Stale(change.Version),
            _ => Problems.ScheduleNotFound(),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<ClashView>>, ProblemHttpResult>> GetClashes(
        string id, HttpContext http, IScheduleStore store, SnapshotCache snapshots, CancellationToken ct) =>
        await OwnedAsync(id, http, store, snapshots, ct) is { } owned
            ? TypedResults.Ok<IReadOnlyList<ClashView>>(ScheduleClashes.Of(owned.Schedule, owned.Snapshot))
            : Refused(http);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Calendar(
        string id, string? key, HttpContext http, IScheduleStore store, SnapshotCache snapshots, TimeProvider clock, CancellationToken ct)
    {
        PersonalSchedule? schedule = null;
        if (key is not null)
        {
            schedule = await store.GetScheduleByFeedAsync(id, ScheduleTokens.Hash(key), ct);
        }
        else if (ScheduleTokens.Bearer(http.Request) is { } token)
        {
            schedule = await store.GetScheduleAsync(id, ScheduleTokens.Hash(token), ct);
        }
        else
        {
            return Refused(http);
        }

        if (schedule is null || await snapshots.GetAsync(schedule.Summit, ct) is not { } snapshot)
        {
            return Problems.ScheduleNotFound();
        }

        var sessions = schedule.Picks.Select(p => snapshot.FindSession(p.SessionId)).OfType<Session>().Where(s => s.Published).OrderBy(s => s, SummitSnapshot.StableOrder);
        var text = ICalendarWriter.Write(snapshot, sessions, schedule.Name ?? $"{snapshot.Summit.Name} — my schedule", clock.GetUtcNow());
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"{snapshot.Summit.Slug}-schedule.ics");
    }

    private sealed record Owned(PersonalSchedule Schedule, SummitSnapshot Snapshot, string TokenHash);

    private static async Task<Owned?> OwnedAsync(string id, HttpContext http, IScheduleStore store, SnapshotCache snapshots, CancellationToken ct)
    {
        if (ScheduleTokens.Bearer(http.Request) is not { } token)
        {
            return null;
        }

        var hash = ScheduleTokens.Hash(token);
        return await store.GetScheduleAsync(id, hash, ct) is { } schedule && await snapshots.GetAsync(schedule.Summit, ct) is { } snapshot
            ? new Owned(schedule, snapshot, hash)
            : null;
    }

    private static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> AfterChangeAsync(
        ScheduleChange change, string id, HttpContext http, IScheduleStore store, Owned owned, string? involving, CancellationToken ct)
    {
        if (change.Outcome == ScheduleOutcome.Stale)
        {
            return Stale(change.Version);
        }

        if (change.Outcome == ScheduleOutcome.NotFound || await store.GetScheduleAsync(id, owned.TokenHash, ct) is not { } now)
        {
            return Problems.ScheduleNotFound();
        }

        http.Response.Headers.ETag = ScheduleTokens.ETag(now.Version);
        return TypedResults.Ok(new ScheduleUpdate(ScheduleView.From(now, owned.Snapshot), ScheduleClashes.Of(now, owned.Snapshot, involving)));
    }

    /// <summary>No token: 401 with a challenge. A token that is not this schedule's: 404, as if there were none.</summary>
    private static ProblemHttpResult Refused(HttpContext http)
    {
        return ScheduleTokens.Bearer(http.Request) is null && http.Request.Query["key"].Count == 0
            ? Problems.TokenNeeded(http)
            : Problems.ScheduleNotFound();
    }

    private static ProblemHttpResult Stale(long current) => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Schedule changed meanwhile", detail: $"The schedule is now at version {current} (ETag {ScheduleTokens.ETag(current)}); read it again and retry. Nothing was changed.");
}
