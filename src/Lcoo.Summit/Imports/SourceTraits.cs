namespace Lcoo.Summit.Imports;

/// <summary>What a source format is: how far it is believed against another, and what it carries.</summary>
/// <param name="Rank">Where two sources disagree on a field the higher rank wins: the summit's own structured data, then its event pages, then hand-made member tables. A field only one source has is kept whatever its rank.</param>
/// <param name="CarriesSummit">The source names its summit, zone and days (a dump, a frab schedule). Sources without them need an existing summit to place their year-less dates on.</param>
/// <param name="IsWholeSchedule">The source lists the whole schedule, so a session it alone gave and no longer lists was removed. Partial sources only add and update.</param>
public sealed record SourceTraits(int Rank, bool CarriesSummit, bool IsWholeSchedule)
{
    public static readonly SourceTraits SummitData = new(3, CarriesSummit: true, IsWholeSchedule: true);

    public static readonly SourceTraits EventPage = new(2, CarriesSummit: false, IsWholeSchedule: false);

    public static readonly SourceTraits MemberTable = new(1, CarriesSummit: false, IsWholeSchedule: false);

    /// <summary>A format this service no longer reads, named by sessions stored long ago: believed least.</summary>
    public static readonly SourceTraits Unknown = new(0, CarriesSummit: false, IsWholeSchedule: false);
}
