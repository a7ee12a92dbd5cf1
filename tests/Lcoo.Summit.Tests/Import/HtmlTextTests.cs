using Lcoo.Summit.Import;

namespace Lcoo.Summit.Tests.Import;

public class HtmlTextTests
{
    [Fact]
    public void Paragraphs_become_blank_line_separated_text_with_entities_decoded() =>
        Assert.Equal("It&#39;s fast.\n\nTom & Jerry's <demo>",
            HtmlText.ToPlainText("<p><span>It&amp;#39;s   fast.</span></p><p>Tom &amp; Jerry&rsquo;s &lt;demo&gt;</p>")!.Replace('\u2019', '\''));

    [Fact]
    public void Scripts_are_dropped_and_blank_html_is_null()
    {
        Assert.Equal("Hello", HtmlText.ToPlainText("<div>Hello<script>alert(1)</script></div>"));
        Assert.Null(HtmlText.ToPlainText("<p> &nbsp; </p>"));
    }
}
