using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Itineraries;

/// <summary>
/// Itinerary PDFs, kept by what they were made from (summit version, members or schedule version, paper): the same data
/// gives the same file and ETag until it changes, however often it is fetched; a new one is rendered within the render budget.
/// </summary>
public sealed class ItineraryService(RenderedFiles files, TimeProvider clock)
{
    public Task<RenderedFile> ForMembersAsync(SummitSnapshot snapshot, MemberDirectory members, IReadOnlyList<string> ids, Paper paper, Words words, CancellationToken ct) =>
        files.GetAsync($"member|{snapshot.Summit.Slug}|{snapshot.Version}|{string.Join(",", ids)}|{paper}|{words.Language.Code}|{members.Fingerprint}", "the itinerary",
            token => ItineraryRenderer.Render(Itinerary.ForMembers(snapshot, members, ids, clock.GetUtcNow(), paper, words), token), ct);

    public Task<RenderedFile> ForScheduleAsync(SummitSnapshot snapshot, PersonalSchedule schedule, Paper paper, Words words, CancellationToken ct) =>
        files.GetAsync($"schedule|{schedule.Id}|{schedule.Version}|{snapshot.Version}|{paper}|{words.Language.Code}", "the itinerary",
            token => ItineraryRenderer.Render(Itinerary.ForSchedule(snapshot, schedule, clock.GetUtcNow(), paper, words), token), ct);

    /// <summary>The file, shown in the browser rather than downloaded (a link opens it), or 304 when the client already holds it.</summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult> Send(HttpContext http, RenderedFile file, string name)
    {
        if (ConditionalGet.IsNotModified(http, file.ETag))
        {
            return ConditionalGet.NotModified();
        }

        http.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = name }.ToString();
        return TypedResults.File(file.Content, "application/pdf");
    }
}
