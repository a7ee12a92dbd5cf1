using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>What a merge decided: the sessions and speakers to write, and the parts of the report.</summary>
public sealed record MergeResult(
    IReadOnlyList<Session> Upserts,
    IReadOnlyList<string> Removed,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<SessionRef> Added,
    IReadOnlyList<SessionChange> Changed,
    int Unchanged,
    IReadOnlyList<SessionRef> RemovedSessions,
    IReadOnlyList<MergeConflict> Conflicts);

/// <summary>
/// Merges imported sources into what a summit already holds, keyed by the source event id: importing the
/// same input twice changes nothing; a field only one source has is kept; where sources disagree the
/// higher-ranked one wins and the disagreement is reported; a complete source (an API dump) removes the
/// sessions it alone had given and no longer lists.
/// </summary>
public static class ScheduleMerger
{
    public static MergeResult Merge(IReadOnlyList<Session> existing, IReadOnlyList<Speaker> existingSpeakers, IReadOnlyList<ImportedSchedule> sources,
        ScheduleParsers? parsers = null)
    {
        parsers ??= ScheduleParsers.Default;
        var before = existing.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var working = new Dictionary<string, Session>(before, StringComparer.Ordinal);
        var people = existingSpeakers.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var conflicts = new List<MergeConflict>();
        var removed = new List<string>();

        foreach (var source in sources.OrderByDescending(s => parsers.TraitsOf(s.Format).Rank))
        {
            foreach (var speaker in source.Speakers)
            {
                people[speaker.Id] = people.TryGetValue(speaker.Id, out var known) ? MergeSpeaker(known, speaker) : speaker;
            }

            foreach (var incoming in source.Sessions)
            {
                var tagged = incoming with { Sources = [source.Format] };
                working[incoming.Id] = working.TryGetValue(incoming.Id, out var current)
                    ? Combine(current, tagged, source.Format, parsers, people, conflicts)
                    : tagged;
            }

            if (parsers.TraitsOf(source.Format).IsWholeSchedule)
            {
                var listed = source.Sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var gone in working.Values.Where(s => s.Sources is [var only] && only == source.Format && !listed.Contains(s.Id)).ToList())
                {
                    working.Remove(gone.Id);
                    removed.Add(gone.Id);
                }
            }
        }

        var added = new List<SessionRef>();
        var changed = new List<SessionChange>();
        var upserts = new List<Session>();
        var unchanged = 0;
        foreach (var merged in working.Values.OrderBy(s => s, SummitSnapshot.StableOrder))
        {
            var session = merged;
            if (!before.TryGetValue(session.Id, out var old))
            {
                added.Add(new SessionRef(session.Id, session.Title));
                upserts.Add(session);
                continue;
            }

            var fields = SessionDiff.Compare(old, session);
            if (fields.Count > 0)
            {
                changed.Add(new SessionChange(session.Id, session.Title, fields));
                session = session with { Sequence = old.Sequence + 1 };
            }
            else
            {
                unchanged++;
            }

            if (fields.Count > 0 || !old.Sources.SequenceEqual(session.Sources))
            {
                upserts.Add(session);
            }
        }

