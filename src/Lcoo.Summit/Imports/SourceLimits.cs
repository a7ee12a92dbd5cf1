using System.Globalization;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>
/// How big and how deep a schedule source may be. The largest real summit (Barcelona 2016) has 904 sessions,
/// 809 speakers and a few dozen rooms over four days; the limits are far above that and far below what would
/// let one file hold the service's memory or stack. Past a limit the whole source is refused with a reason.
/// </summary>
public static class SourceLimits
{
    public const int Days = 60;
    public const int Rooms = 2_000;
    public const int Sessions = 20_000;
    public const int People = 50_000;

    /// <summary>Element nesting in XML; a frab schedule.xml nests about 7 deep.</summary>
    public const int XmlDepth = 64;

    /// <summary>Element nesting in HTML (HtmlAgilityPack's own walks recurse once per level).</summary>
    public const int HtmlDepth = 512;

    /// <summary>Instants a schedule can sensibly hold: anything outside is a typo or an attack, not a session.</summary>
    public static readonly DateTimeOffset Earliest = new(1970, 1, 2, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(2999, 12, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Refuses a source that lists more of something than any summit has.</summary>
    public static void Count(int count, int limit, string what)
    {
        if (count > limit)
        {
            throw new ScheduleFormatException(
                $"The source lists {count.ToString("N0", CultureInfo.InvariantCulture)} {what}; a summit schedule has at most " +
                $"{limit.ToString("N0", CultureInfo.InvariantCulture)}, so the source was not imported.");
        }
    }

    public static bool IsPlausible(DateTimeOffset instant) => instant >= Earliest && instant <= Latest;

    /// <summary>Unix seconds as an instant, when they name one a schedule can hold.</summary>
    public static bool TryFromUnixSeconds(long seconds, out DateTimeOffset instant)
    {
        instant = default;
        if (seconds < Earliest.ToUnixTimeSeconds() || seconds > Latest.ToUnixTimeSeconds())
        {
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>
    /// Sources without a year (event pages, member tables) are placed on the summit's calendar; a summit whose
    /// days are not a plausible conference cannot place them.
    /// </summary>
    public static void EnsurePlausibleDays(SummitInfo summit)
    {
        if (!SummitMetadata.HasConferenceDays(summit))
        {
            throw new ScheduleFormatException(
                $"The summit's days ({summit.StartDate:yyyy-MM-dd} to {summit.EndDate:yyyy-MM-dd}) are not a conference's, so year-less dates cannot be placed on them. " +
                "Correct the summit's days and import again.");
        }
    }
}
