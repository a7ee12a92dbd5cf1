using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.OpenStackApi;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

public class OpenStackApiParserTests
{
    private static readonly OpenStackApiParser Parser = new();

    private static ImportedSchedule Parse(string fixture, ImportContext? context = null) =>
        Parser.Parse(Fixtures.Read($"openstack-api/{fixture}"), context ?? new ImportContext());

    [Theory]
    [InlineData("sydney-2017.json", 44, 0, "sydney-2017")]
    [InlineData("boston-2017.json", 402, 666, "boston-2017")]
    [InlineData("barcelona-2016.json", 904, 809, "barcelona-2016")]
    public void Every_event_and_speaker_of_the_dump_is_read(string fixture, int sessions, int speakers, string slug)
    {
        var schedule = Parse(fixture);

        Assert.Equal(sessions, schedule.Sessions.Count);
        Assert.Equal(speakers, schedule.Speakers.Count);
        Assert.Equal(slug, schedule.Summit!.Slug);
        Assert.Equal(sessions, schedule.Sessions.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Murano_is_the_tuesday_1140_session_in_C3_2_venue_time()
    {
        var schedule = Parse("sydney-2017.json", new ImportContext(TimeZoneOverride: "Australia/Sydney"));
        var murano = schedule.Sessions.Single(s => s.Id == "19266");
        var zone = VenueTime.FindZone("Australia/Sydney");

        Assert.Equal("Murano - Project Update", murano.Title);
        Assert.Equal("C3.2", murano.Room);
        Assert.Equal(new DateTimeOffset(2017, 11, 7, 11, 40, 0, TimeSpan.FromHours(11)), VenueTime.ToVenue(murano.Start, zone));
        Assert.Equal(TimeSpan.FromMinutes(20), murano.Duration);
        Assert.Equal(["3681", "9722", "11332"], murano.Speakers.Select(s => s.SpeakerId));
    }

    [Fact]
    public void Sydney_summit_days_are_6_to_8_November()
    {
        var summit = Parse("sydney-2017.json", new ImportContext(TimeZoneOverride: "Australia/Sydney")).Summit!;

        Assert.Equal(new DateOnly(2017, 11, 6), summit.StartDate);
        Assert.Equal(new DateOnly(2017, 11, 8), summit.EndDate);
        Assert.Equal("Sydney Convention and Exhibition Centre", summit.Venue);
    }

    [Fact]
    public void The_Melbourne_label_on_a_Sydney_venue_is_noted_but_not_warned_of_since_it_keeps_sydneys_clock()
    {
        var problem = Assert.Single(Parse("sydney-2017.json").Problems, p => p.Code == "time-zone-label");

        Assert.Equal(ProblemSeverity.Info, problem.Severity);
        Assert.Contains("Australia/Melbourne", problem.Message);
        Assert.Contains("same clock as Australia/Sydney", problem.Message);
        Assert.DoesNotContain("re-import", problem.Message);
    }

    [Fact]
    public void A_correct_zone_named_after_another_city_is_no_problem_at_all_boston_keeps_new_yorks_clock()
    {
        var boston = Parse("boston-2017.json");

        Assert.Equal("America/New_York", boston.Summit!.TimeZoneId);
        Assert.DoesNotContain(boston.Problems, p => p.Code == "time-zone-label");
    }

    [Fact]
    public void An_organisation_named_None_is_no_company_on_sessions_as_in_the_company_census()
    {
        // Boston's dump gives sixteen speakers the organisation "None".
        var boston = Lcoo.Summit.Tests.Itineraries.PrintedSummits.Boston;

        Assert.Contains(boston.Speakers.Values, p => p.Company is null);
        Assert.DoesNotContain(boston.Speakers.Values, p => p.Company is not null && Lcoo.Summit.Members.CompanyName.Key(p.Company) is null);
    }

    [Fact]
    public void Zones_are_compared_by_the_clock_they_keep_not_their_names()
    {
        var at = DateTimeOffset.Parse("2017-05-08T12:00:00Z");

        Assert.True(VenueZones.KeepTheSameClock(VenueTime.FindZone("Australia/Sydney"), VenueTime.FindZone("Australia/Melbourne"), at));
        Assert.False(VenueZones.KeepTheSameClock(VenueTime.FindZone("Europe/Madrid"), VenueTime.FindZone("Europe/London"), at));
        // Brisbane keeps Sydney's offset in winter but not its summer time.
        Assert.False(VenueZones.KeepTheSameClock(VenueTime.FindZone("Australia/Sydney"), VenueTime.FindZone("Australia/Brisbane"), at));
        Assert.Equal("America/New_York", VenueZones.ForCity(" Boston ")!.Id);
    }

    [Fact]
    public void The_London_label_on_a_Barcelona_venue_is_reported_and_an_override_fixes_local_times()
    {
        var labelled = Parse("barcelona-2016.json");
        var corrected = Parse("barcelona-2016.json", new ImportContext(TimeZoneOverride: "Europe/Madrid"));

        var problem = Assert.Single(labelled.Problems, p => p.Code == "time-zone-label");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("GB", problem.Message);
        Assert.Equal("Europe/London", labelled.Summit!.TimeZoneId);
        Assert.Equal("Europe/Madrid", corrected.Summit!.TimeZoneId);
        Assert.Equal(labelled.Sessions.Select(s => s.Start), corrected.Sessions.Select(s => s.Start));
    }

    [Fact]
    public void An_unpublished_event_is_kept_as_unpublished_and_reported()
    {
        var schedule = Parse("sydney-2017.json");

        Assert.False(schedule.Sessions.Single(s => s.Id == "20378").Published);
        Assert.Contains(schedule.Problems, p => p.Code == "unpublished" && p.Where == "event 20378");
    }

    [Fact]
    public void Speakers_take_the_current_affiliation_as_seen_and_moderators_are_marked()
    {
        var schedule = Parse("boston-2017.json");

        Assert.Equal("Rackspace", schedule.Speakers.Single(s => s.Id == "513").Company);
        var companies = schedule.Speakers.Select(s => s.Company).ToHashSet();
        Assert.Contains("Intel", companies);
        Assert.Contains("Intel Corporation", companies);
        Assert.Contains(schedule.Sessions, s => s.Speakers.Any(p => p.Role == SpeakerRole.Moderator));
    }

    [Fact]
    public void Tracks_types_levels_and_abstract_text_are_read()
    {
        var workshop = Parse("boston-2017.json").Sessions.Single(s => s.Id == "18632");

        Assert.Equal("OpenStackID Workshop", workshop.Title);
        Assert.Equal("OpenstackId Workshop", workshop.Abstract);
        Assert.Equal("Presentation", workshop.Type);
        Assert.Equal("Intermediate", workshop.Level);
        Assert.Equal("Boston Marriott Copley Place", workshop.Room);
        Assert.Contains("security", workshop.Tags);
    }

    [Fact]
    public void Event_urls_use_the_site_slug_of_the_title()
    {
        var murano = Parse("sydney-2017.json").Sessions.Single(s => s.Id == "19266");

        Assert.EndsWith("/summit/sydney-2017/summit-schedule/events/19266/murano-project-update", murano.SourceUrl);
    }

    [Theory]
    [InlineData("{\"summit\": {\"schedule_event_detail_url\": ", "line 1")]
    [InlineData("{\"schedule_event_detail_url\": \"x\", \"name\": \"n\"}", "neither a 'schedule' array")]
    [InlineData("[1,2,3]", "not an object")]
    public void Malformed_or_misshapen_json_is_a_format_error_that_says_why(string json, string expected)
    {
        var error = Assert.Throws<ScheduleFormatException>(() => Parser.Parse(System.Text.Encoding.UTF8.GetBytes(json), new ImportContext()));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Only_summit_dumps_are_claimed()
    {
        Assert.True(Parser.CanParse(Fixtures.Read("openstack-api/sydney-2017.json"), "application/json"));
        Assert.False(Parser.CanParse(Fixtures.Read("frab/pretalx-democon.json"), "application/json"));
        Assert.False(Parser.CanParse("<html></html>"u8, "text/html"));
    }

    [Fact]
    public void Invalid_UTF_8_inside_a_string_is_a_format_error_not_a_crash()
    {
        var bytes = Fixtures.Read("openstack-api/sydney-2017.json");
        var at = System.Text.Encoding.UTF8.GetString(bytes).IndexOf("Sahara", StringComparison.Ordinal);
        bytes[at] = 0xC3;

        var error = Assert.Throws<ScheduleFormatException>(() => Parser.Parse(bytes, new ImportContext()));

        Assert.Contains("not valid UTF-8", error.Message);
    }

    /// <summary>Dumps from the wild write ids as numbers, strings or objects, and lists as arrays or id-keyed objects.</summary>
    [Fact]
    public void Loosely_typed_fields_are_read_as_the_strict_ones_and_wrong_types_count_as_absent()
    {
        const string dump = """
            /* a comment, and trailing commas, as some exporters write */
            {
              "name": "Mini", "time_zone": {"name": "Europe/Madrid"}, "start_date": 1477353600, "end_date": 1477612800,
              "schedule_event_detail_url": "https://x.test/e/:event_id/:event_title",
              "locations": [{"id": 7, "class_name": "SummitVenueRoom", "name": "Room&nbsp;7"}],
              "tracks": {"3": {"id": "3", "name": "Ops"}},
              "schedule": [
                {"id": {"id": 11}, "title": " AT&amp;T  &amp;\u00a0NTT ", "description": "<p>One&nbsp;</p><p>Two</p>",
                 "start_date": "1477400000", "end_date": 1477401200, "location_id": "7", "track_id": 3, "type_id": [1],
                 "class_name": "Presentation", "level": "N/A", "is_published": "yes",
                 "speakers": {"a": 5, "b": {"id": "6"}, "c": null, "d": 5}, "moderator_speaker_id": 9,
                 "tags": ["x", {"tag": "y"}, {"id": 1}, 3], "videos": [{"deep": [[[]]]}],},
                {"title": "no id", "start_date": 1, "end_date": 2},
                42,
              ],
              "speakers": {"5": {"id": 5, "first_name": "Ana", "last_name": " Ruiz ", "bio": "<p>long</p>",
                "affiliations": [{"is_current": false, "start_date": 9, "organization": {"name": "Old Co"}},
                                 {"is_current": true, "start_date": 1, "organization": {"name": "Telefónica"}}]}},
            }
            """;

        var schedule = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(dump), new ImportContext());

        var session = Assert.Single(schedule.Sessions);
        Assert.Equal("11", session.Id);
        Assert.Equal("AT&T & NTT", session.Title);
        Assert.Equal("One\n\nTwo", session.Abstract);
        Assert.Equal("Room 7", session.Room);
        Assert.Equal("Ops", session.Track);
        Assert.Equal("Presentation", session.Type);
        Assert.Null(session.Level);
        Assert.True(session.Published);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1477400000), session.Start);
        Assert.Equal(["5", "6", "9"], session.Speakers.Select(s => s.SpeakerId));
        Assert.Equal(SpeakerRole.Moderator, session.Speakers[^1].Role);
        Assert.Equal(["x", "y"], session.Tags);
        Assert.Equal("https://x.test/e/11/at-and-t-and-ntt", session.SourceUrl);
        var speaker = Assert.Single(schedule.Speakers);
        Assert.Equal(("Ana Ruiz", "Telefónica"), (speaker.Name, speaker.Company));
        Assert.Equal(2, schedule.Problems.Count(p => p.Code == "missing-id"));
    }

    [Theory]
    [InlineData("{\"schedule\": []} {}", "line 1")]
    [InlineData("{\"schedule\": {\"a\": 1}}", "not a JSON array")]
    [InlineData("{\"summit\": {}, \"events\": 3}", "not a JSON array")]
    [InlineData("{\"schedule\": [], \"start_date\": 1, \"time_zone\": \"Mars/Olympus\"}", "not a known IANA zone")]
    public void What_follows_the_object_and_misshapen_parts_are_errors(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<ScheduleFormatException>(() => Parser.Parse(System.Text.Encoding.UTF8.GetBytes(json), new ImportContext())).Message);
}
