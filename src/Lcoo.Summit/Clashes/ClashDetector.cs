using System.Globalization;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Clashes;

/// <summary>Clashes and likely-duplicate people of one summit; the people are compared only if someone asks.</summary>
public sealed class ClashReport(IReadOnlyList<Clash> clashes, Func<IReadOnlyList<LikelySamePerson>> likelySamePeople)
{
    private readonly Lazy<IReadOnlyList<LikelySamePerson>> _likelySamePeople = new(likelySamePeople);

    public IReadOnlyList<Clash> Clashes => clashes;

    public IReadOnlyList<LikelySamePerson> LikelySamePeople => _likelySamePeople.Value;
}

/// <summary>
/// Room double-bookings (error), people due in two places (warning), and member companies in several
/// places at once (info: who covers which), each found by <see cref="ClashSweep"/> over the sessions that
/// share the room, the person, or the chosen members. The same event listed twice is a duplicate, not a clash.
/// </summary>
public static class ClashDetector
{
    public static ClashReport Detect(SummitSnapshot snapshot, MemberDirectory members, ClashOptions options)
    {
        var (sessions, duplicates) = SplitDuplicates(snapshot.Sessions);
        var text = new ClashText(snapshot, members);
        var clashes = new List<Clash>();

        if (options.Wants(ClashKind.Room))
        {
            foreach (var room in sessions.Where(s => s.Room is not null).GroupBy(s => s.Room!, StringComparer.OrdinalIgnoreCase))
            {
                clashes.AddRange(ClashSweep.Groups(room, s => s.Start, s => s.End).Select(g => new Clash(
                    ClashKind.Room, ClashSeverity.Error, room.Key, Ids(g), g.WindowStart, g.WindowEnd,
                    [.. g.Items.SelectMany(s => s.Speakers.Select(p => p.SpeakerId)).Distinct()], [], text.Room(room.Key, g))));
            }
        }

        if (options.Wants(ClashKind.Speaker))
        {
            // One person under two records (declared the same in the console) is one person here.
            var byPerson = sessions.SelectMany(s => s.Speakers.Select(p => (Person: snapshot.PersonOf(p.SpeakerId), Session: s))).GroupBy(x => x.Person);
            foreach (var person in byPerson.Where(g => g.Count() > 1))
            {
                clashes.AddRange(Sweep([.. person.Select(x => x.Session).Distinct()], options.TravelBuffer).Select(g => new Clash(
                    ClashKind.Speaker, ClashSeverity.Warning, person.Key, Ids(g), g.WindowStart, g.WindowEnd,
                    [person.Key], [.. MembersOf(g)], text.Speaker(person.Key, g)) { Gap = g.Gap }));
            }
        }

        if (options.Wants(ClashKind.Member))
        {
            var chosen = options.Members ?? members.Members.Select(m => m.Id).ToHashSet();
            var memberSessions = sessions.Where(s => s.Members.Any(chosen.Contains)).ToList();
            clashes.AddRange(Sweep(memberSessions, options.TravelBuffer).Select(g =>
            {
                var involved = MembersOf(g).Where(chosen.Contains).ToList();
                return new Clash(ClashKind.Member, ClashSeverity.Info, string.Join(",", involved), Ids(g), g.WindowStart, g.WindowEnd,
                    [.. g.Items.SelectMany(s => s.Speakers.Select(p => p.SpeakerId)).Distinct()], involved, text.Member(involved, g, chosen)) { Gap = g.Gap };
            }));
        }

        if (options.Wants(ClashKind.Duplicate))
        {
            clashes.AddRange(duplicates.Select(d => new Clash(ClashKind.Duplicate, ClashSeverity.Info, d.Kept.Id, [d.Kept.Id, d.Repeat.Id],
                d.Kept.Start, d.Kept.End, [], [.. d.Kept.Members], text.Duplicate(d.Kept, d.Repeat))));
        }

        clashes.Sort(static (a, b) => a.WindowStart != b.WindowStart ? a.WindowStart.CompareTo(b.WindowStart)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Key, b.Key));
        return new ClashReport(clashes, () => LikelySamePeople.Find(snapshot));
    }

    /// <summary>An attendee's picks that run at the same time: shown, never blocked.</summary>
    public static IReadOnlyList<Clash> ForPicks(SummitSnapshot snapshot, IEnumerable<Session> picked, string scheduleId)
    {
        var text = new ClashText(snapshot, MemberDirectory.Empty);
        return [.. ClashSweep.Groups(picked.ToList(), s => s.Start, s => s.End).Select(g => new Clash(
            ClashKind.Attendee, ClashSeverity.Warning, scheduleId, Ids(g), g.WindowStart, g.WindowEnd, [], [], text.Picks(g)))];
    }

    /// <summary>
    /// With a travel buffer, sessions in different rooms clash when the gap between them is shorter than it;
    /// the buffer never makes back-to-back sessions in one room clash.
    /// </summary>
    private static IEnumerable<OverlapGroup<Session>> Sweep(List<Session> sessions, TimeSpan buffer)
    {
        if (buffer <= TimeSpan.Zero)
        {
            return ClashSweep.Groups(sessions, s => s.Start, s => s.End);
        }

        return ClashSweep.Groups(sessions, s => s.Start, s => s.End + buffer)
            .Where(g => g.Items.Any(a => g.Items.Any(b => !ReferenceEquals(a, b) && (a.Overlaps(b) || !SameRoom(a, b)))))
            .Select(g => g.Items.Min(s => s.End) is var firstEnd && firstEnd > g.WindowStart
                ? g with { WindowEnd = firstEnd }
                // They do not overlap: what clashes is the time between the first to end and the last to start.
                : g with { WindowStart = firstEnd, WindowEnd = g.WindowStart, Gap = true });
    }

    private static bool SameRoom(Session a, Session b) =>
        a.Room is not null && string.Equals(a.Room, b.Room, StringComparison.OrdinalIgnoreCase);

    private static List<string> Ids(OverlapGroup<Session> g) => [.. g.Items.Select(s => s.Id)];

    private static IEnumerable<string> MembersOf(OverlapGroup<Session> g) => g.Items.SelectMany(s => s.Members).Distinct().Order(StringComparer.Ordinal);

    private sealed record DuplicatePair(Session Kept, Session Repeat);

    /// <summary>Sessions with one title, start, end and room under two ids are one event listed twice.</summary>
    private static (List<Session> Unique, List<DuplicatePair> Duplicates) SplitDuplicates(IReadOnlyList<Session> sessions)
    {
        var seen = new Dictionary<(string, DateTimeOffset, DateTimeOffset, string), Session>();
        var unique = new List<Session>(sessions.Count);
        var duplicates = new List<DuplicatePair>();
        foreach (var s in sessions)
        {
            var key = (SearchText.Fold(s.Title).Trim(), s.Start, s.End, s.Room?.ToUpperInvariant() ?? "");
            if (seen.TryGetValue(key, out var first))
            {
                duplicates.Add(new DuplicatePair(first, s));
            }
            else
            {
                seen[key] = s;
                unique.Add(s);
            }
        }

        return (unique, duplicates);
    }
}

