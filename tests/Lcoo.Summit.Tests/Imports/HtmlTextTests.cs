using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Imports;

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

    [Theory]
    [InlineData("AT&T and T-Mobile", "AT&T and T-Mobile")]
    [InlineData("<b>AT&T</b> &amp; <i>NTT</i>", "AT&T & NTT")]
    [InlineData("caf&#233; &#x4E2D;&#22269; &eacute;t&eacute; &#128512;", "café 中国 été \U0001F600")]
    [InlineData("&bogus; &#xZZ; & ;", "&bogus; &#xZZ; & ;")]
    [InlineData("3 < 4 and <b>bold", "3 < 4 and bold")]
    [InlineData("a <<<< b", "a <<<< b")]
    [InlineData("<br/><p>first</p><BR><li>second<STYLE>p{}</style>", "first\n\nsecond")]
    [InlineData("one\u00A0\u00A0two\t\r\nthree&nbsp;four", "one two three four")]
    [InlineData("<SCRIPT type=x>no</Script >yes<script>never closed", "yes")]
    [InlineData("<h2>Title</h2>text<h7>inline</h7>", "Title\n\ntextinline")]
    public void Tags_entities_and_whitespace_follow_the_browser(string html, string text) =>
        Assert.Equal(Unescaped(text), HtmlText.ToPlainText(Unescaped(html)));

    [Theory]
    [InlineData("  Cloud   Native\tTalk ", "Cloud Native Talk")]
    [InlineData("Already folded", "Already folded")]
    [InlineData("Tom &amp; Jerry\u00A0Show", "Tom & Jerry Show")]
    [InlineData("", "")]
    public void Normalize_folds_whitespace_and_decodes_entities(string text, string expected) =>
        Assert.Equal(Unescaped(expected), HtmlText.Normalize(Unescaped(text)));

    /// <summary>Inline data spells control and non-ASCII characters as C# escapes (<c>\\u00A0</c>), readable in test names.</summary>
    private static string Unescaped(string text) => System.Text.RegularExpressions.Regex.Unescape(text);
}
