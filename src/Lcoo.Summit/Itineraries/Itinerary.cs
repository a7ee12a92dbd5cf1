using Lcoo.Summit.Members;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Itineraries;

public enum GlanceColumns
{
    /// <summary>One column per member company (a session given by two members shows in both).</summary>
    Members,

    /// <summary>One column per day: a person's own schedule, seen across the summit.</summary>
    Days,
}

/// <summary>What an itinerary PDF shows: a summit's sessions for a member, several members, or an attendee.</summary>
/// <param name="Clashes">Clashes among these sessions, marked beside them with a footnote saying with what.</param>
/// <param name="MemberNames">Display names by member id, for columns and the title page.</param>
/// <param name="Notes">What the schedule's owner wrote on it, printed under the title.</param>
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
    Paper Paper = Paper.A4,
    string? Notes = null,
    Words? Language = null)
{
    /// <summary>The language its headings, facts and clash notes are written in (data stays as the source wrote it).</summary>
    public Words Words => Language ?? Words.English;

    /// <summary>One member's sessions, or (with several ids) the working group's, with their member and speaker clashes.</summary>
    public static Itinerary ForMembers(SummitSnapshot snapshot, MemberDirectory members, IReadOnlyList<string> ids, DateTimeOffset now, Paper paper, Words? words = null)
    {
        var chosen = ids.ToHashSet(StringComparer.Ordinal);
        var names = members.Members.ToDictionary(m => m.Id, m => m.DisplayName);
        words ??= Words.English;
        var who = words.List(ids.Select(id => names[id]));
        var clashes = ClashDetector.Detect(snapshot, members, new ClashOptions(new HashSet<ClashKind> { ClashKind.Member, ClashKind.Speaker }, chosen, Words: words)).Clashes
            .Where(c => c.Members.Any(chosen.Contains)).ToList();
        return new Itinerary(snapshot,
            ids.Count == 1 ? words.Format("Pdf.MemberTitle", who, snapshot.Summit.Name) : words["Pdf.GroupTitle"],
            ids.Count == 1 ? words.Format("Pdf.MemberSubtitle", who) : words.Format("Pdf.GroupSubtitle", who),
            [.. snapshot.Sessions.Where(s => s.Published && s.Members.Any(chosen.Contains))], clashes,
            GlanceColumns.Members, ids, names, now, paper, Language: words);
    }

    /// <summary>An attendee's picks that are still published, with the clashes among them.</summary>
    public static Itinerary ForSchedule(SummitSnapshot snapshot, PersonalSchedule schedule, DateTimeOffset now, Paper paper, Words? words = null)
    {
        var sessions = schedule.Picks.Select(p => snapshot.FindSession(p.SessionId)).OfType<Session>().Where(s => s.Published).ToList();
        words ??= Words.English;
        return new Itinerary(snapshot, schedule.Name ?? words["Pdf.MySchedule"], words.Format("Pdf.PersonalSubtitle", snapshot.Summit.Name),
            sessions, ClashDetector.ForPicks(snapshot, sessions, schedule.Id, words), GlanceColumns.Days, [], new Dictionary<string, string>(), now, paper, schedule.Notes, words);
    }
}
