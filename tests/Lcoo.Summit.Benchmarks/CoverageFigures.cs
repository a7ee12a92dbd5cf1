using Lcoo.Summit.Clashes;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Members;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// A coverage plan for every one of Boston 2017's 402 sessions with 40 delegates (the summit's first 40 speakers, whose own
/// talks are fixed), against the clash sweep over the same sessions.
/// </summary>
public static class CoverageFigures
{
    public static void Run()
    {
        var plan = (ImportPlan)ImportPipeline.Run(new ImportRequest("boston-2017",
            [new ImportSource("boston-2017.json", Fixtures.Read("openstack-api/boston-2017.json"), "application/json")], new ImportOptions()),
            null, MemberDirectory.Empty, DateTimeOffset.UnixEpoch);
        var boston = new Summits.SummitSnapshot(plan.After.Summit, plan.After.Sessions.Select(s => s with { Members = ["m"] }), plan.After.Speakers.Values, 1);
        var delegates = boston.Speakers.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Take(40)
            .Select(s => new SummitDelegate(s.Id, s.Name, s.Company, "m")).ToList();
        var chosen = new HashSet<string> { "m" };
        var options = new CoverageOptions(TimeSpan.FromMinutes(10));
        var result = CoveragePlanner.Plan(boston, chosen, delegates, options);
        var sessions = boston.Sessions.Where(s => s.Published).ToList();

        Harness.Ratio("coverage.boston-402x40", () => GC.KeepAlive(CoveragePlanner.Plan(boston, chosen, delegates, options)),
            () => GC.KeepAlive(ClashSweep.Groups(sessions, s => s.Start, s => s.End)),
            note: $"{result.Sessions.Count} sessions, {result.Covered} covered, {result.Uncovered.Count} short, optimal={result.Optimal}; vs the clash sweep over them");
    }
}
