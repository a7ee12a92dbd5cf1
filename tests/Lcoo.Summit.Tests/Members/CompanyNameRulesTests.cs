using Lcoo.Summit.Members;

namespace Lcoo.Summit.Tests.Members;

/// <summary>
/// Each of the company-name rules, one spelling at a time: every legal suffix dropped (and only at the end, and never the
/// whole name), every way a source says "no company", and the apostrophes and dots that join a word instead of splitting it.
/// </summary>
public class CompanyNameRulesTests
{
    public static TheoryData<string> Suffixes =>
    [
        "Inc", "Incorporated", "Corp", "Corporation", "Co", "Ltd", "Limited", "Limitied", "LLC", "PLC", "GmbH", "AG", "SA", "SRL", "BV", "NV", "Pvt", "Private",
        "Pty", "KK",
    ];

    [Theory]
    [MemberData(nameof(Suffixes))]
    public void A_legal_suffix_at_the_end_names_no_company_of_its_own(string suffix)
    {
        Assert.Equal("acmewidgets", CompanyName.Key($"Acme Widgets {suffix}"));
        Assert.Equal("acmewidgets", CompanyName.Key($"Acme Widgets, {suffix}."));
        Assert.Equal("acmewidgets", CompanyName.Key($"Acme Widgets {suffix} {suffix}"));
        Assert.Equal(suffix.ToLowerInvariant(), CompanyName.Key(suffix));
        Assert.Equal($"{suffix.ToLowerInvariant()}widgets", CompanyName.Key($"{suffix} Widgets"));
    }

    [Theory]
    [InlineData("None")]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("na")]
    [InlineData("-")]
    [InlineData("null")]
    [InlineData("TBD")]
    [InlineData("  none  ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_source_saying_no_company_has_no_key(string? said) => Assert.Null(CompanyName.Key(said));

    [Theory]
    [InlineData("Nonesuch")]
    [InlineData("NA Systems")]
    [InlineData("TBD Labs")]
    public void A_company_whose_name_starts_like_no_company_is_still_one(string name) => Assert.NotNull(CompanyName.Key(name));

    [Theory]
    [InlineData("Acme Co.Ltd", "acmecoltd")]
    [InlineData("Widgets Lt'd", "widgets")]
    [InlineData("Widgets Lt\u2019d", "widgets")]
    [InlineData("Widgets Lt-d", "widgetsltd")]
    [InlineData("AT&T's Labs", "atandtslabs")]
    public void Apostrophes_and_dots_join_a_word_where_other_marks_separate_it(string name, string key) =>
        Assert.Equal(key, CompanyName.Key(name));
}
