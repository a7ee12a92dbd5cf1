using Lcoo.Summit.Members;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Tests.Itineraries;

namespace Lcoo.Summit.Tests.Members;

/// <summary>
/// The companies a coordinator maps to members: on Boston every company that maps to no member is listed with the member
/// its name looks like, if any; the suggestions made are listed here, each checked by eye.
/// </summary>
public class CompanyCensusTests
{
    private readonly MemberDirectory Members = SydneySeed.Members;

    [Theory]
    [InlineData("NTT Communications", "ntt", "it starts with 'NTT'")]
    [InlineData("NTT DATA Corporation", "ntt", "it starts with 'NTT'")]
    [InlineData("Orange Labs", "orange", "it starts with 'Orange'")]
    [InlineData("Walmrt", "walmart", null)]
    [InlineData("Intel Corporation", null, null)]
    [InlineData("Mirantis", null, null)]
    [InlineData("Nokia", null, null)]
    public void A_company_name_is_offered_the_member_it_looks_like(string company, string? member, string? reason)
    {
        var suggestion = CompanyCensus.Suggest(company, Members);

        Assert.Equal(member, suggestion?.MemberId);
        if (reason is not null)
        {
            Assert.Equal(reason, suggestion!.Reason);
        }
    }

    [Fact]
    public void On_boston_every_unmapped_company_is_listed_and_the_suggestions_are_the_ones_checked_by_eye()
    {
        var census = CompanyCensus.Of(PrintedSummits.Boston, Members);
        var unmapped = census.Where(c => c.Member is null).ToList();
        var suggested = unmapped.Where(c => c.LooksLike is not null).Select(c => $"{c.Name} → {c.LooksLike!.MemberId}").Order(StringComparer.Ordinal).ToList();

        Assert.True(unmapped.Count > 150, $"{unmapped.Count} unmapped companies");
        Assert.DoesNotContain(census, c => c.Member is not null && c.LooksLike is not null);
        Assert.Equal(Expected, suggested);
    }

    private static readonly string[] Expected =
    [
        "China Mobile Suzhou Software Technology Co., Ltd - China Mobile Suzhou Research Center → china-mobile",
        "NTT WEST → ntt",
        "Nippon Telegraph and Telephone West Corporation → ntt",
    ];
}
