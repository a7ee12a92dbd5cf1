using System.Text.Json;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Members;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Clashes;

/// <summary>
/// The seed's Sydney summit, imported as the service imports it (<see cref="ImportPipeline.Run"/> over the API dump and
/// the working group's deck). Built afresh on every read, never kept in a static: a mutation run then exercises the
/// import under each mutant, as the test that reads it expects.
/// </summary>
internal static class SydneySeed
{
    private static readonly DateTimeOffset Imported = DateTimeOffset.Parse("2017-11-01T00:00:00Z");

    public static MemberDirectory Members => new(JsonSerializer.Deserialize<List<MemberCompany>>(
        File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "members.json")), JsonSerializerOptions.Web)!);

    public static SummitSnapshot Snapshot
    {
        get
        {
            var folder = Path.Combine(Fixtures.SeedData, "sydney-2017");
            var sources = new[] { ("openstack-api.json", "application/json"), ("lcoo-member-sessions.html", "text/html") }
                .Select(f => new ImportSource(f.Item1, File.ReadAllBytes(Path.Combine(folder, f.Item1)), f.Item2)).ToList();
            return ImportPipeline.Run(new ImportRequest("sydney-2017", sources, new ImportOptions()), null, Members, Imported) switch
            {
                ImportPlan plan => plan.After,
                ImportRefused refused => throw new InvalidOperationException($"The seed did not import: {refused.Title}: {refused.Detail}"),
                var other => throw new InvalidOperationException($"The seed did not import: {other}"),
            };
        }
    }
}
