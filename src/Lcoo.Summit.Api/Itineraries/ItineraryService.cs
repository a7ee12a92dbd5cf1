using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;

namespace Lcoo.Summit.Api.Itineraries;

/// <summary>A rendered PDF and the tag of what it was made from.</summary>
public sealed record PdfFile(byte[] Content, string ETag);

/// <summary>
/// Itinerary PDFs, kept by what they were made from (summit version, members or schedule version, paper) in a memory
/// cache bounded by their bytes: the same data gives the same file and ETag until it changes, however often it is fetched.
/// </summary>
public sealed class ItineraryService(TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    public PdfFile ForMembers(SummitSnapshot snapshot, MemberDirectory members, IReadOnlyList<string> ids, Paper paper) =>
        Render($"member|{snapshot.Summit.Slug}|{snapshot.Version}|{string.Join(",", ids)}|{paper}|{members.Fingerprint}",
            () => Itinerary.ForMembers(snapshot, members, ids, clock.GetUtcNow(), paper));

    public PdfFile ForSchedule(SummitSnapshot snapshot, PersonalSchedule schedule, Paper paper) =>
        Render($"schedule|{schedule.Id}|{schedule.Version}|{snapshot.Version}|{paper}",
            () => Itinerary.ForSchedule(snapshot, schedule, clock.GetUtcNow(), paper));

    /// <summary>The file, shown in the browser rather than downloaded (a link opens it), or 304 when the client already holds it.</summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult> Send(HttpContext http, PdfFile file, string name)
    {
        if (ConditionalGet.IsNotModified(http, file.ETag))
        {
            return ConditionalGet.NotModified();
        }

        http.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = name }.ToString();
        return TypedResults.File(file.Content, "application/pdf");
    }

    private PdfFile Render(string key, Func<Itinerary> itinerary) =>
        _rendered.GetOrCreate(key, entry =>
        {
            var pdf = ItineraryRenderer.Render(itinerary());
            entry.Size = pdf.Length;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return new PdfFile(pdf, ConditionalGet.ETagOf(key));
        })!;

    public void Dispose() => _rendered.Dispose();
}
