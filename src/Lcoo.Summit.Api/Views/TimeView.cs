using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Views;

/// <param name="Utc">The instant, in UTC.</param>
/// <param name="Local">The venue's wall-clock time with its offset then (DST-aware).</param>
public sealed record TimeView(DateTimeOffset Utc, DateTimeOffset Local)
{
    public static TimeView From(DateTimeOffset instant, TimeZoneInfo zone) =>
        new(instant.ToUniversalTime(), VenueTime.ToVenue(instant, zone));
}
