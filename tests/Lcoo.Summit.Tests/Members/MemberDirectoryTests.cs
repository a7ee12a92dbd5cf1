using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;

namespace Lcoo.Summit.Tests.Members;

public class MemberDirectoryTests
{
    private static readonly MemberDirectory Directory = new([
        new MemberCompany("att", "AT&T", ["ATT", "AT&T Integrated Cloud"]),
        new MemberCompany("china-mobile", "China Mobile", ["中国移动", "CMCC"]),
        new MemberCompany("skt", "SK Telecom", ["SKT"]),
    ]);

    [Theory]
    [InlineData("AT and T", "att")]
    [InlineData("at-and-t", "att")]
    [InlineData("ATT", "att")]
    [InlineData("AT&T Integrated Cloud, Inc.", "att")]
    [InlineData("中国移动", "china-mobile")]
    [InlineData("China Mobile Communications Corporation", null)]
    [InlineData("SKT", "skt")]
    [InlineData("Rackspace", null)]
    [InlineData("None", null)]
    public void Company_spellings_resolve_through_names_ids_and_aliases(string company, string? member) =>
        Assert.Equal(member, Directory.Resolve(company)?.Id);

    [Fact]
    public void An_alias_another_member_owns_is_a_collision()
    {
        var clash = Directory.Collision(new MemberCompany("sk", "SK Group", ["S.K.T."]));

        Assert.Equal("skt", clash?.Owner.Id);
    }

    [Fact]
    public void Sessions_are_tagged_with_every_member_whose_people_speak_or_moderate()
    {
        var speakers = new Dictionary<string, Speaker>
        {
            ["1"] = new("1", "Ryan Van Wyk", "AT&T", null),
            ["2"] = new("2", "Jaesuk Ahn", "SKT", null),
            ["3"] = new("3", "Someone", "Rackspace", null),
            ["4"] = new("4", "Moderator", "中国移动", null),
        };
        var session = new Session("19860", "I pity the fool", null, null, null, null, null, default, default,
            [new("1"), new("2"), new("3"), new("4", SpeakerRole.Moderator)], [], null);

        Assert.Equal(["att", "china-mobile", "skt"], SessionTagger.Tag(session, speakers, Directory).Members);
    }

    [Fact]
    public void Retagging_returns_only_the_sessions_whose_tags_move()
    {
        var speakers = new Dictionary<string, Speaker> { ["1"] = new("1", "A", "AT&T", null) };
        var tagged = new Session("a", "A", null, null, null, null, null, default, default, [new("1")], [], null) { Members = ["att"] };
        var untagged = tagged with { Id = "b", Members = [] };

        Assert.Equal(["b"], SessionTagger.Retag([tagged, untagged], speakers, Directory).Select(s => s.Id));
    }
}
