using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Coverage;

/// <summary>
/// Assigns delegates to member sessions so that every session gets its minimum where the people allow, nobody is in two
/// places at once, and the load is spread.
/// <para>
/// Sessions that overlap (with the travel buffer) form groups; groups are independent, since a delegate between them is
/// free. Within a group, delegates with the same eligibility (the same sessions they may attend, given their own talks
/// and company) are interchangeable, so the search is over how many of each kind attend each session, under the rule
/// that at no instant are more of a kind busy than there are. For interval schedules that rule is also enough: any counts
/// it allows can be given to named people by filling sessions in start order (an interval graph needs no more colours
/// than its largest clique). The search is exhaustive with a bound (what is covered so far plus what is still wanted),
/// so a group's plan is the best possible; a group too large to search within the budget keeps the best found and the
/// plan says it is not proven.
/// </para>
/// </summary>
public static class CoveragePlanner
{
    /// <summary>Search nodes per overlap group before the best plan found is kept unproven.</summary>
    public const int NodeBudget = 200_000;

    /// <summary>The summit's speakers from these members, one per person (records declared the same are one).</summary>
    public static IReadOnlyList<SummitDelegate> SpeakersOf(SummitSnapshot snapshot, MemberDirectory members, IReadOnlySet<string> chosen) =>
        [.. snapshot.Speakers.Values
            .Select(p => (Person: p, Member: members.Resolve(p.Company)))
            .Where(x => x.Member is not null && chosen.Contains(x.Member.Id))
            .GroupBy(x => snapshot.PersonOf(x.Person.Id))
            .Select(g => new SummitDelegate(g.Key, (snapshot.FindSpeaker(g.Key) ?? g.First().Person).Name, g.First().Person.Company, g.First().Member!.Id))
            .OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];

    public static CoveragePlan Plan(SummitSnapshot snapshot, IReadOnlySet<string> chosen, IReadOnlyList<SummitDelegate> delegates, CoverageOptions options)
    {
        var sessions = snapshot.Sessions.Where(s => s.Published && s.Members.Any(chosen.Contains)).OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var half = options.TravelBuffer / 2;
        var talks = Talks(snapshot, delegates);
        bool Eligible(SummitDelegate d, Session s) =>
            !talks[d.Id].Any(t => t.Id == s.Id || Overlaps(t, s, half))
            && (options.MayCoverOwnCompany || d.MemberId is null || !s.Members.Contains(d.MemberId));

        var load = delegates.ToDictionary(d => d.Id, _ => 0, StringComparer.Ordinal);
        var assignments = new List<CoverageAssignment>();
        var proven = true;
        foreach (var group in Groups(sessions, half))
        {
            var result = Search(group, delegates, options.MinimumPerSession, half, Eligible);
            proven &= result.Proven;
            assignments.AddRange(Name(group, result, delegates, half, Eligible, load));
        }

        var counts = assignments.GroupBy(a => a.SessionId).ToDictionary(g => g.Key, g => g.Count());
        var gaps = sessions.Select(s => new CoverageGap(s.Id, options.MinimumPerSession - counts.GetValueOrDefault(s.Id)))
            .Where(g => g.Missing > 0).ToList();
        var days = Days(snapshot, sessions, talks, options, counts);
        var optimal = gaps.Count == 0 || proven;
        return new CoveragePlan(snapshot.Summit.Slug, snapshot.Version, [.. chosen.Order(StringComparer.Ordinal)], options, delegates,
            [.. sessions.Select(CoveredSession.Of)], assignments, gaps, days, optimal,
            gaps.Count == 0 ? "Every member session has its minimum."
            : proven ? "Every overlap group was searched exhaustively: no assignment of these people covers more."
            : "An overlap group was too large to search within the budget: this is the best plan found, not proven the best.");
    }

    /// <summary>Whether one person cannot be at both: the sessions overlap once each is widened by half the travel time.</summary>
    internal static bool Overlaps(Session a, Session b, TimeSpan half) => a.Start - half < b.End + half && b.Start - half < a.End + half;

    /// <summary>Each delegate's own talks: sessions they speak in or moderate, under any of their records.</summary>
    internal static Dictionary<string, List<Session>> Talks(SummitSnapshot snapshot, IReadOnlyList<SummitDelegate> delegates)
    {
        var talks = delegates.ToDictionary(d => d.Id, _ => new List<Session>(), StringComparer.Ordinal);
        foreach (var s in snapshot.Sessions)
        {
            foreach (var person in s.Speakers.Select(p => snapshot.PersonOf(p.SpeakerId)).Distinct())
            {
                talks.GetValueOrDefault(person)?.Add(s);
            }
        }

        return talks;
    }

