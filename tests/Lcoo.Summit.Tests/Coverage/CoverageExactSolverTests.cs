using Google.OrTools.Sat;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Coverage;

/// <summary>
/// The planner against an exact solver on instances far past brute force: the same problem written as an integer
/// program (a 0/1 variable per delegate and session they may attend, at most one of any two sessions one person cannot
/// both attend, each session counting up to its minimum) and solved by OR-Tools' CP-SAT. Its optimum and the plan's
/// must be equal, and the plan must claim to be optimal only where it is.
/// </summary>
public class CoverageExactSolverTests
{
    private static readonly DateTimeOffset Day = new(2017, 11, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlySet<string> Members = new HashSet<string> { "m", "n" };

    [Fact]
    public void On_random_summits_of_thirty_sessions_the_plan_covers_what_the_integer_program_proves_is_the_most()
    {
        var random = new Random(20170509);
        for (var round = 0; round < 40; round++)
        {
            var (snapshot, delegates) = Instance(random, sessions: 30, people: random.Next(3, 9));
            var options = new CoverageOptions(TimeSpan.FromMinutes(random.Next(0, 3) * 10), MayCoverOwnCompany: random.Next(2) == 0,
                MinimumPerSession: random.Next(1, 4));

            var plan = CoveragePlanner.Plan(snapshot, Members, delegates, options);
            var (optimum, proven) = Exact(snapshot, delegates, options);

            Assert.True(proven, $"round {round}: CP-SAT did not prove its optimum");
            Assert.True(plan.Covered <= optimum, $"round {round}: the plan covers {plan.Covered}, more than the optimum {optimum}: it is infeasible");
            if (plan.Optimal)
            {
                Assert.Equal(optimum, plan.Covered);
            }
        }
    }

    private static (SummitSnapshot, List<SummitDelegate>) Instance(Random random, int sessions, int people)
    {
        var info = new SummitInfo("exact", "Exact", "UTC", DateOnly.FromDateTime(Day.UtcDateTime), DateOnly.FromDateTime(Day.UtcDateTime), null, []);
        var delegates = Enumerable.Range(0, people).Select(i => new SummitDelegate($"p{i}", $"p{i}", i % 2 == 0 ? "M Corp" : "N Corp", i % 2 == 0 ? "m" : "n")).ToList();
        var list = new List<Session>();
        for (var i = 0; i < sessions; i++)
        {
            var start = Day.AddMinutes(random.Next(0, 48) * 10);
            var speakers = random.Next(6) == 0 ? [new SessionSpeaker(delegates[random.Next(people)].Id)] : new List<SessionSpeaker>();
            list.Add(new Session($"s{i}", $"s{i}", null, null, null, null, $"R{random.Next(4)}", start, start.AddMinutes(random.Next(2, 7) * 10),
                speakers, [], null) { Members = random.Next(5) == 0 ? [] : [random.Next(2) == 0 ? "m" : "n"] });
        }

        var speakerRecords = delegates.Select(d => new Speaker(d.Id, d.Name, d.Company, null));
        return (new SummitSnapshot(info, list, speakerRecords, 1), delegates);
    }

    /// <summary>The rule written out apart from the planner, shared with the brute-force tests.</summary>
    private static bool Clash(Session a, Session b, TimeSpan buffer) => CoveragePlannerTests.Clash(a, b, buffer);

    private static (int Optimum, bool Proven) Exact(SummitSnapshot snapshot, IReadOnlyList<SummitDelegate> delegates, CoverageOptions options)
    {
        var sessions = snapshot.Sessions.Where(s => s.Members.Any(Members.Contains)).ToList();
        var model = new CpModel();
        var attends = new Dictionary<(string Person, string Session), BoolVar>();
        foreach (var d in delegates)
        {
            var talks = snapshot.Sessions.Where(s => s.Speakers.Any(p => p.SpeakerId == d.Id)).ToList();
            foreach (var s in sessions)
            {
                var own = !options.MayCoverOwnCompany && s.Members.Contains(d.MemberId!);
                if (!own && !talks.Any(t => t.Id == s.Id || Clash(t, s, options.TravelBuffer)))
                {
                    attends[(d.Id, s.Id)] = model.NewBoolVar($"{d.Id}-{s.Id}");
                }
            }

            var mine = sessions.Where(s => attends.ContainsKey((d.Id, s.Id))).ToList();
            for (var i = 0; i < mine.Count; i++)
            {
                for (var j = i + 1; j < mine.Count; j++)
                {
                    if (Clash(mine[i], mine[j], options.TravelBuffer))
                    {
                        model.Add(attends[(d.Id, mine[i].Id)] + attends[(d.Id, mine[j].Id)] <= 1);
                    }
                }
            }
        }

        var counted = new List<IntVar>();
        foreach (var s in sessions)
        {
            var covered = model.NewIntVar(0, options.MinimumPerSession, $"covered-{s.Id}");
            model.Add(covered <= LinearExpr.Sum(delegates.Where(d => attends.ContainsKey((d.Id, s.Id))).Select(d => attends[(d.Id, s.Id)])));
            counted.Add(covered);
        }

        model.Maximize(LinearExpr.Sum(counted));
        var solver = new CpSolver { StringParameters = "max_time_in_seconds:20 num_workers:2 random_seed:1" };
        var status = solver.Solve(model);
        return ((int)Math.Round(solver.ObjectiveValue), status == CpSolverStatus.Optimal);
    }
}
