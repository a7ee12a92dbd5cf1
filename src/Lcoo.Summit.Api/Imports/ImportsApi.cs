using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Imports;

public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/imports").WithTags("Imports").RequireCoordinator()
            .WithMetadata(new TakesIfMatch("the summit as a dry run saw it, as its ETag gave it (like \"v12-m0123456789ab\"): the import is refused (412) if it changed since"));
        var maxBytes = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImportOptionsSection>>().Value.MaxBytes;

        group.MapPost("/", Import)
            .WithName("Import")
            .WithSummary("Import schedule sources into a summit, idempotently, and get the report.")
            .WithDescription("The body is a source (OpenStack summit API JSON, frab/pretalx schedule.json or schedule.xml, an event page, " +
                "a member-session table), several as multipart/form-data files, or {\"url\": \"https://…\"}. The format is detected from the content; " +
                "format= names it instead. dryRun=true reports without writing. timeZone= sets the venue's IANA zone over the sources' labels. " +
                "A dry run answers an ETag; sending it as If-Match with the same sources applies exactly that dry run, or answers 412 when the " +
                "summit or the member list changed since.")
            .AddOpenApiOperationTransformer(ImportRequestDocs.DescribeAsync)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery()
            // Multipart parts carry their own headers: a little room above the largest source.
            .WithBodyLimit(maxBytes + 1024 * 1024)
            .WithFormOptions(valueCountLimit: ImportOptionsSection.MaxFiles, keyLengthLimit: 256, multipartHeadersCountLimit: 8,
                multipartHeadersLengthLimit: 8 * 1024, multipartBodyLengthLimit: maxBytes, valueLengthLimit: 64 * 1024);

        group.MapGet("/", ListImports)
            .WithName("ListImports")
            .WithSummary("The summit's past imports, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("The last 100: when, from which sources, how many sessions were added, changed, unchanged and removed, and how many problems each found.");

        group.MapGet("/{id}", GetImport)
            .WithName("GetImport")
            .WithSummary("One past import's full report.")
            .WithDescription("What was added, changed (field by field) and removed, conflicts between sources, and every problem found in the sources.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Created<ImportReport>, Ok<ImportReport>, ProblemHttpResult, ValidationProblem>> Import(
        // An import can create the summit: its slug is checked as PUT /summits/{slug} checks it.
        [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.Explained)] string slug, string? dryRun, string? format, string? timeZone, HttpRequest request,
        ImportRequestReader reader, ImportService imports, Links links, CancellationToken ct)
    {
        if (!TryParseFlag(dryRun, out var isDryRun))
        {
            return Problems.Invalid("dryRun", $"'{dryRun}' is not true or false.");
        }

        var (sources, refused) = await reader.ReadAsync(request, ct);
        if (refused is not null)
        {
            return TypedResults.Problem(statusCode: refused.Status, title: refused.Title, detail: refused.Detail);
        }

        if (!IfMatchHeader.TryRead(request, out var ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad If-Match",
                detail: "If-Match must be the ETag a dry run answered (like \"v12-m0123456789ab\", quotes included). Nothing was imported.");
        }

        var (outcome, baseTag) = await imports.ImportAsync(slug, sources!, new ImportOptions(isDryRun, format, timeZone), ifMatch, ct);
        if (baseTag.Length > 0)
        {
            request.HttpContext.Response.Headers.ETag = baseTag;
        }

        return outcome switch
        {
            ImportPlan { Report.DryRun: true } dry => TypedResults.Ok(dry.Report),
            ImportPlan done => TypedResults.Created(links.To($"summits/{slug}/imports/{done.Report.Id}"), done.Report),
            ImportRefused no => TypedResults.Problem(statusCode: StatusOf(no.Reason), title: no.Title, detail: no.Detail + WhereToGo(no.Reason, slug)),
            var other => throw new InvalidOperationException($"Unexpected import outcome {other}"),
        };
    }

    /// <summary>The pipeline says what is wrong and what to do; this edge says where, in this API.</summary>
    public static string WhereToGo(ImportRefusal reason, string slug) => reason switch
    {
        ImportRefusal.SummitNotFound or ImportRefusal.NoUsableSummit =>
            $" PUT /summits/{slug} creates the summit (name, timeZone, startDate, endDate); the console's Summit tab does the same.",
        _ => "",
    };

    /// <summary>The pipeline says why it refused; this edge says what status that is.</summary>
    public static int StatusOf(ImportRefusal reason) => reason switch
    {
        ImportRefusal.NotASchedule => StatusCodes.Status415UnsupportedMediaType,
        ImportRefusal.Unreadable or ImportRefusal.WrongSummit or ImportRefusal.NoUsableSummit => StatusCodes.Status422UnprocessableEntity,
        ImportRefusal.SummitNotFound => StatusCodes.Status404NotFound,
        ImportRefusal.Busy => StatusCodes.Status409Conflict,
        ImportRefusal.BaseMoved => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status400BadRequest,
    };

    public static async Task<Results<Ok<IReadOnlyList<ImportListing>>, ProblemHttpResult>> ListImports(string slug, ISummitStore store, Links links, CancellationToken ct)
    {
        if (await store.GetVersionAsync(slug, ct) is null)
        {
            return Problems.SummitNotFound(slug);
        }

        var imports = await store.ListImportsAsync(slug, 100, ct);
        return TypedResults.Ok<IReadOnlyList<ImportListing>>([.. imports.Select(i => ImportListing.Of(slug, i, links))]);
    }

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> GetImport(string slug, string id, ISummitStore store, CancellationToken ct) =>
        await store.GetImportReportAsync(slug, id, ct) is { } report
            ? TypedResults.Ok(report)
            : Problems.NotFound("ImportNotFound", slug, id);

    private static bool TryParseFlag(string? text, out bool value)
    {
        value = false;
        return text is null || bool.TryParse(text, out value);
    }
}

/// <summary>A past import at a glance, with the link to its whole report.</summary>
public sealed record ImportListing(string Id, DateTimeOffset At, IReadOnlyList<string> Sources, int Added, int Changed, int Unchanged, int Removed, int Conflicts, int Problems, string Report)
{
    public static ImportListing Of(string slug, ImportSummary s, Links links) => new(
        s.Id, s.At, s.Sources, s.Added, s.Changed, s.Unchanged, s.Removed, s.Conflicts, s.Problems, links.To($"summits/{slug}/imports/{s.Id}"));
}
