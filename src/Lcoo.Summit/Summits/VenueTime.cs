using System.Collections.Concurrent;

namespace Lcoo.Summit.Summits;

/// <summary>Conversions between UTC instants and a venue's wall clock, through its IANA zone (DST-safe).</summary>
public static class VenueTime
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

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
