using Lcoo.Summit.Coverage;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Coverage;

public class CoveragePlannerTests
{
    private static readonly HashSet<string> WorkingGroup = ["att", "ntt", "skt", "orange"];
    private static readonly HashSet<string> M = ["m"];
    private static readonly DateTimeOffset Day = DateTimeOffset.Parse("2026-06-10T08:00:00Z");

    [Fact]
    public void Sydney_tuesday_1140_is_covered_by_three_different_people_none_speaking_then()
    {
        var snapshot = SydneySeed.Snapshot;
        var delegates = CoveragePlanner.SpeakersOf(snapshot, SydneySeed.Members, WorkingGroup);

        var plan = CoveragePlanner.Plan(snapshot, WorkingGroup, delegates, new CoverageOptions(TimeSpan.Zero));

        var group = new[] { "19266", "19424", "20053" };
        var who = group.Select(id => Assert.Single(plan.Assignments, a => a.SessionId == id).DelegateId).ToList();
        Assert.Equal(3, who.Distinct().Count());
        var at = snapshot.FindSession("19266")!.Start;
        var speakingThen = snapshot.Sessions.Where(s => s.Start <= at && at < s.End).SelectMany(s => s.Speakers).Select(p => snapshot.PersonOf(p.SpeakerId)).ToHashSet();
        Assert.DoesNotContain(who, speakingThen.Contains);
        var tuesday = Assert.Single(plan.Days, d => d.Date == new DateOnly(2017, 11, 7));
        Assert.True(tuesday.Needed >= 3, $"Tuesday needs at least the three sessions at 11:40 and who speaks then, not {tuesday.Needed}");
        Assert.Empty(plan.Uncovered);
        Assert.True(plan.Optimal);
        AssertFeasible(snapshot, plan);
    }

    [Fact]
    public void Too_few_people_leave_exactly_the_sessions_they_cannot_reach_uncovered_and_say_it_is_optimal()
    {
        var snapshot = Summit([(0, 60, "a"), (0, 60, "b"), (0, 60, "c"), (90, 30, "d")], speakers: []);
        var delegates = new[] { Person("x"), Person("y") };

        var plan = CoveragePlanner.Plan(snapshot, M, delegates, new CoverageOptions(TimeSpan.Zero));

        Assert.Equal(3, plan.Covered);
        Assert.Single(plan.Uncovered);
        Assert.True(plan.Optimal);
        Assert.Equal(3, plan.Days.Single().Needed);
        Assert.Contains("searched exhaustively", plan.Because(Words.English));
        AssertFeasible(snapshot, plan);
    }

    [Fact]
    public void A_delegates_own_talk_blocks_them_and_counts_in_what_the_day_needs()
    {
        var snapshot = Summit([(0, 60, "a"), (0, 60, "b"), (0, 60, "talk")], speakers: [("talk", "x")], memberSessions: ["a", "b"]);
        var delegates = new[] { Person("x"), Person("y") };

        var plan = CoveragePlanner.Plan(snapshot, M, delegates, new CoverageOptions(TimeSpan.Zero));

        Assert.DoesNotContain(plan.Assignments, a => a.DelegateId == "x");
        Assert.Equal(1, plan.Covered);
        Assert.Equal(3, plan.Days.Single().Needed);
    }

    [Fact]
    public void The_travel_buffer_keeps_a_delegate_from_back_to_back_sessions_in_other_rooms()
    {
        var snapshot = Summit([(0, 60, "a"), (60, 60, "b")], speakers: []);

        var tight = CoveragePlanner.Plan(snapshot, M, [Person("x")], new CoverageOptions(TimeSpan.Zero));
        var buffered = CoveragePlanner.Plan(snapshot, M, [Person("x")], new CoverageOptions(TimeSpan.FromMinutes(10)));

        Assert.Equal(2, tight.Covered);
        Assert.Equal(1, buffered.Covered);
    }

    [Fact]
    public void The_travel_buffer_does_not_apply_within_one_room_as_in_the_clash_sweep()
    {
        var rooms = new Dictionary<string, string> { ["a"] = "A", ["b"] = "A" };
        var snapshot = Summit([(120, 30, "a"), (155, 30, "b")], speakers: [], rooms: rooms);
        var options = new CoverageOptions(TimeSpan.FromMinutes(10));

        var plan = CoveragePlanner.Plan(snapshot, M, [Person("x")], options);
        var clashes = Lcoo.Summit.Clashes.ClashDetector.Detect(snapshot, new Lcoo.Summit.Members.MemberDirectory([new Lcoo.Summit.Members.MemberCompany("m", "M Corp", [])]),
            new Lcoo.Summit.Clashes.ClashOptions(new HashSet<Lcoo.Summit.Clashes.ClashKind> { Lcoo.Summit.Clashes.ClashKind.Member }, TravelBuffer: options.TravelBuffer));

        Assert.Equal(2, plan.Covered);
        Assert.Equal(["x", "x"], plan.Assignments.Select(a => a.DelegateId));
        Assert.Empty(clashes.Clashes);
    }

