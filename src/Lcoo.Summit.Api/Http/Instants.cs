using System.Globalization;
using Lcoo.Summit.Imports;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Instants in query strings: ISO 8601 with an explicit offset or Z, never a bare local time, and within the years a
/// schedule can hold (9999-12-31 plus a window would overflow the calendar).
/// </summary>
public static class Instants
{
    public static bool TryParse(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant) && HasOffset(text) && SourceLimits.IsPlausible(instant);

    public static string Expected =>
        $"an instant with an offset between {SourceLimits.Earliest.Year} and {SourceLimits.Latest.Year}, like 2017-11-07T11:40:00+11:00 or 2017-11-07T00:40:00Z";

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
