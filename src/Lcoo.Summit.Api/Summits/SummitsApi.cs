using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Summits;

public static partial class SummitsApi
{
    public static IEndpointRouteBuilder MapSummits(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits").WithTags("Summits");

        group.MapGet("/", ListSummits).WithETag()
            .WithName("ListSummits")
            .WithSummary("Every summit this service holds.")
            .WithDescription("Each with its venue's IANA time zone, its days, its version (which moves with every change to its data) and " +
                "links to its exports: schedule.xml/json for phone apps, sessions.ics (https and webcal) for calendars, the kiosk page.");

        group.MapGet("/{slug}", GetSummit).WithETag()
            .WithName("GetSummit")
            .WithSummary("One summit: time zone, days with their session counts, rooms.")
            .WithDescription("Days are venue-local dates with the number of published sessions on each; rooms are as the summit's sources name them.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{slug}", PutSummit)
            .WithName("PutSummit")
            .WithSummary("Create a summit, or change its name, zone, days or venue (its sessions stay).")
            .WithDescription("201 when the summit is new, 200 when it changed. The time zone is an IANA name (Australia/Sydney), " +
                "the days at most 60 and every session's local times follow the zone. Imports can also create a summit from their sources.")
            .RequireCoordinator();
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SummitView>>> ListSummits(ISummitStore store, SnapshotCache snapshots, Links links, CancellationToken ct)
    {
        var views = new List<SummitView>();
        foreach (var slug in await store.ListSummitSlugsAsync(ct))
        {
            if (await snapshots.GetAsync(slug, ct) is { } snapshot)
            {
                views.Add(SummitView.From(snapshot.Summit, snapshot.Version, links));
            }
        }

        return TypedResults.Ok<IReadOnlyList<SummitView>>(views);
    }

    public static async Task<Results<Ok<SummitDetail>, ProblemHttpResult>> GetSummit(string slug, SnapshotCache snapshots, Links links, CancellationToken ct) =>
        await snapshots.GetAsync(slug, ct) is { } snapshot
            ? TypedResults.Ok(SummitDetail.From(snapshot, links))
            : Problems.SummitNotFound(slug);

    public static async Task<Results<Created<SummitView>, Ok<SummitView>, ValidationProblem>> PutSummit(
        [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.Explained)] string slug, SummitRequest body,
        ISummitStore store, SnapshotCache snapshots, SummitLocks locks, Links links, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        var existing = await store.LoadSummitAsync(slug, ct);
        var summit = Lcoo.Summit.Summits.SummitInfo.Described(slug, existing?.Summit, body.Name!, body.TimeZone!, body.StartDate!.Value, body.EndDate!.Value, body.Venue);
        var version = await store.SaveSummitAsync(summit, ct);
        snapshots.Invalidate(slug);
        var view = SummitView.From(summit, version, links);
        return existing is null ? TypedResults.Created(links.To($"summits/{slug}"), view) : TypedResults.Ok(view);
    }
}
