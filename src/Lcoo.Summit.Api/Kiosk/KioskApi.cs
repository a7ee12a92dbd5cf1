using System.Globalization;
using System.Text.Json;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Web.Kiosk;
using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Kiosk;

public static class KioskApi
{
    /// <summary>How far ahead "up next" may look.</summary>
    public const int MaxWithinMinutes = 1440;

    public static IEndpointRouteBuilder MapKiosk(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summits/{slug}/now", Now)
            .WithTags("Kiosk").WithName("Now").Produces<NowView>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("What is on now, and per room what starts next within the window; venue-local times.")
            .WithDescription("at: an instant with offset, or the venue's wall-clock time without one (default: now; for rehearsal). within: minutes ahead for 'up next' (1 to 1440, default 60). " +
                "room: one room. lang: the language of its sentences and day names (en, fr, ja, ko, zh-Hans; default the request's Accept-Language). The answer holds until changesAt; Cache-Control max-age says how long, ETag/If-None-Match give 304.");

        app.MapGet("/kiosk/{slug}", Page)
            .WithTags("Kiosk").WithName("KioskPage")
            .WithSummary("The display page for a screen: ?room= for one room, ?at= to rehearse from an instant, ?poll= and ?cycle= seconds, ?lang= its language.")
            .WithDescription("An HTML page that polls /summits/{slug}/now and rolls over at session boundaries without reloading; " +
                "it keeps the last answer and marks itself offline when the service cannot be reached.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "text/html").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Now(
        string slug, string? room, string? at, string? within, string? lang, HttpContext http, SnapshotCache snapshots, NowCache cache,
        TimeProvider clock, IOptions<KioskOptions> options, IOptions<JsonOptions> json, CancellationToken ct)
    {
        // Kiosks poll this hundreds of times a second: nothing is allocated for a valid request before the cache is asked.
        DateTimeOffset? instant = null;
        Dictionary<string, string[]>? errors = null;
        var found = await snapshots.GetAsync(slug, ct);
        if (at is not null)
        {
            if (Instants.TryParse(at, found?.Zone, out var parsed))
            {
                instant = parsed;
            }
            else
            {
                (errors ??= [])["at"] = [$"'{at}' is not {Instants.Expected}."];
            }
        }

        var minutes = 60;
        if (within is not null && (!int.TryParse(within, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes is < 1 or > MaxWithinMinutes))
        {
            (errors ??= [])["within"] = [$"'{within}' is not a whole number of minutes from 1 to {MaxWithinMinutes}."];
        }

        if (!RequestLanguage.TryRead(http, lang, out var language, out var wrongLanguage))
        {
            (errors ??= [])["lang"] = [wrongLanguage!];
        }

        if (errors is not null)
        {
            return Problems.Invalid(errors, "Parameters");
        }

        if (found is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        RequestLanguage.Say(http.Response, language, fromHeaders: lang is null);

        if (room is not null && !RoomsOf(snapshot).Contains(room))
        {
            return Problems.NotFound("RoomNotFound", slug, room, string.Join(", ", RoomsOf(snapshot).Order()));
        }

        var now = clock.GetUtcNow();
        var entry = instant is null ? cache.Get(slug, snapshot.Version, room, minutes, language.Code, now) : null;
        if (entry is null)
        {
            var answer = NowAndNext.Compute(snapshot, instant ?? now, TimeSpan.FromMinutes(minutes), room);
            var body = JsonSerializer.SerializeToUtf8Bytes(NowView.From(answer, snapshot, room, TimeSpan.FromMinutes(minutes), new Words(language)), json.Value.SerializerOptions);
            var validUntil = instant is null ? answer.ChangesAt ?? now + options.Value.MaxAge : now + options.Value.MaxAge;
            entry = new NowCache.Entry(body, ConditionalGet.ETagOf(body), validUntil);
            if (instant is null)
            {
                cache.Put(slug, snapshot.Version, room, minutes, language.Code, entry);
            }
        }

        var maxAge = Math.Clamp(Math.Ceiling((entry.ValidUntil - now).TotalSeconds), 1, options.Value.MaxAge.TotalSeconds);
        http.Response.Headers.CacheControl = $"public, max-age={maxAge.ToString(CultureInfo.InvariantCulture)}";
        return ConditionalGet.IsNotModified(http, entry.ETag) ? ConditionalGet.NotModified() : TypedResults.File(entry.Body, "application/json");
    }

    /// <param name="room">Read by the page's script: one room's screen.</param>
    /// <param name="at">Read by the page's script: rehearse from this instant.</param>
    /// <param name="poll">Read by the page's script: seconds between polls.</param>
    /// <param name="cycle">Read by the page's script: seconds each page of sessions shows when they do not fit at once.</param>
    /// <param name="lang">The screen's language (a hall screen in Tokyo: ja); else the browser's.</param>
    public static async Task<Results<RazorComponentResult<KioskScreen>, ValidationProblem, ProblemHttpResult>> Page(
        string slug, string? room, string? at, string? poll, string? cycle, string? lang, HttpContext http, SnapshotCache snapshots, IOptions<KioskOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        if (!RequestLanguage.TryRead(http, lang, out var language, out var wrongLanguage))
        {
            return Problems.Invalid("lang", wrongLanguage!);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        RequestLanguage.Say(http.Response, language, fromHeaders: lang is null);
        return new RazorComponentResult<KioskScreen>(new
        {
            SummitName = snapshot.Summit.Name,
            Words = new Words(language),
            options.Value.PollSeconds,
            Now = clock.GetUtcNow(),
        })
        { ContentType = "text/html; charset=utf-8" };
    }

    private static HashSet<string> RoomsOf(SummitSnapshot snapshot) =>
        new(snapshot.Sessions.Select(s => s.Room).OfType<string>().Concat(snapshot.Summit.Rooms.Select(r => r.Name)), StringComparer.OrdinalIgnoreCase);
}
