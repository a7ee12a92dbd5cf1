using Lcoo.Summit.Speakers;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Speakers;

/// <summary>Keys for people named without an id: the same person across sources, different people apart, in every script.</summary>
public class PersonKeyTests
{
    [Theory]
    [InlineData("Jane Smith", "jane-smith")]
    [InlineData("  JANE   smith ", "jane-smith")]
    [InlineData("José Müller", "jose-muller")]
    [InlineData("Jean-Luc O'Neil", "jean-luc-oneil")]
    [InlineData("李明", "李明")]
    [InlineData("山田 太郎", "山田-太郎")]
    [InlineData("김 민준", "김-민준")]
    [InlineData("𠀋 Test", "𠀋-test")]
    public void A_name_folds_to_its_letters_in_any_script(string name, string key) =>
        Assert.Equal(key, PersonKey.Fold(name));

    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("Joe Bloggs & Co")]
    public void Plain_ascii_names_fold_as_the_openstack_slug(string name) =>
        Assert.Equal(OpenStackSlug.FromTitle(name), PersonKey.Fold(name));

    [Fact]
    public void Different_people_in_scripts_without_ascii_letters_get_different_keys()
    {
        string[] names = ["李明", "王芳", "山田 太郎", "김 민준", "???", "!!!", "Иван Петров"];

        var keys = names.Select(PersonKey.FromName).ToList();

        Assert.Equal(names.Length, keys.Distinct().Count());
        Assert.All(keys, k => Assert.True(k.Length > PersonKey.Prefix.Length, k));
    }
}
