using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>
/// The summit as an import leaves it. A source's description is taken field by field where the field is usable; an
/// empty name, days that are not a conference's, or no rooms never overwrite what the summit already has (the stored
/// field is kept and the report says so). A new summit needs usable days from its sources.
/// </summary>
internal static class SummitMetadata
{
    public const int MaxNameLength = 200;

    /// <returns>The summit to write, or null when a new summit's sources give it no usable days.</returns>
    public static SummitInfo? Resolve(string slug, SummitInfo? stored, SummitInfo described, string? zoneOverride, string where, List<ImportProblem> problems)
    {
        var name = described.Name.Trim();
        var usableName = name.Length is > 0 and <= MaxNameLength;
        var usableDays = HasConferenceDays(described);
        if (stored is null && !usableDays)
        {
            return null;
        }

        var kept = new List<string>();
        if (stored is not null && !usableName)
        {
            kept.Add(name.Length == 0 ? "its name (the source has none)" : $"its name (the source's is {name.Length} characters long)");
        }

        if (stored is not null && !usableDays)
        {
            kept.Add($"its days {stored.StartDate:yyyy-MM-dd} to {stored.EndDate:yyyy-MM-dd} (the source says {described.StartDate:yyyy-MM-dd} to {described.EndDate:yyyy-MM-dd})");
        }

        if (kept.Count > 0)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "summit-metadata", where,
                $"The source's description of the summit is not usable in part, so the summit kept {string.Join(" and ", kept)}."));
        }
        else if (stored is null && !usableName)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Info, "summit-metadata", where,
                $"The source names no summit; it is called '{slug}' until the summit is given a name."));
        }

        return new SummitInfo(
            slug,
            usableName ? name : stored?.Name ?? slug,
            zoneOverride ?? stored?.TimeZoneId ?? described.TimeZoneId,
            usableDays ? described.StartDate : stored!.StartDate,
            usableDays ? described.EndDate : stored!.EndDate,
            described.Venue ?? stored?.Venue,
            described.Rooms.Count > 0 ? described.Rooms : stored?.Rooms ?? [],
            described.SourceUrl ?? stored?.SourceUrl)
        {
            PeopleDecisions = stored?.PeopleDecisions ?? [],
            SourceSlug = described.Slug.Length > 0 ? described.Slug : stored?.SourceSlug,
            City = described.City ?? stored?.City,
        };
    }

    /// <summary>Days a conference could have: within the years a schedule holds, in order, at most <see cref="SourceLimits.Days"/> of them.</summary>
    public static bool HasConferenceDays(SummitInfo summit) =>
        summit.StartDate.Year >= SourceLimits.Earliest.Year && summit.EndDate.Year < SourceLimits.Latest.Year
        && summit.EndDate >= summit.StartDate && summit.EndDate.DayNumber - summit.StartDate.DayNumber < SourceLimits.Days;
}
