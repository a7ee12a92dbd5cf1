using Lcoo.Summit.Api.OpenApi;
using Lcoo.Summit.Api.Clashes;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Calendar;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Api.Exports;
using Lcoo.Summit.Pdf;
using Microsoft.AspNetCore.Http.HttpResults;
using ExportResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult, Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>
/// Attendees' personal schedules. One group, one policy: a schedule opens to the holder of its token (its read-only key
/// for the calendar and the PDF); without a credential the answer is 401, with anything else 404, so no schedule's
/// existence leaks. The schedule is resolved once per request (<see cref="CurrentSchedule"/>). Schedules are never listed.
/// </summary>
public static class SchedulesApi
{
    public static IEndpointRouteBuilder MapSchedules(this IEndpointRouteBuilder app)
    {
        app.MapPost("/summits/{slug}/schedules", Create).WithTags("Schedules").WithName("CreateSchedule")
            .WithSummary("Start a personal schedule. The answer holds its token, once: keep it.")
            .WithDescription("No account: the token is the schedule's credential (send it as Authorization: Bearer) and is stored only hashed. " +
                "The answer also holds read-only links (calendar over https and webcal, PDF, frab XML/JSON) to open in a browser, " +
                "a calendar app or a phone schedule app, or to hand to a colleague. An address may make a few hundred an hour and a summit hold tens of " +
                "thousands (429 past either); a schedule nobody picks into is removed after a day.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var group = app.MapGroup("/schedules").WithTags("Schedules").RequireScheduleOwner()
            .AddEndpointFilter(RefuseMalformedIfMatch).AddEndpointFilter(CurrentSchedule.ResolveAsync)
            .WithMetadata(new TakesIfMatch("the schedule's version, as the last answer's ETag gave it (like \"v3\")"));
        group.MapGet("/{id}", Get).WithName("GetSchedule").WithSummary("Your schedule: each pick with its session now, and whether an import changed it.")
            .WithDescription("Each pick is unchanged, changed (with what changed: time, room, title) or removed (the summit dropped it). " +
                "The ETag names the schedule's version and the summit's (an import changes what picks show): If-None-Match answers 304 " +
                "while both hold, and If-Match on changes reads the schedule's version from it.").Produces(StatusCodes.Status304NotModified);
        group.MapPatch("/{id}", Patch).WithName("PatchSchedule").WithSummary("Change the name or notes. If-Match with the ETag refuses a stale write (412).")
            .WithDescription("Fields left out stay as they are. The answer is the schedule and every clash among its picks.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id}", Delete).WithName("DeleteSchedule").WithSummary("Delete the schedule.")
            .WithDescription("The schedule, its picks and its links are gone for good. If-Match with the ETag refuses a stale delete (412).")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPut("/{id}/sessions/{sessionId}", AddSession).WithName("AddScheduleSession")
            .WithSummary("Pick a session. Overlapping picks are allowed; the answer lists the clashes.")
            .WithDescription("Picking a session already picked changes nothing. The answer is the schedule and every clash among its picks now " +
                "(severity warning: you cannot be in two rooms at once). If-Match with the ETag refuses a stale write (412).")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id}/sessions/{sessionId}", RemoveSession).WithName("RemoveScheduleSession").WithSummary("Drop a pick.")
            .WithDescription("The answer is the schedule and every clash its picks still have.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("/{id}/clashes", GetClashes).WithETag().WithName("GetScheduleClashes").WithSummary("Your picks that run at the same time, and why.")
            .WithDescription("Each clash names the sessions, their rooms and venue-local times, and the minutes they overlap.");
        group.MapGet("/{id}.ics", Calendar).WithName("ScheduleCalendar").RequireScheduleOwner(takesReadKey: true).ProducesFile("text/calendar")
            .WithSummary("Your schedule as iCalendar; authorise with the token, or with ?key= from the feed URL (read-only, for calendar apps).")
            .WithDescription("A VTIMEZONE for the venue; UIDs {sessionId}@{summit} stay the same, and SEQUENCE moves when an import changes a session, " +
                "so subscribed calendars update in place.");
        group.MapGet("/{id}.pdf", Itinerary).WithName("ScheduleItinerary").RequireScheduleOwner(takesReadKey: true).ProducesFile("application/pdf")
            .WithSummary("Your schedule as a PDF to print (the token, or ?key= from the feed URL); paper=a4 (default) or letter.")
            .WithDescription("Opens in a browser (inline): each day at a glance, then each day in full, clashes marked.");
        group.MapGet("/{id}/schedule.xml", ScheduleXml).WithName("ScheduleScheduleXml").RequireScheduleOwner(takesReadKey: true).ProducesFile("application/xml")
            .WithSummary("Your picks as frab/c3voc schedule.xml, for a phone schedule app (the token, or ?key=).")
            .WithDescription("Valid against the c3voc schedule XSD; the same event has the same GUID as in the summit's own export.");
        group.MapGet("/{id}/schedule.json", ScheduleJson).WithName("ScheduleScheduleJson").RequireScheduleOwner(takesReadKey: true).ProducesScheduleJson()
            .WithSummary("Your picks as c3voc schedule.json (the token, or ?key=).")
            .WithDescription("Valid against the c3voc schedule JSON schema.");
        group.MapPost("/{id}/share", Share).WithName("ShareSchedule")
            .WithSummary("Make a new read-only key and its links (calendar, PDF, frab); the links made before stop working.")
            .WithDescription("For when a link went further than meant. The schedule and its token stay as they are.");
        group.MapDelete("/{id}/share", Unshare).WithName("UnshareSchedule")
            .WithSummary("Withdraw the read-only key: no read link opens the schedule until a new one is made. The schedule stays.")
            .WithDescription("POST /schedules/{id}/share makes a new key and links.");
        return app;
    }

    public static async Task<Results<Created<CreatedSchedule>, ValidationProblem, ProblemHttpResult>> Create(
        string slug, ScheduleRequest? body, SnapshotCache snapshots, IScheduleStore store, ScheduleQuota quota, HttpContext http, TimeProvider clock, Links links,
        CancellationToken ct)
    {
        body ??= new ScheduleRequest(null, null);
        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        if (await quota.RefuseAsync(http, slug, ct) is { } refused)
        {
            return refused;
        }

        var (token, readKey) = (ScheduleTokens.NewToken(), ScheduleTokens.NewToken());
        var now = clock.GetUtcNow();
        var name = body.Name?.Trim();
        var id = await store.CreateScheduleAsync(new NewSchedule(slug, name, body.Notes, ScheduleTokens.Hash(token), ScheduleTokens.Hash(readKey), now), ct);
        var view = ScheduleView.From(new PersonalSchedule(id, slug, name, body.Notes, 1, now, now, []), snapshot, links);
        var share = SharedLinks.Of(id, readKey, links);
        http.Response.Headers.ETag = ScheduleTokens.ETag(1);
        return TypedResults.Created(links.To($"schedules/{id}"), new CreatedSchedule(id, token, share.Calendar, share, view));
    }

    public static Results<Ok<ScheduleView>, StatusCodeHttpResult> Get(CurrentSchedule current, HttpContext http, Links links) =>
        ConditionalGet.IsNotModified(http, ScheduleTokens.ETag(current.Schedule.Version, current.Snapshot.Version))
            ? ConditionalGet.NotModified()
            : TypedResults.Ok(ScheduleView.From(current.Schedule, current.Snapshot, links));

    public static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> AddSession(
        string sessionId, CurrentSchedule current, HttpContext http, IScheduleStore store, TimeProvider clock, CancellationToken ct)
    {
        if (current.Snapshot.FindSession(sessionId) is not { Published: true } session)
        {
            return Problems.SessionNotFound(current.Schedule.Summit, sessionId);
        }

        var now = clock.GetUtcNow();
        var change = await store.AddPickAsync(current.Id, current.TokenHash, new Pick(sessionId, now, SeenSession.Of(session)), ScheduleTokens.IfMatch(http.Request), now, ct);
        return await AfterChangeAsync(change, current, http, store, ct);
    }

    public static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> RemoveSession(
        string sessionId, CurrentSchedule current, HttpContext http, IScheduleStore store, TimeProvider clock, CancellationToken ct)
    {
        if (current.Schedule.Picks.All(p => p.SessionId != sessionId))
        {
            return Problems.NotFound("NotInSchedule", sessionId);
        }

        var change = await store.RemovePickAsync(current.Id, current.TokenHash, sessionId, ScheduleTokens.IfMatch(http.Request), clock.GetUtcNow(), ct);
        return await AfterChangeAsync(change, current, http, store, ct);
    }

    public static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> Patch(
        ScheduleRequest body, CurrentSchedule current, HttpContext http, IScheduleStore store, TimeProvider clock, CancellationToken ct)
    {
        var change = await store.UpdateScheduleAsync(current.Id, current.TokenHash, body.Name?.Trim(), body.Notes, ScheduleTokens.IfMatch(http.Request), clock.GetUtcNow(), ct);
        return await AfterChangeAsync(change, current, http, store, ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(CurrentSchedule current, HttpContext http, IScheduleStore store, CancellationToken ct)
    {
        var change = await store.DeleteScheduleAsync(current.Id, current.TokenHash, ScheduleTokens.IfMatch(http.Request), ct);
        return change.Outcome switch
        {
            ScheduleOutcome.Done => TypedResults.NoContent(),
            ScheduleOutcome.Stale => Stale(change.Version),
            _ => Problems.ScheduleNotFound(),
        };
    }

    public static Ok<IReadOnlyList<ClashView>> GetClashes(CurrentSchedule current, HttpContext http) =>
        TypedResults.Ok<IReadOnlyList<ClashView>>(ScheduleClashes.Of(current.Schedule, current.Snapshot, RequestLanguage.Words(http)));

    public static async Task<ExportResult> Calendar(
        CurrentSchedule current, string? lang, HttpContext http, RenderedFiles files, Changes.CancelledSessions cancellations, TimeProvider clock, CancellationToken ct)
    {
        if (ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        var cancelled = await current.CancelledAsync(cancellations, ct);
        return await ExportAnswers.CalendarAsync(http, files, current.Snapshot, current.Picked(), current.Title, $"{current.Snapshot.Summit.Slug}-schedule.ics",
            $"{current.Snapshot.Version}", clock.GetUtcNow(), words, cancelled);
    }

    public static async Task<ExportResult> ScheduleXml(CurrentSchedule current, HttpContext http, RenderedFiles files, Changes.CancelledSessions cancellations, CancellationToken ct) =>
        await ExportAnswers.FrabXmlAsync(http, files, current.Frab(Links.For(http)) with { Cancelled = await current.CancelledAsync(cancellations, ct) });

    public static async Task<ExportResult> ScheduleJson(CurrentSchedule current, HttpContext http, RenderedFiles files, Changes.CancelledSessions cancellations, CancellationToken ct) =>
        await ExportAnswers.FrabJsonAsync(http, files, current.Frab(Links.For(http)) with { Cancelled = await current.CancelledAsync(cancellations, ct) });

    public static async Task<Results<Ok<SharedLinks>, ProblemHttpResult>> Share(CurrentSchedule current, IScheduleStore store, Links links, CancellationToken ct)
    {
        var key = ScheduleTokens.NewToken();
        return await store.SetReadKeyAsync(current.Id, current.TokenHash, ScheduleTokens.Hash(key), ct)
            ? TypedResults.Ok(SharedLinks.Of(current.Id, key, links))
            : Problems.ScheduleNotFound();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Unshare(CurrentSchedule current, IScheduleStore store, CancellationToken ct) =>
        await store.SetReadKeyAsync(current.Id, current.TokenHash, null, ct) ? TypedResults.NoContent() : Problems.ScheduleNotFound();

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Itinerary(
        string? paper, string? lang, CurrentSchedule current, HttpContext http, ItineraryService itineraries)
    {
        if (ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        var errors = new Dictionary<string, string[]>();
        var size = QueryValues.Paper("paper", paper, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, "Itinerary");
        }

        var file = await itineraries.ForScheduleAsync(current.Snapshot, current.Schedule, size, words, http.RequestAborted);
        return ItineraryService.Send(http, file, $"{current.Snapshot.Summit.Slug}-schedule.pdf");
    }

    private static async Task<Results<Ok<ScheduleUpdate>, ProblemHttpResult>> AfterChangeAsync(
        ScheduleChange change, CurrentSchedule current, HttpContext http, IScheduleStore store, CancellationToken ct)
    {
        if (change.Outcome == ScheduleOutcome.Stale)
        {
            return Stale(change.Version);
        }

        if (change.Outcome == ScheduleOutcome.NotFound || await store.GetScheduleAsync(current.Id, current.TokenHash, ct) is not { } now)
        {
            return Problems.ScheduleNotFound();
        }

        http.Response.Headers.ETag = ScheduleTokens.ETag(now.Version);
        return TypedResults.Ok(new ScheduleUpdate(ScheduleView.From(now, current.Snapshot, Links.For(http)), ScheduleClashes.Of(now, current.Snapshot, RequestLanguage.Words(http))));
    }

    /// <summary>An If-Match header that names no entity tag at all (<c>If-Match: garbage</c>): a 400, never a write let through.</summary>
    private static async ValueTask<object?> RefuseMalformedIfMatch(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        !IfMatchHeader.TryRead(context.HttpContext.Request, out _)
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad If-Match",
                detail: "If-Match must be the schedule's ETag as it was sent (like \"v3\", quotes included) or *. Nothing was changed.")
            : await next(context);

    private static ProblemHttpResult Stale(long current) => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Schedule changed meanwhile", detail: $"The schedule is now at version {current} (ETag {ScheduleTokens.ETag(current)}); read it again and retry. Nothing was changed.");
}
