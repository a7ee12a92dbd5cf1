using Lcoo.Summit.Api.OpenApi;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using ExportResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult, Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Lcoo.Summit.Api.Exports;

/// <summary>
/// A summit's sessions in the formats other software reads: frab <c>schedule.xml</c> and <c>schedule.json</c> (phone
/// schedule apps) and iCalendar (calendar apps), for the whole summit or any filter the session list takes.
/// </summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}").WithTags("Exports").CacheOutput(SummitReadsPolicy.Name);
        const string filters = "Filters as for the session list (day, from, to, room, track, type, member, speaker, company, q); none gives the whole summit.";

        group.MapGet("/schedule.xml", ScheduleXml).WithName("SummitScheduleXml").ProducesFile("application/xml").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The summit's sessions as frab/c3voc schedule.xml, for phone schedule apps (Giggity, ConfClerk, Fahrplan).")
            .WithDescription(filters + " Days in the venue's zone, rooms, persons, links; the same event has the same GUID in every export.");
        group.MapGet("/schedule.json", ScheduleJson).WithName("SummitScheduleJson").ProducesScheduleJson().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The summit's sessions as c3voc schedule.json.")
            .WithDescription(filters);
        group.MapGet("/sessions.ics", Calendar).WithName("SummitCalendar").ProducesFile("text/calendar").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The summit's sessions as iCalendar, to subscribe to (webcal://) or download.")
            .WithDescription(filters + " A real VTIMEZONE for the venue, UIDs {sessionId}@{summit}, SEQUENCE moving when an import changes a session.");
        group.MapGet("/sessions/{sessionId}.ics", SessionCalendar).WithName("SessionCalendar").ProducesFile("text/calendar").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One session as iCalendar: the planner's 'add to calendar'.")
            .WithDescription("The same event (UID, SEQUENCE, VTIMEZONE) as in the summit's calendar, so adding it twice does not make two.");
        return app;
    }

    public static async Task<ExportResult> SessionCalendar(
        string slug, string sessionId, string? lang, HttpContext http, SnapshotCache snapshots, RenderedFiles files, TimeProvider clock, CancellationToken ct)
    {
        if (ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        return snapshot.FindSession(sessionId) is { Published: true } session
            ? await ExportAnswers.CalendarAsync(http, files, snapshot, [session], session.Title, $"{slug}-{sessionId}.ics", $"{snapshot.Version}", clock.GetUtcNow(), words)
            : Problems.SessionNotFound(slug, sessionId);
    }

    public static async Task<ExportResult> ScheduleXml(
        string slug, [AsParameters] SessionFilters filters, HttpContext http, SnapshotCache snapshots, MemberDirectoryCache members, RenderedFiles files,
        Changes.CancelledSessions cancellations, CancellationToken ct)
    {
        var selected = await SelectAsync(slug, filters, snapshots, members, ct);
        return selected.Selection is { } s
            ? await ExportAnswers.FrabXmlAsync(http, files, s.Frab(Links.For(http)) with { Cancelled = await cancellations.OfAsync(s.Snapshot, c => s.Query.Matches(c.AsSession(), s.Snapshot), ct) })
            : selected.Refusal!;
    }

    public static async Task<ExportResult> ScheduleJson(
        string slug, [AsParameters] SessionFilters filters, HttpContext http, SnapshotCache snapshots, MemberDirectoryCache members, RenderedFiles files,
        Changes.CancelledSessions cancellations, CancellationToken ct)
    {
        var selected = await SelectAsync(slug, filters, snapshots, members, ct);
        return selected.Selection is { } s
            ? await ExportAnswers.FrabJsonAsync(http, files, s.Frab(Links.For(http)) with { Cancelled = await cancellations.OfAsync(s.Snapshot, c => s.Query.Matches(c.AsSession(), s.Snapshot), ct) })
            : selected.Refusal!;
    }

    public static async Task<ExportResult> Calendar(
        string slug, [AsParameters] SessionFilters filters, string? lang, HttpContext http, SnapshotCache snapshots, MemberDirectoryCache members, RenderedFiles files,
        Changes.CancelledSessions cancellations, TimeProvider clock, CancellationToken ct)
    {
        if (ExportAnswers.Language(http, lang, out var refused) is not { } words)
        {
            return refused!;
        }

        var selected = await SelectAsync(slug, filters, snapshots, members, ct);
        if (selected.Selection is not { } s)
        {
            return selected.Refusal!;
        }

        var cancelled = await cancellations.OfAsync(s.Snapshot, c => s.Query.Matches(c.AsSession(), s.Snapshot), ct);
        return await ExportAnswers.CalendarAsync(http, files, s.Snapshot, s.Sessions, s.Title, $"{slug}.ics", $"{s.Snapshot.Version}|{s.Members.Fingerprint}", clock.GetUtcNow(),
            words, cancelled);
    }

    /// <summary>The sessions a query selects, and what to call them.</summary>
    private sealed record Selection(SummitSnapshot Snapshot, IReadOnlyList<Session> Sessions, string Title, MemberDirectory Members, SessionQuery Query)
    {
        public FrabExport Frab(Links links) => new(Snapshot, Sessions, $"{Snapshot.Version}.{Members.Fingerprint[..8]}", links.Base, Title);
    }

    /// <summary>The selection, or why there is none (a bad filter, no such summit).</summary>
    private sealed record Selected(Selection? Selection, ExportResult? Refusal);

    private static async Task<Selected> SelectAsync(string slug, SessionFilters filters, SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        var directory = await members.GetAsync(ct);
        var found = await snapshots.GetAsync(slug, ct);
        if (!filters.TryBuild(directory, found?.Zone, out var query, out var invalid))
        {
            return new Selected(null, invalid);
        }

        if (found is not { } snapshot)
        {
            return new Selected(null, Problems.SummitNotFound(slug));
        }

        var sessions = snapshot.Sessions.Where(s => query.Matches(s, snapshot)).ToList();
        return new Selected(new Selection(snapshot, sessions, Title(snapshot.Summit, filters, directory), directory, query), null);
    }

    /// <summary>"AT&amp;T at Sydney", "Sydney (2017-11-07, track Containers)": the member, then the summit as its source names it.</summary>
    private static string Title(SummitInfo summit, SessionFilters f, MemberDirectory members)
    {
        var who = f.Member is { } id && members.Find(id) is { } member ? $"{member.DisplayName} at {summit.Name}" : summit.Name;
        string?[] parts = [f.Day, f.Room is null ? null : $"room {f.Room}", f.Track is null ? null : $"track {f.Track}", f.Type,
            f.Speaker is null ? null : $"speaker {f.Speaker}", f.Company, f.Q is null ? null : $"\"{f.Q}\"", f.From is null && f.To is null ? null : "a time window"];
        var qualifiers = parts.OfType<string>().ToList();
        return qualifiers.Count == 0 ? who : $"{who} ({string.Join(", ", qualifiers)})";
    }
}