        var referenced = working.Values.SelectMany(s => s.Speakers).Select(s => s.SpeakerId).ToHashSet(StringComparer.Ordinal);
        var speakers = people.Values.Where(p => referenced.Contains(p.Id) && (!existingSpeakers.Contains(p))).ToList();
        return new MergeResult(upserts, removed, speakers, added, changed, unchanged,
            [.. removed.Select(id => new SessionRef(id, before[id].Title))], conflicts);
    }

    private static Session Combine(Session current, Session incoming, string format, ScheduleParsers parsers, Dictionary<string, Speaker> people, List<MergeConflict> conflicts)
    {
        var incomingWins = parsers.TraitsOf(format).Rank >= parsers.RankOf(current.Sources);
        var currentFrom = current.Sources.Count == 0 ? "stored" : string.Join("+", current.Sources);

        T Pick<T>(string field, T old, T @new, Func<T, bool> isEmpty, Func<T, string?> show)
        {
            if (isEmpty(@new) || EqualityComparer<T>.Default.Equals(old, @new))
            {
                return old;
            }

            if (isEmpty(old))
            {
                return @new;
            }

            var fromOtherFormat = !current.Sources.Contains(format);
            if (fromOtherFormat)
            {
                conflicts.Add(incomingWins
                    ? new MergeConflict(current.Id, field, show(@new) ?? "", format, show(old) ?? "", currentFrom)
                    : new MergeConflict(current.Id, field, show(old) ?? "", currentFrom, show(@new) ?? "", format));
            }

            return incomingWins ? @new : old;
        }

        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
        static bool Never<T>(T _) => false;
        var startEnd = Pick("time", (current.Start, current.End), (incoming.Start, incoming.End), Never, t => $"{t.Start:u} – {t.End:u}");
        return current with
        {
            Title = Pick("title", current.Title, incoming.Title, t => Blank(t) || t == "(untitled)", t => t)!,
            Abstract = Pick("abstract", current.Abstract, incoming.Abstract, Blank, Shorten),
            Track = Pick("track", current.Track, incoming.Track, Blank, t => t),
            Type = Pick("type", current.Type, incoming.Type, Blank, t => t),
            Level = Pick("level", current.Level, incoming.Level, Blank, t => t),
            Room = Pick("room", current.Room, incoming.Room, Blank, t => t),
            Start = startEnd.Start,
            End = startEnd.End,
            SourceUrl = incomingWins && !Blank(incoming.SourceUrl) && current.Sources.Contains(format) ? incoming.SourceUrl : current.SourceUrl ?? incoming.SourceUrl,
            Published = incomingWins ? incoming.Published : current.Published,
            Speakers = UniteSpeakers(current.Speakers, incoming.Speakers, people),
            Tags = [.. current.Tags.Union(incoming.Tags, StringComparer.OrdinalIgnoreCase)],
            Sources = [.. current.Sources.Union([format], StringComparer.Ordinal)],
        };
    }

    /// <summary>Both sources' people, once each: a person a table names without an id is matched by name to one already there.</summary>
    private static List<SessionSpeaker> UniteSpeakers(IReadOnlyList<SessionSpeaker> current, IReadOnlyList<SessionSpeaker> incoming, Dictionary<string, Speaker> people)
    {
        var united = current.ToList();
        string? Folded(string id) => people.TryGetValue(id, out var p) ? PersonKey.Fold(p.Name) : null;
        foreach (var s in incoming)
        {
            var index = united.FindIndex(u => u.SpeakerId == s.SpeakerId
                || (Folded(u.SpeakerId) is { } a && a == Folded(s.SpeakerId) && (PersonKey.IsNameKey(u.SpeakerId) || PersonKey.IsNameKey(s.SpeakerId))));
            if (index < 0)
            {
                united.Add(s);
            }
            else if (PersonKey.IsNameKey(united[index].SpeakerId) && !PersonKey.IsNameKey(s.SpeakerId))
            {
                united[index] = s;
            }
            else if (s.Role == SpeakerRole.Moderator)
            {
                // Dumps leave the moderator unset (id 0) more often than pages mislabel one.
                united[index] = united[index] with { Role = SpeakerRole.Moderator };
            }
        }

        // A person first known by name only, now named under a real id too, is one person.
        var named = united.Where(u => !PersonKey.IsNameKey(u.SpeakerId)).Select(u => Folded(u.SpeakerId)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        united.RemoveAll(u => PersonKey.IsNameKey(u.SpeakerId) && Folded(u.SpeakerId) is { } f && named.Contains(f));
        return united;
    }

    /// <summary>The same person from two sources: each field the newer lacks is kept from the older.</summary>
    private static Speaker MergeSpeaker(Speaker known, Speaker incoming) => new(
        known.Id,
        incoming.IsUnnamed ? known.Name : incoming.Name,
        incoming.Company ?? known.Company,
        incoming.JobTitle ?? known.JobTitle);

    private static string? Shorten(string? text) => text is null || text.Length <= 80 ? text : text[..77] + "...";
}
