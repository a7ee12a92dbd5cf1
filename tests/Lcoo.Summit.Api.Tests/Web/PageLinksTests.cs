using Lcoo.Summit.Api.Web;

namespace Lcoo.Summit.Api.Tests.Web;

/// <summary>The planner's addresses: a session id is the source's and may hold anything a URL gives a meaning to.</summary>
[Trait("Feature", "Planner")]
public class PageLinksTests
{
    [Theory]
    [InlineData("19266", "/plan/sydney-2017/sessions/19266")]
    [InlineData("a b/c?d#e", "/plan/sydney-2017/sessions/a%20b%2Fc%3Fd%23e")]
    [InlineData("0c8a7e2a-4f1e-5b6e-9d9b-3a1f2c4d5e6f", "/plan/sydney-2017/sessions/0c8a7e2a-4f1e-5b6e-9d9b-3a1f2c4d5e6f")]
    [InlineData("漢字", "/plan/sydney-2017/sessions/%E6%BC%A2%E5%AD%97")]
    public void A_session_page_link_escapes_the_id_whatever_it_holds(string id, string link) =>
        Assert.Equal(link, PageLinks.Session("sydney-2017", id));

    [Fact]
    public void The_plan_and_its_changes_are_under_the_escaped_slug() =>
        Assert.Equal(("/plan/a%2Fb", "/plan/a%2Fb/changes"), (PageLinks.Plan("a/b"), PageLinks.Changes("a/b")));
}