    /// <summary>Sessions that overlap, counting the buffer, chained into groups; ordered by start within each.</summary>
    private static IEnumerable<List<Session>> Groups(List<Session> sessions, TimeSpan half)
    {
        var group = new List<Session>();
        var end = DateTimeOffset.MinValue;
        foreach (var s in sessions)
        {
            if (group.Count > 0 && s.Start - half >= end)
            {
                yield return group;
                group = [];
            }

            group.Add(s);
            end = group.Count == 1 || s.End + half > end ? s.End + half : end;
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private sealed record SearchResult(int[][] Units, List<List<SummitDelegate>> Kinds, bool Proven);

    /// <summary>How many of each kind of delegate attend each session of a group: the most coverage, found by exhaustive search.</summary>
    private static SearchResult Search(List<Session> group, IReadOnlyList<SummitDelegate> delegates, int minimum, TimeSpan half, Func<SummitDelegate, Session, bool> eligible)
    {
        var kinds = delegates
            .Select(d => (SummitDelegate: d, Mask: string.Concat(group.Select(s => eligible(d, s) ? '1' : '0'))))
            .Where(x => x.Mask.Contains('1'))
            .GroupBy(x => x.Mask)
            .Select(g => g.Select(x => x.SummitDelegate).ToList())
            .ToList();
        var canAttend = group.Select(s => kinds.Select(k => eligible(k[0], s)).ToArray()).ToArray();
        // Kinds that can attend fewer of the later sessions are offered first: they cost the rest of the group least.
        var flexibility = kinds.Select((_, c) => canAttend.Count(row => row[c])).ToArray();
        var order = Enumerable.Range(0, kinds.Count).OrderBy(c => flexibility[c]).ToArray();

        var spans = group.Select(s => (Start: s.Start - half, End: s.End + half)).ToArray();
        var units = group.Select(_ => new int[kinds.Count]).ToArray();
        var best = group.Select(_ => new int[kinds.Count]).ToArray();
        var bestCovered = -1;
        var nodes = 0;
        var total = group.Count * minimum;

        // Of kind c, how many are busy at some instant of session i's span, counting sessions 0..i-1 already decided.
        int Busy(int i, int c)
        {
            var most = 0;
            for (var j = 0; j < i; j++)
            {
                if (units[j][c] == 0 || spans[j].End <= spans[i].Start)
                {
                    continue;
                }

                // Sessions decided so far start no later than i, so each overlapping one covers i's start: they all run at once there,
                // and at any later instant of i only a subset of them still runs.
                most += units[j][c];
            }

            return most;
        }

        void Visit(int i, int covered)
        {
            nodes++;
            if (covered + ((group.Count - i) * minimum) <= bestCovered || nodes > NodeBudget || bestCovered == total)
            {
                return;
            }

            if (i == group.Count)
            {
                bestCovered = covered;
                for (var j = 0; j < group.Count; j++)
                {
                    units[j].CopyTo(best[j], 0);
                }

                return;
            }

            var free = order.Select(c => canAttend[i][c] ? kinds[c].Count - Busy(i, c) : 0).ToArray();
            for (var want = Math.Min(minimum, free.Sum()); want >= 0; want--)
            {
                Distribute(i, covered, want, 0, free);
            }
        }

        // Every way of sharing `want` places of session i among the kinds (in `order`), within what each has free.
        void Distribute(int i, int covered, int want, int k, int[] free)
        {
            if (want == 0)
            {
                Visit(i + 1, covered + Math.Min(minimum, units[i].Sum()));
                return;
            }

            if (k == order.Length)
            {
                return;
            }

            for (var take = Math.Min(want, free[k]); take >= 0; take--)
            {
                units[i][order[k]] = take;
                Distribute(i, covered, want - take, k + 1, free);
                units[i][order[k]] = 0;
            }
        }

        Visit(0, 0);
        return new SearchResult(best, kinds, nodes <= NodeBudget);
    }

    /// <summary>
    /// Names the people: sessions in start order, each place given to the least-loaded delegate of its kind who is free
    /// then (the counts guarantee one is), so the load is spread over the whole summit.
    /// </summary>
    private static IEnumerable<CoverageAssignment> Name(
        List<Session> group, SearchResult result, IReadOnlyList<SummitDelegate> delegates, TimeSpan half, Func<SummitDelegate, Session, bool> eligible, Dictionary<string, int> load)
    {
        var busyUntil = delegates.ToDictionary(d => d.Id, _ => DateTimeOffset.MinValue, StringComparer.Ordinal);
        for (var i = 0; i < group.Count; i++)
        {
            var s = group[i];
            for (var c = 0; c < result.Kinds.Count; c++)
            {
                for (var n = 0; n < result.Units[i][c]; n++)
                {
                    var who = result.Kinds[c].Where(d => busyUntil[d.Id] <= s.Start - half && eligible(d, s))
                        .OrderBy(d => load[d.Id]).ThenBy(d => d.Id, StringComparer.Ordinal).First();
                    busyUntil[who.Id] = s.End + half;
                    load[who.Id]++;
                    yield return new CoverageAssignment(s.Id, who.Id);
                }
            }
        }
    }

    /// <summary>Per venue day: the member sessions, how many have their minimum, and the fewest delegates the day needs.</summary>
    private static List<CoverageDay> Days(SummitSnapshot snapshot, List<Session> sessions, Dictionary<string, List<Session>> talks, CoverageOptions options,
        Dictionary<string, int> counts)
    {
        var days = new List<CoverageDay>();
        foreach (var day in sessions.GroupBy(s => VenueTime.VenueDay(s.Start, snapshot.Zone)).OrderBy(g => g.Key))
        {
            var (needed, at) = (0, (DateTimeOffset?)null);
            foreach (var instant in day.Select(s => s.Start).Distinct())
            {
                var demand = day.Count(s => s.Start <= instant && instant < s.End) * options.MinimumPerSession;
                var speaking = talks.Count(t => t.Value.Any(s => s.Start <= instant && instant < s.End));
                if (demand + speaking > needed)
                {
                    (needed, at) = (demand + speaking, instant);
                }
            }

            days.Add(new CoverageDay(day.Key, day.Count(), day.Count(s => counts.GetValueOrDefault(s.Id) >= options.MinimumPerSession), needed, at));
        }

        return days;
    }
}
