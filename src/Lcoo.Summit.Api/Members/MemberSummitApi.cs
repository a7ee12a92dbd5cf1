using Lcoo.Summit.Api.OpenApi;
using Lcoo.Summit.Api.Clashes;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Exports;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Api.Members;

/// <summary>
/// A member company at one summit: its sessions (JSON and iCalendar), its clashes, its itinerary PDF. One group, the member
/// and the summit resolved once per request (<see cref="MemberAtSummit"/>).
/// </summary>
public static class MemberSummitApi
{
    public static IEndpointRouteBuilder MapMemberSummit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/members/{memberId}").WithTags("Members").AddEndpointFilter(MemberAtSummit.ResolveAsync)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/sessions", Sessions).WithName("MemberSessions").WithETag().CacheOutput(SummitReadsPolicy.Name)
            .WithSummary("The sessions a member company's people give, by venue-local day.")
            .WithDescription("Sessions where at least one speaker's company is the member (under any of its aliases), grouped by the venue's days.");

        group.MapGet("/sessions.ics", Calendar).WithName("MemberCalendar").ProducesFile("text/calendar")
            .WithSummary("A member company's sessions as iCalendar, with the venue's time zone.")
            .WithDescription("The same as /summits/{slug}/sessions.ics?member={memberId}: subscribe to it from a calendar app (webcal://) so the member's people see changes.");

        group.MapGet("/clashes", Clashes).WithTags("Clashes").WithName("MemberClashes").WithETag().RequireCoordinator()
            .WithSummary("A member company's clashes: its sessions at once, the working group's overlaps it is part of, its people due in two places.")
            .WithDescription("Each clash with its sessions, people and window, and a reason a coordinator can act on.");

        group.MapGet("/itinerary.pdf", Itinerary).WithTags("Itineraries").WithName("MemberItinerary").RequireCoordinator().ProducesFile("application/pdf")
            .WithSummary("A member company's sessions as a PDF: title page, each day at a glance, each day in full with clashes marked.")
            .WithDescription("members=a,b adds members for a combined working-group PDF; paper=a4 (default) or letter. ETag/If-None-Match give 304.");
        return app;
    }

    public static Ok<MemberSessions> Sessions(MemberAtSummit at)
    {
        var snapshot = at.Snapshot;
        var query = new SessionQuery { Member = at.Member.Id };
        var days = snapshot.Sessions.Where(s => query.Matches(s, snapshot))
            .GroupBy(s => VenueTime.VenueDay(s.Start, snapshot.Zone))
            .Select(g => new MemberDay(g.Key, g.Key.DayOfWeek.ToString(), [.. g.Select(s => SessionView.From(s, snapshot))]))
            .ToList();
        return TypedResults.Ok(new MemberSessions(at.Member, snapshot.Summit.Slug, days.Sum(d => d.Sessions.Count), days));
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Calendar(
        MemberAtSummit at, string? lang, HttpContext http, RenderedFiles files, Changes.CancelledSessions cancellations, TimeProvider clock, CancellationToken ct)
    {
        if (Exports.ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        var (member, snapshot) = (at.Member, at.Snapshot);
        var query = new SessionQuery { Member = member.Id };
        var cancelled = await cancellations.OfAsync(snapshot, c => c.Members.Contains(member.Id, StringComparer.Ordinal), ct);
        return await ExportAnswers.CalendarAsync(http, files, snapshot, [.. snapshot.Sessions.Where(s => query.Matches(s, snapshot))], $"{member.DisplayName} at {snapshot.Summit.Name}",
            $"{snapshot.Summit.Slug}-{member.Id}.ics", $"{snapshot.Version}|{at.Directory.Fingerprint}", clock.GetUtcNow(), words, cancelled);
    }

    public static Ok<ClashesView> Clashes(MemberAtSummit at, HttpContext http)
    {
        // Its own sessions at once, the working group's overlaps it is part of, and its people due in two places.
        var options = new ClashOptions(new HashSet<ClashKind> { ClashKind.Member, ClashKind.Speaker }, Words: RequestLanguage.Words(http));
        var clashes = ClashDetector.Detect(at.Snapshot, at.Directory, options).Clashes
            .Where(c => c.Members.Contains(at.Member.Id))
            .Select(c => ClashView.From(c, at.Snapshot, at.Directory))
            .ToList();
        return TypedResults.Ok(new ClashesView(at.Snapshot.Summit.Slug, clashes.Count, clashes, []));
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Itinerary(
        string? members, string? paper, string? lang, MemberAtSummit at, HttpContext http, ItineraryService itineraries)
    {
        if (Exports.ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        var ids = new[] { at.Member.Id }.Concat(members?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []).Distinct().ToList();
        var errors = new Dictionary<string, string[]>();
        var size = QueryValues.Paper("paper", paper, errors);
        if (MemberIds.Problem(ids.Skip(1), at.Directory) is { } wrong)
        {
            errors["members"] = [wrong];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, "Itinerary");
        }

        var file = await itineraries.ForMembersAsync(at.Snapshot, at.Directory, ids, size, words, http.RequestAborted);
        return ItineraryService.Send(http, file, $"{at.Snapshot.Summit.Slug}-{string.Join("-", ids)}.pdf");
    }
}

/// <summary>The member company and the summit a request of <see cref="MemberSummitApi"/> is about, resolved once per request.</summary>
public sealed class MemberAtSummit
{
    public MemberCompany Member { get; private set; } = null!;

    public MemberDirectory Directory { get; private set; } = null!;

    public SummitSnapshot Snapshot { get; private set; } = null!;

    /// <summary>404 for a member or summit that does not exist, before any handler runs.</summary>
    public static async ValueTask<object?> ResolveAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var at = http.RequestServices.GetRequiredService<MemberAtSummit>();
        at.Directory = await http.RequestServices.GetRequiredService<MemberDirectoryCache>().GetAsync(http.RequestAborted);
        var (slug, memberId) = ((string)http.Request.RouteValues["slug"]!, (string)http.Request.RouteValues["memberId"]!);
        if (at.Directory.Find(memberId) is not { } member)
        {
            return Problems.MemberNotFound(memberId);
        }

        if (await http.RequestServices.GetRequiredService<SnapshotCache>().GetAsync(slug, http.RequestAborted) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        (at.Member, at.Snapshot) = (member, snapshot);
        return await next(context);
    }
}

public sealed record MemberSessions(MemberCompany Member, string Summit, int Count, IReadOnlyList<MemberDay> Days);

public sealed record MemberDay(DateOnly Date, string Weekday, IReadOnlyList<SessionView> Sessions);