    /// <summary>Random small summits whose sessions share three rooms, against every possible assignment under the same rule.</summary>
    [Fact]
    public void On_random_small_cases_in_shared_rooms_the_plan_equals_the_exhaustive_optimum()
    {
        var random = new Random(20170508);
        for (var round = 0; round < 300; round++)
        {
            var people = Enumerable.Range(0, random.Next(1, 4)).Select(i => $"p{i}").ToList();
            var sessions = Enumerable.Range(0, random.Next(2, 7)).Select(i => (random.Next(0, 10) * 10, random.Next(1, 5) * 10, $"s{i}")).ToList();
            var rooms = sessions.ToDictionary(s => s.Item3, _ => $"R{random.Next(3)}");
            var snapshot = Summit(sessions, [], rooms: rooms);
            var options = new CoverageOptions(TimeSpan.FromMinutes(random.Next(0, 4) * 10), MinimumPerSession: random.Next(1, 3));
            var delegates = people.Select(Person).ToList();

            var plan = CoveragePlanner.Plan(snapshot, M, delegates, options);

            AssertFeasible(snapshot, plan);
            Assert.True(plan.Optimal);
            Assert.Equal(Exhaustive(snapshot, delegates, options), plan.Covered);
        }
    }

    [Fact]
    public void The_load_is_spread_over_the_people()
    {
        var snapshot = Summit([.. Enumerable.Range(0, 8).Select(i => (i * 60, 60, $"s{i}"))], speakers: []);

        var plan = CoveragePlanner.Plan(snapshot, M, [Person("x"), Person("y")], new CoverageOptions(TimeSpan.Zero));

        Assert.Equal([4, 4], plan.Assignments.GroupBy(a => a.DelegateId).Select(g => g.Count()));
    }

    /// <summary>Random small summits against every possible assignment: the plan is feasible and covers as much as the best of them.</summary>
    [Fact]
    public void On_random_small_cases_the_plan_equals_the_exhaustive_optimum()
    {
        var random = new Random(20171107);
        for (var round = 0; round < 300; round++)
        {
            var sessionCount = random.Next(1, 6);
            var people = Enumerable.Range(0, random.Next(1, 5)).Select(i => $"p{i}").ToList();
            var sessions = Enumerable.Range(0, sessionCount).Select(i => (random.Next(0, 8) * 15, random.Next(1, 5) * 15, $"s{i}")).ToList();
            var extraTalks = people.Where(_ => random.Next(3) == 0).Select(p => (random.Next(0, 8) * 15, 30, $"talk-{p}")).ToList();
            var speakers = extraTalks.Select(t => (t.Item3, t.Item3[5..])).ToList();
            var snapshot = Summit([.. sessions, .. extraTalks], speakers, [.. sessions.Select(s => s.Item3)]);
            var options = new CoverageOptions(TimeSpan.FromMinutes(random.Next(0, 3) * 10), MinimumPerSession: random.Next(1, 3));
            var delegates = people.Select(Person).ToList();

            var plan = CoveragePlanner.Plan(snapshot, M, delegates, options);

            AssertFeasible(snapshot, plan);
            Assert.True(plan.Optimal);
            Assert.Equal(Exhaustive(snapshot, delegates, options), plan.Covered);
        }
    }

    [Fact]
    public void On_random_summits_of_a_thousand_sessions_plans_are_feasible_and_within_their_bounds()
    {
        var random = new Random(402);
        for (var round = 0; round < 5; round++)
        {
            var sessions = Enumerable.Range(0, 1000).Select(i => (random.Next(0, 4 * 10 * 12) * 5, random.Next(2, 10) * 5, $"s{i}")).ToList();
            var people = Enumerable.Range(0, 30).Select(i => $"p{i}").ToList();
            var speakers = sessions.Where(_ => random.Next(10) == 0).Select(s => (s.Item3, people[random.Next(people.Count)])).ToList();
            var members = sessions.Where(_ => random.Next(8) == 0).Select(s => s.Item3).ToList();
            var snapshot = Summit(sessions, speakers, members);
            var options = new CoverageOptions(TimeSpan.FromMinutes(5));

            var plan = CoveragePlanner.Plan(snapshot, M, [.. people.Select(Person)], options);

            AssertFeasible(snapshot, plan);
            Assert.Equal(members.Count, plan.Sessions.Count);
            Assert.Equal(plan.Sessions.Count, plan.Covered + plan.Uncovered.Sum(g => g.Missing));
            Assert.All(plan.Days, d => Assert.InRange(d.Covered, 0, d.MemberSessions));
        }
    }

