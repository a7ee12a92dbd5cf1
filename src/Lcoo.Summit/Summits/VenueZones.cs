using Lcoo.Summit.Text;

namespace Lcoo.Summit.Summits;

/// <summary>
/// The zones conference cities keep, and whether a zone keeps the same clock as another: a label is right when its
/// offsets are the venue's, whatever city it is named after (Boston keeps New York's clock).
/// </summary>
public static class VenueZones
{
    private static readonly Dictionary<string, string> ByCity = new(StringComparer.Ordinal)
    {
        ["amsterdam"] = "Europe/Amsterdam", ["atlanta"] = "America/New_York", ["austin"] = "America/Chicago",
        ["bangalore"] = "Asia/Kolkata", ["bengaluru"] = "Asia/Kolkata", ["barcelona"] = "Europe/Madrid", ["beijing"] = "Asia/Shanghai",
        ["berlin"] = "Europe/Berlin", ["boston"] = "America/New_York", ["brussels"] = "Europe/Brussels", ["chicago"] = "America/Chicago",
        ["denver"] = "America/Denver", ["hamburg"] = "Europe/Berlin", ["hong kong"] = "Asia/Hong_Kong", ["leipzig"] = "Europe/Berlin",
        ["london"] = "Europe/London", ["los angeles"] = "America/Los_Angeles", ["madrid"] = "Europe/Madrid", ["melbourne"] = "Australia/Melbourne",
        ["milan"] = "Europe/Rome", ["montreal"] = "America/Toronto", ["mumbai"] = "Asia/Kolkata", ["new york"] = "America/New_York",
        ["paris"] = "Europe/Paris", ["portland"] = "America/Los_Angeles", ["san diego"] = "America/Los_Angeles",
        ["san francisco"] = "America/Los_Angeles", ["san jose"] = "America/Los_Angeles", ["santa clara"] = "America/Los_Angeles",
        ["seattle"] = "America/Los_Angeles", ["seoul"] = "Asia/Seoul", ["shanghai"] = "Asia/Shanghai", ["singapore"] = "Asia/Singapore",
        ["sydney"] = "Australia/Sydney", ["tokyo"] = "Asia/Tokyo", ["toronto"] = "America/Toronto", ["vancouver"] = "America/Vancouver",
    };

    /// <summary>The zone a city's venues keep, when it is one we know.</summary>
    public static TimeZoneInfo? ForCity(string? city) =>
        city is not null && ByCity.TryGetValue(SearchText.Fold(city).Trim(), out var id) && VenueTime.TryFindZone(id, out var zone) ? zone : null;

    /// <summary>
    /// Whether two zones show the same time at every hour from a year before <paramref name="around"/> to a year after:
    /// the same offsets and the same changes, so every local time of the summit reads the same in either.
    /// </summary>
    public static bool KeepTheSameClock(TimeZoneInfo a, TimeZoneInfo b, DateTimeOffset around)
    {
        if (a.Id == b.Id)
        {
            return true;
        }

        for (var t = around.AddYears(-1); t < around.AddYears(1); t = t.AddHours(1))
        {
            if (a.GetUtcOffset(t) != b.GetUtcOffset(t))
            {
                return false;
            }
        }

        return true;
    }
}
