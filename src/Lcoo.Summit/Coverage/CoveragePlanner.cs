using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Coverage;

/// <summary>
/// Assigns delegates to member sessions so that every session gets its minimum where the people allow, nobody is in two
/// places at once, and the load is spread.
/// <para>
/// Sessions that overlap (with the travel buffer) form groups; groups are independent, since a delegate between them is
/// free. Within a group, delegates with the same eligibility (the same sessions they may attend, given their own talks
/// and company) are interchangeable, so the search is over how many of each kind attend each session, under the rule
/// that no set of sessions one person could not attend together holds more of a kind than there are.
/// </para>
/// <para>
/// One person can attend two sessions when one ends before the other starts and, if they are in different rooms, the
/// travel buffer fits between them: the rule the clash sweep uses, so coverage and clashes agree. "Can attend after" is
/// a partial order, so by Dilworth's theorem the counts can be given to named people exactly when every set of pairwise
/// conflicting sessions is within the kind's size; the search checks that as each session is decided (the largest such
/// set ending in it: the decided sessions it conflicts with, whatever their rooms, and within a room those that overlap),
/// and names people by a minimum chain cover (a matching). The search is exhaustive with a bound (what is covered so far
/// plus what is still wanted), so a group's plan is the best possible; a group too large to search within the budget
/// keeps the best found and the plan says it is not proven.
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

    /// <summary>
    /// Who the plan may send: the summit's speakers from the chosen members (unless left out), then the people added by
    /// name, each once (a name already among them, however spelled in case and accents, is not added again).
    /// </summary>
    public static IReadOnlyList<SummitDelegate> Delegates(SummitSnapshot snapshot, MemberDirectory members, IReadOnlySet<string> chosen, bool summitSpeakers,
        IEnumerable<(string Name, string? Company)> added)
    {
        var delegates = (summitSpeakers ? SpeakersOf(snapshot, members, chosen) : []).ToList();
        var named = delegates.Select(d => PersonKey.Fold(d.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, company) in added.Select(a => (a.Name.Trim(), a.Company?.Trim())))
        {
            if (named.Add(PersonKey.Fold(name)))
            {
                delegates.Add(new SummitDelegate(PersonKey.FromName(name), name, company, members.Resolve(company)?.Id));
            }
        }

        return delegates;
    }

    public static CoveragePlan Plan(SummitSnapshot snapshot, IReadOnlySet<string> chosen, IReadOnlyList<SummitDelegate> delegates, CoverageOptions options)
    {
        var sessions = snapshot.Sessions.Where(s => s.Published && s.Members.Any(chosen.Contains)).OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var half = options.TravelBuffer / 2;
        var buffer = options.TravelBuffer;
        var talks = Talks(snapshot, delegates);
        bool Eligible(SummitDelegate d, Session s) =>
            !talks[d.Id].Any(t => t.Id == s.Id || Conflict(t, s, buffer))
            && (options.MayCoverOwnCompany || d.MemberId is null || !s.Members.Contains(d.MemberId));

        var load = delegates.ToDictionary(d => d.Id, _ => 0, StringComparer.Ordinal);
        var assignments = new List<CoverageAssignment>();
        var proven = true;
        foreach (var group in Groups(sessions, half))
        {
            var result = Search(group, delegates, options.MinimumPerSession, buffer, Eligible);
            proven &= result.Proven;
            assignments.AddRange(Name(group, result, buffer, load));
        }

        var counts = assignments.GroupBy(a => a.SessionId).ToDictionary(g => g.Key, g => g.Count());
        var gaps = sessions.Select(s => new CoverageGap(s.Id, options.MinimumPerSession - counts.GetValueOrDefault(s.Id)))
            .Where(g => g.Missing > 0).ToList();
        var days = Days(snapshot, sessions, talks, options, counts);
        var optimal = gaps.Count == 0 || proven;
        return new CoveragePlan(snapshot.Summit.Slug, snapshot.Version, [.. chosen.Order(StringComparer.Ordinal)], options, delegates,
            [.. sessions.Select(CoveredSession.Of)], assignments, gaps, days, optimal);
    }

    /// <summary>
    /// Whether one person cannot attend both: they overlap, or they are in different rooms (or a room not announced) with
    /// less than the travel buffer between them. Within one room the buffer does not apply: nobody has to walk.
    /// </summary>
    internal static bool Conflict(Session a, Session b, TimeSpan buffer) =>
        a.Start < b.End && b.Start < a.End
        || (!SameRoom(a, b) && a.Start < b.End + buffer && b.Start < a.End + buffer);

    private static bool SameRoom(Session a, Session b) => a.Room is not null && string.Equals(a.Room, b.Room, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether one person can attend <paramref name="first"/> and then <paramref name="next"/>.</summary>
    private static bool Follows(Session first, Session next, TimeSpan buffer) => first.End <= next.Start && !Conflict(first, next, buffer);

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
    private static SearchResult Search(List<Session> group, IReadOnlyList<SummitDelegate> delegates, int minimum, TimeSpan buffer, Func<SummitDelegate, Session, bool> eligible)
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

        var conflicts = group.Select((a, i) => group.Select((b, j) => j < i && Conflict(a, b, buffer)).ToArray()).ToArray();
        var rooms = group.Select((s, i) => s.Room?.ToUpperInvariant() ?? $"#{i}").ToArray();
        var units = group.Select(_ => new int[kinds.Count]).ToArray();
        var best = group.Select(_ => new int[kinds.Count]).ToArray();
        var bestCovered = -1;
        var nodes = 0;
        var total = group.Count * minimum;

        // Of kind c, how many are busy for session i: the largest set of decided sessions that conflict with i and with each
        // other. Two of them in different rooms always conflict (both start no later than i and reach it), so the set
        // is, room by room, the most of that room's sessions running at once.
        int Busy(int i, int c)
        {
            var most = 0;
            foreach (var room in Enumerable.Range(0, i).Where(j => conflicts[i][j] && units[j][c] > 0).GroupBy(j => rooms[j]))
            {
                most += room.Max(j => room.Where(k => group[k].Start <= group[j].Start && group[j].Start < group[k].End).Sum(k => units[k][c]));
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
    /// Names the people, kind by kind: the kind's places (a session taken as many times as it has of them) are covered by
    /// the fewest chains of places one person can attend in turn (a maximum matching of "can attend after"), which the
    /// search's counts keep within the kind's size; the longest chains go to the least-loaded people, so the load is spread
    /// over the whole summit.
    /// </summary>
    private static IEnumerable<CoverageAssignment> Name(List<Session> group, SearchResult result, TimeSpan buffer, Dictionary<string, int> load)
    {
        for (var c = 0; c < result.Kinds.Count; c++)
        {
            var places = Enumerable.Range(0, group.Count).SelectMany(i => Enumerable.Repeat(group[i], result.Units[i][c])).ToList();
            var next = new int[places.Count];
            var previous = new int[places.Count];
            Array.Fill(next, -1);
            Array.Fill(previous, -1);
            for (var p = 0; p < places.Count; p++)
            {
                TryChain(p, new bool[places.Count]);
            }

            bool TryChain(int from, bool[] seen)
            {
                for (var to = 0; to < places.Count; to++)
                {
                    if (seen[to] || !Follows(places[from], places[to], buffer))
                    {
                        continue;
                    }

                    seen[to] = true;
                    if (previous[to] < 0 || TryChain(previous[to], seen))
                    {
                        (next[from], previous[to]) = (to, from);
                        return true;
                    }
                }

                return false;
            }

            var chains = Enumerable.Range(0, places.Count).Where(p => previous[p] < 0)
                .Select(head => Walk(head, next).Select(p => places[p]).ToList())
                .OrderByDescending(chain => chain.Count).ThenBy(chain => chain[0].Start).ThenBy(chain => chain[0].Id, StringComparer.Ordinal).ToList();
            var people = result.Kinds[c].OrderBy(d => load[d.Id]).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            for (var n = 0; n < chains.Count; n++)
            {
                var who = people[n];
                foreach (var s in chains[n])
                {
                    load[who.Id]++;
                    yield return new CoverageAssignment(s.Id, who.Id);
                }
            }
        }
    }

    private static IEnumerable<int> Walk(int head, int[] next)
    {
        for (var p = head; p >= 0; p = next[p])
        {
            yield return p;
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
