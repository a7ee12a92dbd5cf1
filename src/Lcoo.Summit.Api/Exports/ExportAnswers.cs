using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Calendar;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;
using ExportResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult, Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Lcoo.Summit.Api.Exports;

/// <summary>The export formats as answers: frab XML and JSON, iCalendar; each with an ETag and 304 when nothing changed.</summary>
public static class ExportAnswers
{
    public const string Xml = "application/xml; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string ICalendar = "text/calendar; charset=utf-8";

    public static ExportResult FrabXml(HttpContext http, FrabExport export) =>
        Send(http, FrabXmlWriter.Write(export), Xml, fileName: null);

    public static ExportResult FrabJson(HttpContext http, FrabExport export) =>
        Send(http, FrabJsonWriter.Write(export), Json, fileName: null);

    /// <param name="madeFrom">What the calendar is computed from (versions, the query): its ETag, since each answer stamps the time it was made.</param>
    public static ExportResult Calendar(
        HttpContext http, SummitSnapshot snapshot, IEnumerable<Session> sessions, string name, string fileName, string madeFrom, DateTimeOffset now)
    {
        var etag = ConditionalGet.ETagOf(madeFrom);
        return ConditionalGet.IsNotModified(http, etag)
            ? ConditionalGet.NotModified()
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ICalendarWriter.Write(snapshot, sessions, name, now)), ICalendar, fileName);
    }

    private static ExportResult Send(HttpContext http, byte[] content, string type, string? fileName) =>
        ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(content))
            ? ConditionalGet.NotModified()
            : TypedResults.File(content, type, fileName);
}
