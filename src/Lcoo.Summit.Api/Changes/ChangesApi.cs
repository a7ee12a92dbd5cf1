using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.OpenApi;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Changes;

/// <summary>
/// The summit's public changelog: every version whose import changed what is published, with what it changed (JSON and
/// an Atom feed), and a stream of server-sent events that says so the moment the summit's version moves.
/// </summary>
public static class ChangesApi
{
    /// <summary>The most versions one answer lists (the newest).</summary>
    public const int MostVersions = 100;

    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}").WithTags("Changes");
        const string filters = "since (a version: only what came after it), member, day (venue-local yyyy-MM-dd) and room select changes " +
            "whose session matched before or after the change.";

        group.MapGet("/changes", List).WithName("ListChanges").WithETag().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("What changed in the schedule, version by version: sessions added, cancelled, moved, re-roomed, retitled, re-staffed.")
            .WithDescription($"Newest first, at most {MostVersions} versions. {filters} An import that changes nothing published adds no version here.");
        group.MapGet("/changes.atom", Atom).WithName("ChangesFeed").ProducesFile("application/atom+xml").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The changelog as an Atom feed, for feed readers and chat integrations.")
            .WithDescription($"One entry per version, its changes as sentences at the venue's clock. {filters}");
        group.MapGet("/events", SummitEventStream.Stream).WithName("SummitEvents").Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Server-sent events: a 'version' event whenever the summit's version moves, on whichever instance it moved.")
            .WithDescription("Each event's id is the version and its data the changes it made (as GET …/changes lists them). Send Last-Event-ID " +
                "(browsers do on reconnecting) to be sent what was missed first. lang: the language of the change sentences (en, fr, ja, ko, zh-Hans; default the request's Accept-Language). A 'heartbeat' event at once and after 15 s of quiet keeps proxies from closing the stream. " +
                $"At most {SummitEventStream.StreamsPerAddress} streams per client address (429 beyond).");
        return app;
    }

    public static async Task<Results<Ok<ChangesView>, ValidationProblem, ProblemHttpResult>> List(
        string slug, [AsParameters] ChangeFilters filters, HttpContext http, SnapshotCache snapshots, MemberDirectoryCache members, ISummitStore store, CancellationToken ct)
    {
        var found = await FindAsync(slug, filters, RequestLanguage.Words(http), snapshots, members, store, ct);
        return found.Invalid is { } invalid ? invalid : found.Missing is { } missing ? missing : TypedResults.Ok(found.View!);
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Atom(
        string slug, [AsParameters] ChangeFilters filters, HttpContext http, SnapshotCache snapshots, MemberDirectoryCache members, ISummitStore store, Links links,
        CancellationToken ct)
    {
        var found = await FindAsync(slug, filters, RequestLanguage.Words(http), snapshots, members, store, ct);
        if (found.Invalid is { } invalid)
        {
            return invalid;
        }

        if (found.Missing is { } missing)
        {
            return missing;
        }

        var feed = ChangeFeed.Write(found.Snapshot!, found.View!, links.To($"summits/{slug}/changes"), links.To($"summits/{slug}/changes.atom{http.Request.QueryString}"));
        return ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(feed))
            ? ConditionalGet.NotModified()
            : TypedResults.File(feed, "application/atom+xml");
    }

    /// <summary>The changelog asked for, or why there is none: a bad filter, or no such summit.</summary>
    private sealed record Found(SummitSnapshot? Snapshot, ChangesView? View, ValidationProblem? Invalid = null, ProblemHttpResult? Missing = null);

    private static async Task<Found> FindAsync(
        string slug, ChangeFilters filters, Words words, SnapshotCache snapshots, MemberDirectoryCache members, ISummitStore store, CancellationToken ct)
    {
        if (!filters.TryBuild(await members.GetAsync(ct), out var query, out var invalid))
        {
            return new Found(null, null, Invalid: invalid);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return new Found(null, null, Missing: Problems.SummitNotFound(slug));
        }

        var versions = await store.ListChangesAsync(slug, query.Since, MostVersions, ct);
        return new Found(snapshot, View(snapshot, versions, query, words));
    }

    public static ChangesView View(SummitSnapshot snapshot, IEnumerable<SummitVersionChanges> versions, ChangeQuery query, Words words) => new(
        snapshot.Summit.Slug,
        snapshot.Version,
        [.. versions
            .Select(v => new VersionView(v.Version, v.At, [.. v.Sessions.Where(c => query.Matches(c, snapshot.Zone)).Select(c => SessionChangeView.From(c, snapshot.Zone, words))]))
            .Where(v => v.Sessions.Count > 0)]);
}
