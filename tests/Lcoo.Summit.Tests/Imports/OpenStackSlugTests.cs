using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Imports;

public class OpenStackSlugTests
{
    [Theory]
    [InlineData("AT&T's Strategy for Implementing a Next Generation OpenStack Cloud", "at-and-ts-strategy-for-implementing-a-next-generation-openstack-cloud")]
    [InlineData("Cloud-Native Design/Refactoring Across OpenStack (Part II)", "cloud-native-designrefactoring-across-openstack-part-ii")]
    [InlineData("Murano - Project Update", "murano-project-update")]
    [InlineData("  Extreme/Destructive   Testing ", "extremedestructive-testing")]
    public void Titles_slug_the_way_the_summit_site_did(string title, string slug) =>
        Assert.Equal(slug, OpenStackSlug.FromTitle(title));
}
