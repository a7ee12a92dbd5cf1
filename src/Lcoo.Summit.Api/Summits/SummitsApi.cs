using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Summits;

public static class SummitsApi
{
    public static IEndpointRouteBuilder MapSummits(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits").WithTags("Summits");

        group.MapGet("/", ListSummits)
            .WithName("ListSummits")
            .WithSummary("Every summit this service holds.");

        group.MapGet("/{slug}", GetSummit)
            .WithName("GetSummit")
            .WithSummary("One summit: time zone, days with their session counts, rooms.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SummitView>>> ListSummits(ISummitStore store, CancellationToken ct)
    {
        var summits = await store.ListSummitsAsync(ct);
        return TypedResults.Ok<IReadOnlyList<SummitView>>([.. summits.Select(s => SummitView.From(s.Summit, s.Version))]);
    }

    public static async Task<Results<Ok<SummitDetail>, ProblemHttpResult>> GetSummit(string slug, SnapshotCache snapshots, CancellationToken ct) =>
        await snapshots.GetAsync(slug, ct) is { } snapshot
            ? TypedResults.Ok(SummitDetail.From(snapshot))
            : Problems.SummitNotFound(slug);
}
