using System.Text;
using Lcoo.Summit.Members;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Text;

/// <summary>Characters that make <see cref="string.Normalize()"/> throw or XML refuse to carry, from files and from people.</summary>
public class UnicodeTextTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "Keynote\uD800", "Keynote\uFFFD" },
        { "\uDC00Keynote", "\uFFFDKeynote" },
        { "Key\uFFFEnote", "Key\uFFFDnote" },
        { "Key\uFFFFnote", "Key\uFFFDnote" },
        { "Key\uFDD0note", "Key\uFFFDnote" },
        { "Key\u0000no\u001Bte", "Key\uFFFDno\uFFFDte" },
        { "Key\u0085note", "Key\uFFFDnote" },
        { "Key\uDBFF\uDFFEnote", "Key\uFFFDnote" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Clean_replaces_what_normalization_and_xml_cannot_take(string text, string cleaned)
    {
        Assert.Equal(cleaned, UnicodeText.Clean(text));
        Assert.Equal(cleaned, UnicodeText.Normalize(text, NormalizationForm.FormKC));
    }

    [Theory]
    [InlineData("Plain ASCII title")]
    [InlineData("Zürich: 東京 and 🚀 launches")]
    [InlineData("Line one\nline two\tand a tab\r\n")]
    public void Clean_leaves_good_text_as_it_is(string text) =>
        Assert.Same(text, UnicodeText.Clean(text));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Search_folding_and_company_names_take_any_string(string text, string cleaned)
    {
        Assert.Equal(SearchText.Fold(cleaned), SearchText.Fold(text));
        Assert.Equal(CompanyName.Key(cleaned), CompanyName.Key(text));
    }

    [Fact]
    public void Imported_text_is_cleaned_as_it_is_normalized()
    {
        Assert.Equal("Title \uFFFD here", HtmlText.Normalize("Title \uD800  here"));
        Assert.Equal("Q&\uFFFDA", HtmlText.Normalize("Q&amp;\uFFFEA"));
    }
}
