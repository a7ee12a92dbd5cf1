using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Calendar;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using ExportResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult, Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Lcoo.Summit.Api.Exports;

/// <summary>
/// The export formats as answers: frab XML and JSON, iCalendar; each rendered once per thing it shows (see
/// <see cref="RenderedFiles"/>), with an ETag known before the work and 304 when nothing changed.
/// </summary>
public static class ExportAnswers
{
    public const string Xml = "application/xml; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string ICalendar = "text/calendar; charset=utf-8";

    public static Task<ExportResult> FrabXmlAsync(HttpContext http, RenderedFiles files, FrabExport export) =>
        SendAsync(http, files, Origin("xml", export), "schedule.xml", ct => FrabXmlWriter.Write(export, ct), Xml, fileName: null);

    public static Task<ExportResult> FrabJsonAsync(HttpContext http, RenderedFiles files, FrabExport export) =>
        SendAsync(http, files, Origin("json", export), "schedule.json", ct => FrabJsonWriter.Write(export, ct), Json, fileName: null);

    /// <summary>The words of a calendar asked for with <paramref name="lang"/> (else the request's language): said in Content-Language; an unknown code is refused.</summary>
    public static Words? Language(HttpContext http, string? lang, out Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? refused)
    {
        refused = null;
        if (!RequestLanguage.TryRead(http, lang, out var language, out var wrong))
        {
            refused = Errors.Problems.Invalid("lang", wrong!);
            return null;
        }

        RequestLanguage.Say(http.Response, language, fromHeaders: lang is null);
        return new Words(language);
    }

    /// <param name="version">The versions the sessions are read at (the summit's, and a schedule's or the members' where they matter).</param>
    /// <param name="cancelled">Sessions this calendar had that were cancelled since: kept, as cancelled events.</param>
    /// <param name="words">The language of what the calendar itself says: the speakers line, a cancellation.</param>
    public static Task<ExportResult> CalendarAsync(HttpContext http, RenderedFiles files, SummitSnapshot snapshot, IReadOnlyList<Session> sessions,
        string name, string fileName, string version, DateTimeOffset now, Words words, IReadOnlyList<Lcoo.Summit.Changes.CancelledSession>? cancelled = null) =>
        SendAsync(http, files, $"ics|{words.Language.Code}|{snapshot.Summit.Slug}|{version}|{name}|{RenderedFiles.Selection(sessions)}|{string.Join(',', (cancelled ?? []).Select(c => c.Id))}",
            "the calendar", ct => System.Text.Encoding.UTF8.GetBytes(ICalendarWriter.Write(snapshot, sessions, name, now, ct, cancelled, words)), ICalendar, fileName);

    private static string Origin(string kind, FrabExport export) =>
        $"{kind}|{export.Snapshot.Summit.Slug}|{export.Version}|{export.BaseUrl}|{export.Title}|{RenderedFiles.Selection(export.Sessions)}|{string.Join(',', export.Cancelled.Select(c => c.Id))}";

    private static async Task<ExportResult> SendAsync(
        HttpContext http, RenderedFiles files, string madeFrom, string what, Func<CancellationToken, byte[]> render, string type, string? fileName)
    {
        if (ConditionalGet.IsNotModified(http, RenderedFiles.ETagOf(madeFrom)))
        {
            return ConditionalGet.NotModified();
        }

        var file = await files.GetAsync(madeFrom, what, render, http.RequestAborted);
        return TypedResults.File(file.Content, type, fileName);
    }
}