/// <summary>The sentences clashes are reported with: who or what, where, when, and what to do.</summary>
internal sealed class ClashText(SummitSnapshot snapshot, MemberDirectory members)
{
    public ClashWords Room(string room, OverlapGroup<Session> g) =>
        new($"{room} is booked for {List(g.Items.Select(Named))} at once, {Window(g)}.", "Move one of them to another room or time.");

    public ClashWords Speaker(string speakerId, OverlapGroup<Session> g) => g.Gap
        ? new($"{Person(speakerId)} has {Minutes(g)} between rooms, {Window(g)}: {List(g.Items.Select(s => $"{Named(s)}{At(s)}"))}.",
            "Ask whether they can make it, or move one of them.")
        : new($"{Person(speakerId)} is due in {List(g.Items.Select(s => $"{Named(s)}{At(s)}"))} at once, {Window(g)}.",
            "Ask which they will give, and find someone to cover the other or move it.");

    public ClashWords Member(IReadOnlyList<string> involved, OverlapGroup<Session> g, IReadOnlySet<string> chosen)
    {
        var who = involved.Count == 1 ? MemberName(involved[0]) : "The working group";
        var parts = g.Items.Select(s => $"{string.Join(" and ", s.Members.Where(chosen.Contains).Select(MemberName))} in {Named(s)}{At(s)}");
        return g.Gap
            ? new($"{who} has {Minutes(g)} between rooms, {Window(g)}: {List(parts)}.", "Decide who covers which, or who hurries.")
            : new($"{who} is in {g.Items.Count} places at once, {Window(g)}: {List(parts)}.", "Decide who covers which.");
    }

    public ClashWords Picks(OverlapGroup<Session> g) =>
        new($"You picked {List(g.Items.Select(s => $"{Named(s)}{At(s)}"))}, which run at the same time, {Window(g)}.",
            g.Items.Count == 2
                ? "Keep both if you mean to move between them; otherwise drop one."
                : "Keep them if you mean to move between them; otherwise drop all but one.");

    public ClashWords Duplicate(Session kept, Session repeat) =>
        new($"{Named(kept)} is listed twice, as {kept.Id} and {repeat.Id} ({Time(kept.Start)}); it is counted once.", "Remove one listing at the source.");

    /// <summary>A session as people know it, by its title: the clash's session ids are there for whoever needs them.</summary>
    private static string Named(Session s) => $"'{s.Title}'";

    private static string At(Session s) => s.Room is null ? "" : $" in {s.Room}";

    private string Person(string id) =>
        snapshot.FindSpeaker(id) is { } p ? p.Company is null ? p.Name : $"{p.Name} ({p.Company})" : Speakers.Speaker.Unnamed(id);

    private string MemberName(string id) => members.Find(id)?.DisplayName ?? id;

    private string Window(OverlapGroup<Session> g) => g.WindowEnd > g.WindowStart
        ? $"{Time(g.WindowStart)}–{VenueTime.ToVenue(g.WindowEnd, snapshot.Zone).ToString("HH:mm", CultureInfo.InvariantCulture)}"
        : Time(g.WindowStart);

    private static string Minutes(OverlapGroup<Session> g) => (g.WindowEnd - g.WindowStart).TotalMinutes switch
    {
        0 => "no time",
        1 => "only 1 minute",
        var m => $"only {m:0} minutes",
    };

    private string Time(DateTimeOffset t) => VenueTime.ToVenue(t, snapshot.Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> parts)
    {
        var all = parts.ToList();
        return all.Count <= 2 ? string.Join(" and ", all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }
}
