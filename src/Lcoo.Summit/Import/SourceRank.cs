namespace Lcoo.Summit.Import;

/// <summary>
/// Which source is believed when two disagree: the summit's own structured data, then its event pages,
/// then hand-made member tables. A field only one source has is kept whatever its rank.
/// </summary>
public static class SourceRank
{
    public static int Of(string format) => format switch
    {
        "openstack-api" or "frab-json" or "frab-xml" => 3,
        "event-page" => 2,
        "member-table" => 1,
        _ => 0,
    };

    public static int Of(IEnumerable<string> formats) => formats.Select(Of).DefaultIfEmpty(0).Max();
}
