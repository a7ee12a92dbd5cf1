using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Sources;

/// <summary>The body of <c>PUT /summits/{slug}/source</c>.</summary>
/// <param name="Url">The schedule to follow: an OpenStack summit API URL, a frab/pretalx <c>schedule.xml</c> or <c>schedule.json</c>, or an event page.</param>
/// <param name="Format">The parser to read it with (<c>openstack-api</c>, <c>frab-xml</c>, <c>frab-json</c>…); omitted, it is detected from the content each time.</param>
/// <param name="TimeZone">The venue's IANA zone, over the source's own labels (as an import's <c>timeZone=</c>).</param>
/// <param name="IntervalSeconds">How often to poll: at least <c>Sources:MinIntervalSeconds</c> (60 unless set), at most a day; 300 when omitted.</param>
public sealed record SourceRequest(
    [Required(ErrorMessage = "The url of the schedule to follow is required."), StringLength(2048, ErrorMessage = "A URL of at most 2048 characters."), PlainText] string? Url,
    [StringLength(40), PlainText] string? Format = null,
    [StringLength(64), PlainText] string? TimeZone = null,
    int? IntervalSeconds = null);
