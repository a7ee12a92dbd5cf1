using Lcoo.Summit.Clashes;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Pdf;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>
/// Every kind of PDF a person can download, made from the real summits we hold: each member's and the working group's
/// itinerary, personal ones, and coverage plans, on A4 and Letter.
/// </summary>
internal static class PrintedSummits
{
    public static readonly DateTimeOffset Generated = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");

    private static readonly Lazy<SummitSnapshot> BostonSnapshot = new(() => Imported("boston-2017", "openstack-api/boston-2017.json", null));
    private static readonly Lazy<SummitSnapshot> BarcelonaSnapshot = new(() => Imported("barcelona-2016", "openstack-api/barcelona-2016.json", "Europe/Madrid"));

    public static SummitSnapshot Sydney => SydneySeed.Snapshot;

    public static SummitSnapshot Boston => BostonSnapshot.Value;

    public static SummitSnapshot Barcelona => BarcelonaSnapshot.Value;

    /// <summary>Every member of the working group: a coordinator asks for all of them, whoever has sessions at this summit.</summary>
    public static IReadOnlyList<string> Members => [.. SydneySeed.Members.Members.Select(m => m.Id)];

    private static SummitSnapshot Imported(string slug, string file, string? zone) =>
        ((ImportPlan)ImportPipeline.Run(new ImportRequest(slug, [new ImportSource(file, Fixtures.Read(file), null)], new ImportOptions(TimeZone: zone)),
            null, SydneySeed.Members, Generated)).After;

    public static byte[] MemberItinerary(SummitSnapshot snapshot, IReadOnlyList<string> ids, Paper paper) =>
        ItineraryRenderer.Render(Itinerary.ForMembers(snapshot, SydneySeed.Members, ids, Generated, paper));

    public static byte[] Personal(SummitSnapshot snapshot, IReadOnlyList<string> ids, Paper paper, string? notes = null) =>
        ItineraryRenderer.Render(Itinerary.ForSchedule(snapshot,
            new PersonalSchedule("s1", snapshot.Summit.Slug, "My summit", notes, 1, Generated, Generated,
                [.. ids.Select(id => new Pick(id, Generated, SeenSession.Of(snapshot.FindSession(id)!)))]), Generated, paper));

    public static CoveragePlan Plan(SummitSnapshot snapshot)
    {
        var chosen = Members.ToHashSet(StringComparer.Ordinal);
        return CoveragePlanner.Plan(snapshot, chosen, CoveragePlanner.SpeakersOf(snapshot, SydneySeed.Members, chosen), new CoverageOptions(TimeSpan.FromMinutes(10)));
    }

    public static byte[] Coverage(SummitSnapshot snapshot, Paper paper) =>
        CoverageRenderer.Render(Plan(snapshot), snapshot, SydneySeed.Members.Members.ToDictionary(m => m.Id, m => m.DisplayName), Generated, paper);

    /// <summary>Six sessions over the summit's days, two of them at the same time.</summary>
    public static readonly string[] SixPicks = ["20053", "20565", "19860", "20548", "19266", "20472"];

    /// <summary>
    /// Sydney with its crowded states: ten sessions at 11:40 on Tuesday (picked together), no room announced for any, a
    /// 300-character title (the most an import keeps), and a speaker named in Hangul.
    /// </summary>
    private static readonly Lazy<SummitSnapshot> Crowded = new(() =>
    {
        var murano = Sydney.FindSession("19266")!;
        var title = string.Concat(Enumerable.Repeat("Operating telco clouds at scale across regions ", 7))[..300];
        var extra = Enumerable.Range(1, 9).Select(i => murano with { Id = $"crowd-{i}", Title = $"Parallel session {i}: {murano.Title}" });
        var sessions = Sydney.Sessions.Select(x => x.Id == murano.Id ? x with { Title = title } : x).Concat(extra).Select(x => x with { Room = null });
        var hangul = murano.Speakers.Select(p => p.SpeakerId).ToHashSet();
        var speakers = Sydney.Speakers.Values.Select(p => hangul.Contains(p.Id) ? p with { Name = "김철수", Company = "SK텔레콤" } : p);
        return new SummitSnapshot(Sydney.Summit, sessions, speakers, Sydney.Version);
    });

    /// <summary>Each document by the name its pages are kept under in artifacts/print.</summary>
    public static readonly IReadOnlyDictionary<string, Lazy<byte[]>> Documents = new Dictionary<string, Lazy<byte[]>>
    {
        ["sydney-att-a4"] = new(() => MemberItinerary(Sydney, ["att"], Paper.A4)),
        ["sydney-att-letter"] = new(() => MemberItinerary(Sydney, ["att"], Paper.Letter)),
        ["sydney-working-group-a4"] = new(() => MemberItinerary(Sydney, Members, Paper.A4)),
        ["sydney-personal-6-picks"] = new(() => Personal(Sydney, SixPicks, Paper.A4, "Meet Jaesuk after the Birds of a Feather.\n김철수 will bring the SK Telecom slides.")),
        ["sydney-coverage-a4"] = new(() => Coverage(Sydney, Paper.A4)),
        ["sydney-coverage-letter"] = new(() => Coverage(Sydney, Paper.Letter)),
        ["sydney-personal-crowded"] = new(() => Personal(Crowded.Value, [.. Crowded.Value.Sessions.Where(x => x.Start == Crowded.Value.FindSession("19266")!.Start).Select(x => x.Id)], Paper.A4)),
        ["boston-working-group-letter"] = new(() => MemberItinerary(Boston, Members, Paper.Letter)),
        ["boston-coverage-letter"] = new(() => Coverage(Boston, Paper.Letter)),
        ["barcelona-working-group-a4"] = new(() => MemberItinerary(Barcelona, Members, Paper.A4)),
        ["barcelona-coverage-a4"] = new(() => Coverage(Barcelona, Paper.A4)),
    };
}
