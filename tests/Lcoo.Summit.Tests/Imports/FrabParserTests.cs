using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.Frab;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

public class FrabParserTests
{
    [Theory]
    [InlineData("frab-camp2019.json", 79, "camp2019", "Europe/Berlin")]
    [InlineData("pretalx-democon.json", 36, "democon", "UTC")]
    [InlineData("pretalx-rc3.json", 48, "rc3-channels-2020", "Etc/GMT-1")]
    public void Every_event_of_a_schedule_json_is_read(string file, int events, string slug, string zone)
    {
        var schedule = new FrabJsonParser().Parse(Fixtures.Read($"frab/{file}"), new ImportContext());

        Assert.Equal(events, schedule.Sessions.Count);
        Assert.Equal(events, schedule.Sessions.Select(s => s.Id).Distinct().Count());
        Assert.Equal(slug, schedule.Summit!.Slug);
        Assert.Equal(zone, schedule.Summit.TimeZoneId);
    }

    [Fact]
    public void Guid_room_persons_and_duration_are_kept()
    {
        var schedule = new FrabJsonParser().Parse(Fixtures.Read("frab/frab-camp2019.json"), new ImportContext());
        var opening = schedule.Sessions.Single(s => s.Id == "a0a0fcfe-b7fb-46e3-84b6-97a5406016b4");

        Assert.Equal("Opening Ceremony", opening.Title);
        Assert.Equal("Curie", opening.Room);
        Assert.Equal(DateTimeOffset.Parse("2019-08-21T09:00:00Z"), opening.Start);
        Assert.Equal(TimeSpan.FromMinutes(30), opening.Duration);
        Assert.Equal(["7797", "4827"], opening.Speakers.Select(s => s.SpeakerId));
        Assert.Contains(schedule.Speakers, s => s is { Id: "7797", Name: "jinxx" });
    }

    [Fact]
    public void Democon_says_UTC_beside_plus_one_dates_and_two_rooms_share_a_guid_both_reported()
    {
        var schedule = new FrabJsonParser().Parse(Fixtures.Read("frab/pretalx-democon.json"), new ImportContext());

        Assert.Contains(schedule.Problems, p => p.Code == "time-zone-label" && p.Message.Contains("+01:00"));
        Assert.Contains(schedule.Problems, p => p.Code == "duplicate-room-guid" && p.Message.Contains("Gray Room"));
        Assert.Equal(DateTimeOffset.Parse("2020-12-14T08:00:00Z"), schedule.Sessions.Min(s => s.Start));
    }

    [Fact]
    public void Schedule_xml_reads_the_same_events_as_the_json_it_was_made_from()
    {
        var xml = new FrabXmlParser().Parse(Fixtures.Read("frab/frab-camp2019-days1-2.xml"), new ImportContext());
        var json = new FrabJsonParser().Parse(Fixtures.Read("frab/frab-camp2019.json"), new ImportContext());

        Assert.Equal(34, xml.Sessions.Count);
        // Camp 2019 predates the schema's current acronym and slug patterns: reported, and nothing else is.
        Assert.All(xml.Problems.Where(p => p.Code == "schema" && p.Where != "document"),
            p => Assert.Matches("'(acronym|slug)' element is invalid", p.Message));
        foreach (var s in xml.Sessions)
        {
            var j = json.Sessions.Single(x => x.Id == s.Id);
            Assert.Equal((j.Title, j.Start, j.End, j.Room), (s.Title, s.Start, s.End, s.Room));
            Assert.Equal(j.Speakers, s.Speakers);
        }
    }

    [Fact]
    public void An_xml_bomb_is_refused_before_any_entity_is_expanded()
    {
        var error = Assert.Throws<ScheduleFormatException>(() => new FrabXmlParser().Parse(Fixtures.Read("frab/xml-bomb.xml"), new ImportContext()));

        // XmlReader says it refused a DTD only in its message: this fails if an upgrade rewords it.
        Assert.Contains("DTDs are refused", error.Message);
    }

    [Fact]
    public void Xml_that_breaks_the_schema_is_read_with_the_deviations_reported()
    {
        var xml = "<schedule><version>1</version><conference><title>T</title><acronym>t</acronym><time_zone_name>Europe/Berlin</time_zone_name></conference>" +
                  "<day index=\"1\" date=\"2019-08-21\" start=\"2019-08-21T04:00:00+02:00\" end=\"2019-08-22T03:59:00+02:00\"><room name=\"Curie\">" +
                  "<event guid=\"a0a0fcfe-b7fb-46e3-84b6-97a5406016b4\" id=\"1\"><date>2019-08-21T11:00:00+02:00</date><duration>00:30</duration><title>Hi</title></event>" +
                  "</room></day></schedule>";

        var schedule = new FrabXmlParser().Parse(System.Text.Encoding.UTF8.GetBytes(xml), new ImportContext());

        Assert.Single(schedule.Sessions);
        Assert.Contains(schedule.Problems, p => p.Code == "schema");
    }
}
