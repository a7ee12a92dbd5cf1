using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.EventPages;
using Lcoo.Summit.Imports.Frab;
using Lcoo.Summit.Imports.MemberTables;
using Lcoo.Summit.Imports.OpenStackApi;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>
/// Thousands of mutated real inputs through every parser: each either parses or says why it cannot
/// (<see cref="ScheduleFormatException"/>); nothing else escapes, and no parse runs unbounded.
/// </summary>
public class ParserFuzzTests
{
    private static readonly (string Name, IScheduleParser Parser, byte[] Input, ImportContext Context)[] Targets =
    [
        ("openstack-api sydney", new OpenStackApiParser(), Fixtures.Read("openstack-api/sydney-2017.json"), new ImportContext()),
        ("frab-json democon", new FrabJsonParser(), Fixtures.Read("frab/pretalx-democon.json"), new ImportContext()),
        ("frab-xml camp2019", new FrabXmlParser(), Fixtures.Read("frab/frab-camp2019-days1-2.xml"), new ImportContext()),
        ("event-page murano", new EventPageParser(), Fixtures.Read("event-pages/19266-murano-project-update.html"), SydneySummit.Context),
        ("event-page ugly", new EventPageParser(), Fixtures.Read("event-pages/20532-lcoo-wg-session-ugly.html"), SydneySummit.Context),
        ("member-table deck", new MemberTableParser(), File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html")), SydneySummit.Context),
    ];

    public const int PerTarget = 1000;

    [Fact(Skip = MutationRun.Reason, SkipWhen = nameof(MutationRun.Active), SkipType = typeof(MutationRun))]
    public async Task Mutated_inputs_parse_or_are_refused_with_a_reason_never_anything_else()
    {
        var failures = new List<string>();
        var (parsed, refused) = (0, 0);
        foreach (var (name, parser, input, context) in Targets)
        {
            for (var seed = 0; seed < PerTarget; seed++)
            {
                switch (await ParseWithin(parser, Mutations.Mutate(input, new Random(seed)), context, TimeSpan.FromSeconds(10)))
                {
                    case null: parsed++; break;
                    case "refused": refused++; break;
                    case var failure: failures.Add($"{name} seed {seed}: {failure}"); break;
                }
            }
        }

        var summary = $"fuzz: {Targets.Length * PerTarget} mutated inputs through {Targets.Length} parsers: {parsed} parsed, {refused} refused with a reason, {failures.Count} failures";
        FuzzSummary.Write("parsers", summary);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact(Skip = MutationRun.Reason, SkipWhen = nameof(MutationRun.Active), SkipType = typeof(MutationRun))]
    public async Task Inputs_nested_deep_or_listing_millions_are_refused_or_parsed_never_anything_else()
    {
        var failures = new List<string>();
        var (parsed, refused, shapes) = (0, 0, 0);
        foreach (var (shape, bytes) in Shapes.All())
        {
            shapes++;
            foreach (var (name, parser, _, context) in Targets.DistinctBy(t => t.Parser.Format))
            {
                switch (await ParseWithin(parser, bytes, context, TimeSpan.FromSeconds(20)))
                {
                    case null: parsed++; break;
                    case "refused": refused++; break;
                    case var failure: failures.Add($"{shape} through {parser.Format}: {failure}"); break;
                }
            }
        }

        var summary = $"fuzz: {shapes} shaped inputs (nested to 100,000 levels, lists to 1,000,000 items) through {Targets.DistinctBy(t => t.Parser.Format).Count()} parsers: " +
            $"{parsed} parsed, {refused} refused with a reason, {failures.Count} failures";
        FuzzSummary.Write("shapes", summary);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>Detects and parses on another thread: null when it parsed, "refused" for a reason given, else what went wrong.</summary>
    private static async Task<string?> ParseWithin(IScheduleParser parser, byte[] input, ImportContext context, TimeSpan limit)
    {
        var run = Task.Run(() =>
        {
            ScheduleParsers.Default.Detect(input, null);
            return parser.Parse(input, context);
        }, TestContext.Current.CancellationToken);
        if (await Task.WhenAny(run, Task.Delay(limit, TestContext.Current.CancellationToken)) != run)
        {
            return $"still parsing after {limit.TotalSeconds:0} s";
        }

        try
        {
            await run;
            return null;
        }
        catch (ScheduleFormatException)
        {
            return "refused";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
