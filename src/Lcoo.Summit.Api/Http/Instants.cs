using System.Globalization;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Instants in query strings: ISO 8601 with an offset or Z, or, where the summit is known, a wall-clock time at its venue
/// (<c>2017-11-07T11:40:00</c>: what people and generated clients such as NSwag's write); within the years a schedule
/// can hold (9999-12-31 plus a window would overflow the calendar).
/// </summary>
public static class Instants
{
    /// <summary>
    /// What the contract says such a time looks like. Not <c>format: date-time</c>: RFC 3339 requires the offset, so a
    /// validating proxy refuses the wall-clock form the service accepts (and NSwag's clients send).
    /// </summary>
    public const string Pattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([Zz]|[+-]\d{2}:\d{2})?$";

    public static bool TryParse(string text, out DateTimeOffset instant) => TryParse(text, null, out instant);

    /// <param name="venue">The zone a time without an offset is read in; without one, such a time is refused.</param>
    public static bool TryParse(string text, TimeZoneInfo? venue, out DateTimeOffset instant)
    {
        if (HasOffset(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant) && SourceLimits.IsPlausible(instant);
        }

        instant = default;
        if (venue is null || !text.Contains('T', StringComparison.Ordinal)
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Kind != DateTimeKind.Unspecified)
        {
            return false;
        }

        instant = VenueTime.FromVenue(local, venue);
        return SourceLimits.IsPlausible(instant);
    }

    public static string Expected =>
        $"an instant between {SourceLimits.Earliest.Year} and {SourceLimits.Latest.Year}, like 2017-11-07T11:40:00+11:00, 2017-11-07T00:40:00Z, " +
        "or the venue's wall-clock time 2017-11-07T11:40:00";

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
