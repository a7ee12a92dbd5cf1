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
        var text = new ClashText(snapshot, members, options.Words ?? Words.English);
        var clashes = new List<Clash>();

        if (options.Wants(ClashKind.Room))
        {
            clashes.AddRange(RoomBookings.DoubleBooked(sessions).Select(booked => new Clash(
                ClashKind.Room, ClashSeverity.Error, booked.Room, Ids(booked.Group), booked.Group.WindowStart, booked.Group.WindowEnd,
                [.. booked.Group.Items.SelectMany(s => s.Speakers.Select(p => p.SpeakerId)).Distinct()], [], text.Room(booked.Room, booked.Group))));
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
        return new ClashReport(clashes, () => LikelySamePeople.Find(snapshot, options.Words));
    }

    /// <summary>An attendee's picks that run at the same time: shown, never blocked.</summary>
    public static IReadOnlyList<Clash> ForPicks(SummitSnapshot snapshot, IEnumerable<Session> picked, string scheduleId, Words? words = null)
    {
        var text = new ClashText(snapshot, MemberDirectory.Empty, words ?? Words.English);
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

/// <summary>The sentences clashes are reported with, in one language: who or what, where, when, and what to do.</summary>
internal sealed class ClashText(SummitSnapshot snapshot, MemberDirectory members, Words words)
{
    public ClashWords Room(string room, OverlapGroup<Session> g) =>
        new(words.Format("Clash.Room", room, words.List(g.Items.Select(Named)), Window(g)), words["Clash.RoomAdvice"]);

    public ClashWords Speaker(string speakerId, OverlapGroup<Session> g) => g.Gap
        ? new(words.Format("Clash.SpeakerGap", Person(speakerId), Minutes(g), Window(g), words.List(g.Items.Select(Where))), words["Clash.SpeakerGapAdvice"])
        : new(words.Format("Clash.SpeakerTwice", Person(speakerId), words.List(g.Items.Select(Where)), Window(g)), words["Clash.SpeakerTwiceAdvice"]);

    public ClashWords Member(IReadOnlyList<string> involved, OverlapGroup<Session> g, IReadOnlySet<string> chosen)
    {
        var who = involved.Count == 1 ? MemberName(involved[0]) : words["Clash.WorkingGroup"];
        var parts = g.Items.Select(s => words.Format("Clash.MemberIn", words.List(s.Members.Where(chosen.Contains).Select(MemberName)), Where(s)));
        return g.Gap
            ? new(words.Format("Clash.MemberGap", who, Minutes(g), Window(g), words.List(parts)), words["Clash.MemberGapAdvice"])
            : new(words.Format("Clash.MemberPlaces", who, g.Items.Count, Window(g), words.List(parts)), words["Clash.MemberPlacesAdvice"]);
    }

    public ClashWords Picks(OverlapGroup<Session> g) =>
        new(words.Format("Clash.Picks", words.List(g.Items.Select(Where)), words.Count("Count.Duration", (int)Math.Round((g.WindowEnd - g.WindowStart).TotalMinutes, MidpointRounding.AwayFromZero)), Window(g)),
            words[g.Items.Count == 2 ? "Clash.PicksTwoAdvice" : "Clash.PicksManyAdvice"]);

    public ClashWords Duplicate(Session kept, Session repeat) =>
        new(words.Format("Clash.Duplicate", Named(kept), kept.Id, repeat.Id, Time(kept.Start)), words["Clash.DuplicateAdvice"]);

    /// <summary>A session as people know it, by its title: the clash's session ids are there for whoever needs them.</summary>
    private string Named(Session s) => words.Format("Clash.Quoted", s.Title);

    /// <summary>A session and its room: "'Title' in C3.2".</summary>
    private string Where(Session s) => s.Room is null ? Named(s) : words.Format("Clash.InRoom", Named(s), s.Room);

    private string Person(string id) =>
        snapshot.FindSpeaker(id) is { } p ? words.Person(p.Name, p.Company) : Speakers.Speaker.Unnamed(id);

    private string MemberName(string id) => members.Find(id)?.DisplayName ?? id;

    private string Window(OverlapGroup<Session> g) => g.WindowEnd > g.WindowStart
        ? $"{Time(g.WindowStart)}–{VenueTime.ToVenue(g.WindowEnd, snapshot.Zone).ToString("HH:mm", CultureInfo.InvariantCulture)}"
        : Time(g.WindowStart);

    private string Minutes(OverlapGroup<Session> g) => (g.WindowEnd - g.WindowStart).TotalMinutes switch
    {
        0 => words["Minutes.None"],
        var m => words.Count("Count.Minutes", (int)Math.Round(m, MidpointRounding.AwayFromZero)),
    };

    private string Time(DateTimeOffset t) => $"{words.Date("Format.ShortDay", VenueTime.ToVenue(t, snapshot.Zone))} {VenueTime.ToVenue(t, snapshot.Zone).ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
