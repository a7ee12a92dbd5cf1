using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Sources;

/// <summary>A summit's source: where its schedule is published, polled and imported when it changes, with a log of every poll.</summary>
public static class SourcesApi
{
    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/source").WithTags("Sources").RequireCoordinator();
        group.MapPut("/", Put).WithName("SetSource")
            .WithSummary("Point the summit at its published schedule: it is polled and imported whenever it changes.")
            .WithDescription("Polled every intervalSeconds with a conditional GET (If-None-Match / If-Modified-Since) through the same guarded fetch as an " +
                "import by URL; a changed body is imported as POST …/imports would, and a body that did not change imports nothing. A failing source " +
                "backs off (its interval doubled per failure in a row, up to an hour). Setting it again resets its polling; the first poll is at once. " +
                "The summit need not exist yet: the first import creates it.")
            .ProducesValidationProblem();
        group.MapGet("/", Get).WithName("GetSource").WithSummary("The summit's source and where its polling stands.")
            .WithDescription("Its URL, format, zone and interval; when it is next polled, how many polls in a row failed (backingOff), the last poll, and a sentence saying so.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/", Delete).WithName("RemoveSource").WithSummary("Stop following the source.")
            .WithDescription("Its poll log goes with it; the sessions it imported stay, as after any import.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/polls", Polls).WithName("ListSourcePolls").WithSummary("The source's polls, newest first: when, status, bytes, changed or not, the import made.")
            .WithDescription("The last 500 are kept; limit= (1 to 500, default 50) says how many to list.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        group.MapPost("/poll", PollNow).WithName("PollSource").WithSummary("Poll the source now instead of at its next turn.")
            .WithDescription("Answers 202 at once with the source, due now; the instance that polls takes it within a second, and the poll appears in …/source/polls (the Location).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<SourceView>, Created<SourceView>, ValidationProblem>> Put(
        [System.ComponentModel.DataAnnotations.RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.Explained)] string slug, SourceRequest body,
        ISourceStore sources, SourceSync sync, OutboundAddresses addresses, IOptions<SourceOptions> options, TimeProvider clock, Links links, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors["url"] = [$"'{body.Url}' is not an absolute http or https URL."];
        }
        else if (addresses.RefusedLiteral(url) is { } refused)
        {
            errors["url"] = [$"{refused} is not a public address: sources are fetched from public servers only, unless Imports:AllowedHosts names the host."];
        }

        if (body.Format is { } format && ScheduleParsers.Default.Find(format) is null)
        {
            errors["format"] = [$"'{format}' is not one of: {string.Join(", ", ScheduleParsers.Default.All.Select(p => p.Format))} (or omit it to detect the format)."];
        }

        if (body.TimeZone is { } zone && !VenueTime.TryFindZone(zone, out _))
        {
            errors["timeZone"] = [VenueTime.NotAZone(zone)];
        }

        var least = Math.Max(1, options.Value.MinIntervalSeconds);
        var interval = body.IntervalSeconds ?? Math.Max(SourceOptions.DefaultIntervalSeconds, least);
        if (interval < least || interval > SourceOptions.MaxIntervalSeconds)
        {
            errors["intervalSeconds"] = [$"{interval} is outside {least} to {SourceOptions.MaxIntervalSeconds} seconds (a day)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, "Source");
        }

        var existed = await sources.GetSourceAsync(slug, ct) is not null;
        // To the millisecond, as the stores keep it: the answer says what a read will.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
        var kept = await sources.PutSourceAsync(new SummitSource(slug, url!.AbsoluteUri, body.Format, body.TimeZone, interval), now, ct);
        sync.Wake();
        var view = SourceView.Of(kept, now, links);
        return existed ? TypedResults.Ok(view) : TypedResults.Created(links.To($"summits/{slug}/source"), view);
    }

    public static async Task<Results<Ok<SourceView>, ProblemHttpResult>> Get(string slug, ISourceStore sources, TimeProvider clock, Links links, CancellationToken ct) =>
        await sources.GetSourceAsync(slug, ct) is { } kept ? TypedResults.Ok(SourceView.Of(kept, clock.GetUtcNow(), links)) : NoSource(slug);

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string slug, ISourceStore sources, CancellationToken ct) =>
        await sources.DeleteSourceAsync(slug, ct) ? TypedResults.NoContent() : NoSource(slug);

    public static async Task<Results<Ok<IReadOnlyList<SourcePollView>>, ProblemHttpResult, ValidationProblem>> Polls(
        string slug, int? limit, ISourceStore sources, Links links, CancellationToken ct)
    {
        if (limit is < 1 or > Sessions.PageRequest.MaxLimit)
        {
            return Problems.Invalid("limit", $"{limit} is outside 1 to {Sessions.PageRequest.MaxLimit}.");
        }

        if (await sources.GetSourceAsync(slug, ct) is null)
        {
            return NoSource(slug);
        }

        var polls = await sources.ListPollsAsync(slug, limit ?? 50, ct);
        return TypedResults.Ok<IReadOnlyList<SourcePollView>>([.. polls.Select(p => SourcePollView.Of(p, slug, links))]);
    }

    public static async Task<Results<Accepted<SourceView>, ProblemHttpResult>> PollNow(string slug, ISourceStore sources, SourceSync sync, TimeProvider clock, Links links, CancellationToken ct)
    {
        if (!await sources.MakeDueAsync(slug, clock.GetUtcNow(), ct))
        {
            return NoSource(slug);
        }

        sync.Wake();
        var kept = await sources.GetSourceAsync(slug, ct);
        return kept is null ? NoSource(slug) : TypedResults.Accepted(links.To($"summits/{slug}/source/polls"), SourceView.Of(kept, clock.GetUtcNow(), links));
    }

    private static ProblemHttpResult NoSource(string slug) =>
        Problems.NotFound("NoSource", slug);
}
