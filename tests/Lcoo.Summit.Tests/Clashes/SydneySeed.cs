using System.Text.Json;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.MemberTables;
using Lcoo.Summit.Imports.OpenStackApi;
using Lcoo.Summit.Members;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Imports;

namespace Lcoo.Summit.Tests.Clashes;

/// <summary>The seed's Sydney summit built through the real pipeline: parse both sources, merge, tag.</summary>
internal static class SydneySeed
{
    public static readonly MemberDirectory Members = new(JsonSerializer.Deserialize<List<MemberCompany>>(
        File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "members.json")), JsonSerializerOptions.Web)!);

    public static readonly SummitSnapshot Snapshot = Build();

    private static SummitSnapshot Build()
    {
        var folder = Path.Combine(Fixtures.SeedData, "sydney-2017");
        var api = new OpenStackApiParser().Parse(File.ReadAllBytes(Path.Combine(folder, "openstack-api.json")), new ImportContext());
        var deck = new MemberTableParser().Parse(File.ReadAllBytes(Path.Combine(folder, "lcoo-member-sessions.html")), SydneySummit.Context);
        var merged = ScheduleMerger.Merge([], [], [api, deck]);
        var speakers = merged.Speakers.ToDictionary(s => s.Id);
        return new SummitSnapshot(api.Summit!, merged.Upserts.Select(s => SessionTagger.Tag(s, speakers, Members)), merged.Speakers, 1);
    }
}
