using Lcoo.Summit.Members;

namespace Lcoo.Summit.Tests.Members;

public class CompanyNameTests
{
    [Theory]
    [InlineData("AT&T", "AT and T")]
    [InlineData("AT&T", "at-and-t")]
    [InlineData("AT&T", " at&t ")]
    [InlineData("Intel", "Intel Corporation")]
    [InlineData("Intel", "Intel Corp.")]
    [InlineData("Intel", "intel corp")]
    [InlineData("Red Hat", "Red Hat, Inc.")]
    [InlineData("Dell", "Dell, Inc.")]
    [InlineData("Huawei Technologies", "Huawei  Technologies Co., Limitied")]
    [InlineData("IBM India", "IBM India Pvt Ltd")]
    [InlineData("WalmartLabs", "@WalmartLabs")]
    [InlineData("SK Telecom", "SK telecom")]
    [InlineData("中国移动", " 中国移动 ")]
    public void Spellings_of_one_company_share_a_key(string a, string b) =>
        Assert.Equal(CompanyName.Key(a), CompanyName.Key(b));

    [Theory]
    [InlineData("AT&T", "ATT")]
    [InlineData("Cisco", "Cisco Systems")]
    [InlineData("NTT", "NTT Communications")]
    public void Different_names_stay_different_until_an_alias_joins_them(string a, string b) =>
        Assert.NotEqual(CompanyName.Key(a), CompanyName.Key(b));

    [Theory]
    [InlineData("None")]
    [InlineData("none ")]
    [InlineData("N/A")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" - ")]
    public void None_and_blanks_are_no_company(string? name) => Assert.Null(CompanyName.Key(name));

    [Fact]
    public void A_legal_suffix_alone_is_still_a_name() => Assert.Equal("co", CompanyName.Key("Co."));
}
