using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Members;

/// <summary>
/// The company census of a small summit built for its edges: companies by how many sessions they give (ties by name), a
/// company named by its most used spelling (ties by the first in order), its spellings listed in order, "None" and no
/// company left out, unpublished sessions not counted.
/// </summary>
public class CompanyCensusOrderTests
{
    private static SummitSnapshot Summit()
    {
        var day = new DateTimeOffset(2017, 11, 7, 9, 0, 0, TimeSpan.FromHours(11));
        Session Given(string id, bool published = true, params string[] speakers) =>
            new(id, id, null, null, null, null, "Hall", day, day.AddMinutes(30), [.. speakers.Select(s => new SessionSpeaker(s))], [], null) { Published = published };
        Speaker Person(string id, string? company) => new(id, id, company, null);
        var summit = new SummitInfo("small", "Small", "Australia/Sydney", new DateOnly(2017, 11, 7), new DateOnly(2017, 11, 7), null, []);
        return new SummitSnapshot(summit,
        [
            Given("s1", true, "a1", "b1"), Given("s2", true, "a2"), Given("s3", true, "a3", "z1"), Given("s4", true, "b2", "n1", "n2"),
            Given("s5", false, "b1", "q1"), Given("s6", true, "y1"),
        ],
        [
            Person("a1", "Acme Inc"), Person("a2", "ACME"), Person("a3", "ACME"), Person("b1", "Beta"), Person("b2", "beta"),
            Person("z1", "Zeta"), Person("y1", "Yota"), Person("n1", "None"), Person("n2", null), Person("q1", "Quiet Unpublished Co"),
        ], 1);
    }

    [Fact]
    public void Companies_come_by_sessions_then_name_each_named_by_its_commonest_spelling_with_none_left_out()
    {
        var census = CompanyCensus.Of(Summit(), MemberDirectory.Empty);

        Assert.Equal(["ACME", "Beta", "Yota", "Zeta"], census.Select(c => c.Name));
        Assert.Equal([3, 2, 1, 1], census.Select(c => c.Sessions));
        Assert.Equal(["ACME", "Acme Inc"], census[0].Spellings);
        Assert.Equal(["Beta", "beta"], census[1].Spellings);
        Assert.Equal(3, census[0].Speakers);
        Assert.DoesNotContain(census, c => c.Name is "None" or "Quiet Unpublished Co");
    }
}
