using Lcoo.Summit.Summits;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;

namespace Lcoo.Summit.Members;

/// <summary>Tags each session with every member company whose people speak or moderate in it.</summary>
public static class SessionTagger
{
    public static Session Tag(Session session, IReadOnlyDictionary<string, Speaker> speakers, MemberDirectory members)
    {
        var tags = session.Speakers
            .Select(p => speakers.GetValueOrDefault(p.SpeakerId)?.Company)
            .Select(members.Resolve)
            .OfType<MemberCompany>()
            .Select(m => m.Id)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return tags.SequenceEqual(session.Members, StringComparer.Ordinal) ? session : session with { Members = tags };
    }

    /// <summary>The sessions whose tags differ from what they are stored with, retagged: what one bulk write must save.</summary>
    public static IReadOnlyList<Session> Retag(IEnumerable<Session> sessions, IReadOnlyDictionary<string, Speaker> speakers, MemberDirectory members) =>
        [.. sessions.Select(s => (Old: s, New: Tag(s, speakers, members))).Where(p => !ReferenceEquals(p.Old, p.New)).Select(p => p.New)];

    /// <summary>
    /// What an import writes, tagged: the sessions the merge upserts, and the stored sessions it leaves alone whose tags
    /// move because one of their speakers' companies changed.
    /// </summary>
    public static List<Session> ForImport(SummitSnapshot? stored, IReadOnlyList<Session> upserts, IReadOnlyCollection<string> removed,
        IReadOnlyList<Speaker> speakers, MemberDirectory members)
    {
        var people = new Dictionary<string, Speaker>(stored?.Speakers ?? new Dictionary<string, Speaker>(), StringComparer.Ordinal);
        foreach (var speaker in speakers)
        {
            people[speaker.Id] = speaker;
        }

        var written = upserts.Select(s => s.Id).Concat(removed).ToHashSet(StringComparer.Ordinal);
        var result = upserts.Select(s => Tag(s, people, members)).ToList();
        result.AddRange(Retag((stored?.Sessions ?? []).Where(s => !written.Contains(s.Id)), people, members));
        return result;
    }
}
