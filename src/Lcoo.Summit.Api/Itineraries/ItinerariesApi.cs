using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Schedule;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Lcoo.Summit.Api.Itineraries;

public static class ItinerariesApi
{
    public static IEndpointRouteBuilder MapItineraries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summits/{slug}/members/{memberId}/itinerary.pdf", MemberItinerary)
            .WithTags("Itineraries").WithName("MemberItinerary")
            .WithSummary("A member company's sessions as a PDF: title page, each day at a glance, each day in full with clashes marked.")
            .WithDescription("members=a,b adds members for a combined working-group PDF; paper=a4 (default) or letter. ETag/If-None-Match give 304.")
            .RequireCoordinator();

        app.MapGet("/schedules/{id}.pdf", ScheduleItinerary)
            .WithTags("Schedules").WithName("ScheduleItinerary")
            .WithSummary("Your schedule as a PDF to print (Authorization: Bearer with the schedule's token).");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> MemberItinerary(
        string slug, string memberId, string? members, string? paper, HttpContext http, SnapshotCache snapshots,
        MemberDirectoryCache directory, PdfCache cache, TimeProvider clock, CancellationToken ct)
    {
        var all = await directory.GetAsync(ct);
        var ids = new[] { memberId }.Concat(members?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []).Distinct().ToList();
        var errors = new Dictionary<string, string[]>();
        if (!TryPaper(paper, out var size))
        {
            errors["paper"] = [$"'{paper}' is not a paper size: use a4 or letter."];
        }

        if (ids.Skip(1).FirstOrDefault(id => all.Find(id) is null) is { } unknown)
        {
            errors["members"] = [$"'{unknown}' is not a member company; GET /members lists them."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "The itinerary was not made: " + string.Join(" ", errors.Values.SelectMany(e => e)));
        }

        if (all.Find(memberId) is null)
        {
            return Problems.MemberNotFound(memberId);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var key = $"member|{slug}|{snapshot.Version}|{string.Join(",", ids)}|{size}|{string.Join(",", all.Members.Select(m => $"{m.Id}={m.DisplayName}"))}";
        var entry = cache.GetOrRender(key, () =>
        {
            var chosen = ids.ToHashSet(StringComparer.Ordinal);
            var names = all.Members.ToDictionary(m => m.Id, m => m.DisplayName);
            var who = string.Join(", ", ids.Select(id => names[id]));
            var clashes = ClashDetector.Detect(snapshot, all, new ClashOptions(new HashSet<ClashKind> { ClashKind.Member, ClashKind.Speaker }, chosen)).Clashes
                .Where(c => c.Members.Any(chosen.Contains)).ToList();
            return ItineraryRenderer.Render(new Itinerary(snapshot,
                ids.Count == 1 ? $"{who} at {snapshot.Summit.Name}" : "Working group sessions at the summit",
                ids.Count == 1 ? $"Sessions given by {who}'s people" : $"Sessions given by {who}",
                [.. snapshot.Sessions.Where(s => s.Published && s.Members.Any(chosen.Contains))], clashes,
                GlanceColumns.Members, ids, names, clock.GetUtcNow(), size));
        });
        return Send(http, entry, $"{slug}-{string.Join("-", ids)}.pdf");
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ScheduleItinerary(
        string id, string? paper, HttpContext http, IScheduleStore store, SnapshotCache snapshots, PdfCache cache, TimeProvider clock, CancellationToken ct)
    {
        if (!TryPaper(paper, out var size))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paper"] = [$"'{paper}' is not a paper size: use a4 or letter."] });
        }

        if (ScheduleTokens.Bearer(http.Request) is not { } token)
        {
            return Problems.TokenNeeded(http);
        }

        if (await store.GetScheduleAsync(id, ScheduleTokens.Hash(token), ct) is not { } schedule || await snapshots.GetAsync(schedule.Summit, ct) is not { } snapshot)
        {
            return Problems.ScheduleNotFound();
        }

        var key = $"schedule|{id}|{schedule.Version}|{snapshot.Version}|{size}";
        var entry = cache.GetOrRender(key, () =>
        {
            var sessions = schedule.Picks.Select(p => snapshot.FindSession(p.SessionId)).OfType<Session>().Where(s => s.Published).ToList();
            return ItineraryRenderer.Render(new Itinerary(snapshot, schedule.Name ?? "My schedule", $"A personal schedule at {snapshot.Summit.Name}",
                sessions, ClashDetector.ForPicks(snapshot, sessions, id), GlanceColumns.Rooms, [], new Dictionary<string, string>(), clock.GetUtcNow(), size));
        });
        return Send(http, entry, $"{snapshot.Summit.Slug}-schedule.pdf");
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult> Send(HttpContext http, PdfCache.Entry entry, string name)
    {
        http.Response.Headers.ETag = entry.ETag;
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Tag == entry.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(entry.Pdf, "application/pdf", name);
    }

    private static bool TryPaper(string? text, out Paper paper)
    {
        paper = Paper.A4;
        return text is null || Http.EnumNames.TryParse(text, out paper);
    }
}
