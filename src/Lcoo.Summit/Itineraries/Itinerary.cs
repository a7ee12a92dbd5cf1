using Lcoo.Summit.Clashes;
using Lcoo.Summit.Schedule;

namespace Lcoo.Summit.Itineraries;

public enum GlanceColumns
{
    /// <summary>One column per member company (a session given by two members shows in both).</summary>
    Members,

    /// <summary>One column per room (sessions not yet in a room share a "TBD" column).</summary>
    Rooms,
}

/// <summary>What an itinerary PDF shows: a summit's sessions for a member, several members, or an attendee.</summary>
/// <param name="Clashes">Clashes among these sessions, marked beside them with a footnote saying with what.</param>
/// <param name="MemberNames">Display names by member id, for columns and the title page.</param>
public sealed record Itinerary(
    SummitSnapshot Snapshot,
    string Title,
    string Subtitle,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Clash> Clashes,
    GlanceColumns Columns,
    IReadOnlyList<string> ColumnMembers,
    IReadOnlyDictionary<string, string> MemberNames,
    DateTimeOffset GeneratedAt,
    Paper Paper = Paper.A4);
