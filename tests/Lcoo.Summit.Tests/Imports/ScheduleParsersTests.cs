using Lcoo.Summit.Imports;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

public class ScheduleParsersTests
{
    [Theory]
    [InlineData("openstack-api/sydney-2017.json", "openstack-api")]
    [InlineData("openstack-api/boston-2017.json", "openstack-api")]
    [InlineData("frab/pretalx-democon.json", "frab-json")]
    [InlineData("frab/frab-camp2019-days1-2.xml", "frab-xml")]
    [InlineData("event-pages/19266-murano-project-update.html", "event-page")]
    public void Each_source_is_recognised_by_its_content(string fixture, string format) =>
        Assert.Equal(format, ScheduleParsers.Default.Detect(Fixtures.Read(fixture), null)?.Format);

    [Fact]
    public void The_deck_tables_are_member_tables()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html"));

        Assert.Equal("member-table", ScheduleParsers.Default.Detect(bytes, "text/html")?.Format);
    }

    [Theory]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("just some text")]
    [InlineData("<html><body><p>A blog post</p></body></html>")]
    public void Content_that_is_no_schedule_is_recognised_as_nothing(string content) =>
        Assert.Null(ScheduleParsers.Default.Detect(System.Text.Encoding.UTF8.GetBytes(content), null));
}