    /// <summary>
    /// The rule written out independently of the planner: two sessions one person cannot both attend overlap, or are in
    /// different rooms with less than the buffer between them (the clash sweep's rule).
    /// </summary>
    internal static bool Clash(Session a, Session b, TimeSpan buffer)
    {
        var gap = a.Start >= b.End ? a.Start - b.End : b.Start >= a.End ? b.Start - a.End : TimeSpan.MinValue;
        return gap == TimeSpan.MinValue || (a.Room != b.Room && gap < buffer);
    }

    /// <summary>Nobody in two places (own talks and the buffer counted), nobody in a session they cannot attend, no session over its minimum.</summary>
    private static void AssertFeasible(SummitSnapshot snapshot, CoveragePlan plan)
    {
        foreach (var person in plan.Delegates)
        {
            var mine = plan.Assignments.Where(a => a.DelegateId == person.Id).Select(a => snapshot.FindSession(a.SessionId)!).ToList();
            var talks = snapshot.Sessions.Where(s => s.Speakers.Any(p => snapshot.PersonOf(p.SpeakerId) == person.Id)).ToList();
            foreach (var a in mine)
            {
                Assert.DoesNotContain(talks, t => t.Id == a.Id);
                Assert.All(mine.Concat(talks).Where(b => b != a), b =>
                    Assert.False(Clash(a, b, plan.Options.TravelBuffer), $"{person.Id} is due in {a.Id} and {b.Id} at once"));
            }
        }

        Assert.All(plan.Assignments.GroupBy(a => a.SessionId), g => Assert.InRange(g.Count(), 1, plan.Options.MinimumPerSession));
    }

    /// <summary>The best coverage over every assignment: each person takes any set of sessions they can attend together.</summary>
    private static int Exhaustive(SummitSnapshot snapshot, IReadOnlyList<SummitDelegate> delegates, CoverageOptions options)
    {
        var sessions = snapshot.Sessions.Where(s => s.Members.Contains("m")).ToList();
        bool Clash(Session a, Session b) => CoveragePlannerTests.Clash(a, b, options.TravelBuffer);
        var choices = delegates.Select(d =>
        {
            var talks = snapshot.Sessions.Where(s => s.Speakers.Any(p => p.SpeakerId == d.Id)).ToList();
            var can = sessions.Where(s => !talks.Any(t => t.Id == s.Id || Clash(t, s))).ToList();
            return Enumerable.Range(0, 1 << can.Count).Select(mask => can.Where((_, i) => (mask & (1 << i)) != 0).ToList())
                .Where(set => set.All(a => set.All(b => a == b || !Clash(a, b)))).ToList();
        }).ToList();

        var best = 0;
        void Try(int d, Dictionary<string, int> counts)
        {
            if (d == choices.Count)
            {
                best = Math.Max(best, sessions.Sum(s => Math.Min(options.MinimumPerSession, counts.GetValueOrDefault(s.Id))));
                return;
            }

            foreach (var set in choices[d])
            {
                foreach (var s in set)
                {
                    counts[s.Id] = counts.GetValueOrDefault(s.Id) + 1;
                }

                Try(d + 1, counts);
                foreach (var s in set)
                {
                    counts[s.Id]--;
                }
            }
        }

        Try(0, []);
        return best;
    }

    private static SummitDelegate Person(string id) => new(id, id, "M Corp", "m");

    /// <param name="sessions">Start minute after 08:00 UTC, length in minutes, id; each in its own room unless <paramref name="rooms"/> says.</param>
    /// <param name="speakers">Session id and speaker id.</param>
    /// <param name="memberSessions">Sessions the member "m" gives (default: all but talks named talk…).</param>
    /// <param name="rooms">Rooms by session id.</param>
    private static SummitSnapshot Summit(IReadOnlyList<(int Start, int Minutes, string Id)> sessions, IReadOnlyList<(string Session, string Speaker)> speakers,
        IReadOnlyList<string>? memberSessions = null, IReadOnlyDictionary<string, string>? rooms = null)
    {
        var members = memberSessions?.ToHashSet() ?? [.. sessions.Select(s => s.Id).Where(id => !id.StartsWith("talk", StringComparison.Ordinal))];
        var info = new SummitInfo("cov", "Coverage", "UTC", DateOnly.FromDateTime(Day.UtcDateTime), DateOnly.FromDateTime(Day.UtcDateTime).AddDays(4), null, []);
        var list = sessions.Select(s => new Session(s.Id, s.Id, null, null, null, null, rooms?.GetValueOrDefault(s.Id) ?? $"room-{s.Id}", Day.AddMinutes(s.Start), Day.AddMinutes(s.Start + s.Minutes),
            [.. speakers.Where(p => p.Session == s.Id).Select(p => new SessionSpeaker(p.Speaker))], [], null) { Members = members.Contains(s.Id) ? ["m"] : [] }).ToList();
        var people = speakers.Select(p => p.Speaker).Distinct().Select(id => new Speaker(id, id, "M Corp", null));
        return new SummitSnapshot(info, list, people, 1);
    }
}
