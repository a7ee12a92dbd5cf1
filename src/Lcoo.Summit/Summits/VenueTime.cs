using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Lcoo.Summit.Summits;

/// <summary>Conversions between UTC instants and a venue's wall clock, through its IANA zone (DST-safe).</summary>
public static class VenueTime
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    private static readonly FrozenSet<string> IanaIds = NodaTime.DateTimeZoneProviders.Tzdb.Ids.ToFrozenSet(StringComparer.Ordinal);

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        if (Zones.TryGetValue(id, out var cached))
        {
            zone = cached;
            return true;
        }

        // Only names of the IANA database as it spells them: the system also resolves "Factory", "localtime", Windows names
        // and any casing, which calendar apps (and Ical.Net) do not know.
        if (!IanaIds.Contains(id))
        {
            return false;
        }

        try
        {
            zone = Zones.GetOrAdd(id, TimeZoneInfo.FindSystemTimeZoneById);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The IANA name meant by a name not spelled as the database does (<c>europe/berlin</c>, <c>W. Europe Standard Time</c>), if any.</summary>
    public static string? IanaNameLike(string id) =>
        IanaIds.FirstOrDefault(z => string.Equals(z, id, StringComparison.OrdinalIgnoreCase))
        ?? (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana) && IanaIds.Contains(iana) ? iana : null);

    /// <summary>"'x' is not an IANA time zone such as Australia/Sydney", with the name meant when there is one.</summary>
    public static string NotAZone(string id) =>
        $"'{id}' is not an IANA time zone such as Australia/Sydney." + (IanaNameLike(id) is { } meant ? $" Did you mean {meant}?" : "");

    public static TimeZoneInfo FindZone(string id) =>
        TryFindZone(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"'{id}' is not a known IANA time zone.");

    public static DateTimeOffset ToVenue(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>
    /// The instant a venue's wall clock shows <paramref name="local"/>. In a DST gap the clock
    /// jumps, so the time is moved forward by the gap; in an overlap the earlier (daylight) one is taken.
    /// </summary>
    public static DateTimeOffset FromVenue(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateOnly VenueDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ToVenue(instant, zone).DateTime);

    /// <summary>The instants a venue-local day begins and ends (23 or 25 hours long across DST).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayBounds(DateOnly day, TimeZoneInfo zone) =>
        (FromVenue(day.ToDateTime(TimeOnly.MinValue), zone),
         FromVenue(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
}
