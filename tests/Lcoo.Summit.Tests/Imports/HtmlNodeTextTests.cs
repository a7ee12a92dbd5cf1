using HtmlAgilityPack;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Imports;

public class HtmlNodeTextTests
{
    public static TheoryData<string> Pages => new()
    {
        "event-pages/19266-murano-project-update.html",
        "event-pages/20532-lcoo-wg-session-ugly.html",
        "event-pages/20581-no-speakers-no-script.html",
        "event-pages/truncated-event-page.html",
        "seed:sydney-2017/lcoo-member-sessions.html",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_elements_text_is_what_InnerText_normalised_gives(string fixture)
    {
        var document = new HtmlDocument();
        document.LoadHtml(System.Text.Encoding.UTF8.GetString(fixture.StartsWith("seed:", StringComparison.Ordinal)
            ? File.ReadAllBytes(Path.Combine(Fixtures.SeedData, fixture["seed:".Length..]))
            : Fixtures.Read(fixture)));

        var elements = document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();

        Assert.NotEmpty(elements);
        Assert.All(elements, e => Assert.Equal(HtmlText.Normalize(e.InnerText), HtmlNodeText.Of(e)));
    }

    [Fact]
    public void Comments_scripts_and_styles_are_left_out_but_a_script_keeps_its_own_text()
    {
        var document = new HtmlDocument();
        document.LoadHtml("<div id='a'> AT&amp;T <!-- note --><script>x()</script><style>p{}</style><b>and\n NTT</b>&nbsp;</div><script id='s'>run()</script>");

        Assert.Equal("AT&T and NTT", HtmlNodeText.Of(document.GetElementbyId("a")!));
        Assert.Equal("run()", HtmlNodeText.Of(document.GetElementbyId("s")!));
        Assert.Equal(HtmlText.Normalize(document.DocumentNode.InnerText), HtmlNodeText.Of(document.DocumentNode));
    }
}
