using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.EventPages;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

public class EventPageParserTests
{
    private static ImportedSchedule Page(string name) =>
        new EventPageParser().Parse(Fixtures.Read($"event-pages/{name}"), SydneySummit.Context);

    [Fact]
    public void A_full_page_gives_title_track_abstract_time_room_level_tags_and_speakers()
    {
        var page = Page("19266-murano-project-update.html");
        var murano = Assert.Single(page.Sessions);

        Assert.Equal("19266", murano.Id);
        Assert.Equal("Murano - Project Update", murano.Title);
        Assert.Equal("Project Updates", murano.Track);
        Assert.StartsWith("Murano is an application catalog", murano.Abstract);
        Assert.Equal(SydneySummit.Local(7, 11, 40), murano.Start);
        Assert.Equal(SydneySummit.Local(7, 12, 0), murano.End);
        Assert.Equal("C3.2", murano.Room);
        Assert.Equal("Intermediate", murano.Level);
        Assert.Equal(["Murano", "App Catalog"], murano.Tags);
        Assert.Equal(["3681", "9722", "11332"], murano.Speakers.Select(s => s.SpeakerId));
        Assert.Equal(SpeakerRole.Moderator, murano.Speakers[2].Role);
        Assert.Equal(new Speaker("3681", "Felipe Monteiro", "AT&T", "Software Engineer"), page.Speakers[0]);
    }

    [Fact]
    public void An_ugly_page_is_cleaned_whitespace_entities_and_TBD_room()
    {
        var session = Assert.Single(Page("20532-lcoo-wg-session-ugly.html").Sessions);

        Assert.Equal("LCOO Working Group – Large Contributing OpenStack Operators", session.Title);
        Assert.Equal("Operators & coordinators meet: priorities for Queens <and beyond>.", session.Abstract);
        Assert.Null(session.Room);
        Assert.Equal(SydneySummit.Local(8, 11, 50), session.Start);
        Assert.Equal("NTT", Assert.Single(Page("20532-lcoo-wg-session-ugly.html").Speakers).Company);
    }

    [Fact]
    public void The_event_id_comes_from_the_canonical_url_when_there_is_no_script()
    {
        var page = Page("20581-no-speakers-no-script.html");
        var session = Assert.Single(page.Sessions);

        Assert.Equal("20581", session.Id);
        Assert.Equal("LCOO 'Birds of a Feather'", session.Title);
        Assert.Empty(session.Speakers);
        Assert.Empty(page.Speakers);
    }

    /// <summary>HtmlAgilityPack refuses a page nested past its limit with a plain exception, known by its message: this fails if an upgrade rewords it.</summary>
    [Fact]
    public void A_page_nested_deeper_than_any_schedule_page_is_refused_saying_so()
    {
        var depth = SourceLimits.HtmlDepth + 1;
        var page = $"<html><body>{string.Concat(Enumerable.Repeat("<div>", depth))}x{string.Concat(Enumerable.Repeat("</div>", depth))}</body></html>";

        var error = Assert.Throws<ScheduleFormatException>(() => new EventPageParser().Parse(System.Text.Encoding.UTF8.GetBytes(page), SydneySummit.Context));

        Assert.Contains($"nested more than {SourceLimits.HtmlDepth} deep", error.Message);
    }

    [Fact]
    public void A_truncated_page_is_refused_not_half_read()
    {
        var error = Assert.Throws<ScheduleFormatException>(() => Page("truncated-event-page.html"));

        Assert.Contains("truncated", error.Message);
    }
}
