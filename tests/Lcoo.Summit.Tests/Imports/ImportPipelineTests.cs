using System.Text;
using System.Text.Json.Nodes;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>The whole import, as a function: sources, the summit as stored and the members in; the plan and its report out. No host, no store.</summary>
public class ImportPipelineTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2017-10-01T00:00:00Z");

    private static ImportSource Seed(string file) =>
        new(file, File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", file)), null);

    private static ImportSource Text(string name, string content) => new(name, Encoding.UTF8.GetBytes(content), null);

    private static ImportOutcome Run(SummitSnapshot? stored, params ImportSource[] sources) =>
        Run(stored, new ImportOptions(), sources);

    private static ImportOutcome Run(SummitSnapshot? stored, ImportOptions options, params ImportSource[] sources) =>
        ImportPipeline.Run(new ImportRequest("sydney-2017", sources, options), stored, SydneySeed.Members, Now);

    /// <summary>What the store would hold once the plan is written.</summary>
    private static SummitSnapshot Written(ImportPlan plan, SummitSnapshot? before = null)
    {
        var sessions = (before?.Sessions ?? []).Where(s => !plan.Write.RemovedSessionIds.Contains(s.Id)).ToDictionary(s => s.Id);
        foreach (var s in plan.Write.Sessions)
        {
            sessions[s.Id] = s;
        }

        var speakers = (before?.Speakers.Values ?? []).ToDictionary(s => s.Id);
        foreach (var s in plan.Write.Speakers)
        {
            speakers[s.Id] = s;
        }

        return new SummitSnapshot(plan.Write.Summit, sessions.Values, speakers.Values, (before?.Version ?? 0) + 1);
    }

    [Fact]
    public void The_seed_imports_into_nothing_as_a_plan_with_its_summit_sessions_tags_and_the_1140_clash()
    {
        var plan = Assert.IsType<ImportPlan>(Run(null, Seed("openstack-api.json"), Seed("lcoo-member-sessions.html")));

        Assert.Equal(("sydney-2017", "Australia/Sydney"), (plan.Write.Summit.Slug, plan.Write.Summit.TimeZoneId));
        Assert.Equal(66, plan.Report.Added.Count);
        Assert.Null(plan.Report.Id);
        Assert.True(plan.Write.ChangesData);
        var group = Assert.Single(plan.Report.ClashesCreated, c => c.Kind == "member" && c.SessionIds.Contains("19266"));
        Assert.Equal(["att", "ntt", "skt"], plan.Write.Sessions.Where(s => group.SessionIds.Contains(s.Id)).SelectMany(s => s.Members).Distinct().Order());
        Assert.Contains(plan.Report.Problems, p => p.Code == "shifted-row");
    }

    [Fact]
    public void Importing_the_same_sources_again_changes_nothing_and_writes_no_data()
    {
        var first = (ImportPlan)Run(null, Seed("openstack-api.json"), Seed("lcoo-member-sessions.html"));

        var second = Assert.IsType<ImportPlan>(Run(Written(first), Seed("openstack-api.json"), Seed("lcoo-member-sessions.html")));

        Assert.Equal((0, 0, 66), (second.Report.Added.Count, second.Report.Changed.Count, second.Report.Unchanged));
        Assert.False(second.Write.ChangesData);
        Assert.Empty(second.Report.ClashesCreated);
    }

    [Fact]
    public void A_source_with_empty_metadata_does_not_overwrite_the_summit_and_says_so()
    {
        var stored = Written((ImportPlan)Run(null, Seed("openstack-api.json")));

        var plan = Assert.IsType<ImportPlan>(Run(stored, Text("empty.json", "{\"schedule\":{\"conference\":{\"days\":[]}}}")));

        Assert.Equal(stored.Summit.Name, plan.Write.Summit.Name);
        Assert.Equal((stored.Summit.StartDate, stored.Summit.EndDate), (plan.Write.Summit.StartDate, plan.Write.Summit.EndDate));
        Assert.Equal(stored.Summit.Venue, plan.Write.Summit.Venue);
        Assert.Contains(plan.Report.Problems, p => p.Code == "summit-metadata" && p.Message.Contains("kept", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_summit_whose_source_has_no_usable_days_is_refused()
    {
        var outcome = Run(null, Text("empty.json", "{\"schedule\":{\"conference\":{\"title\":\"X\",\"days\":[]}}}"));

        Assert.Equal(ImportRefusal.NoUsableSummit, Assert.IsType<ImportRefused>(outcome).Reason);
    }

    [Fact]
    public void Year_less_sources_need_a_summit_to_be_placed_on()
    {
        Assert.Equal(ImportRefusal.SummitNotFound, Assert.IsType<ImportRefused>(Run(null, Seed("lcoo-member-sessions.html"))).Reason);
    }

    [Theory]
    [InlineData("\u0001\u0002 binary", ImportRefusal.NotASchedule)]
    [InlineData("{\"schedule_event_detail_url\": \"x\", \"events\": 42}", ImportRefusal.Unreadable)]
    public void Sources_that_cannot_be_read_refuse_the_whole_import(string content, ImportRefusal reason)
    {
        var stored = Written((ImportPlan)Run(null, Seed("openstack-api.json")));

        var outcome = Run(stored, Seed("lcoo-member-sessions.html"), Text("bad", content));

        Assert.Equal(reason, Assert.IsType<ImportRefused>(outcome).Reason);
    }

    [Fact]
    public void Unknown_formats_and_zones_are_refused_before_anything_is_parsed()
    {
        Assert.Equal(ImportRefusal.UnknownFormat, ((ImportRefused)Run(null, new ImportOptions(Format: "ical"), Seed("openstack-api.json"))).Reason);
        Assert.Equal(ImportRefusal.UnknownTimeZone, ((ImportRefused)Run(null, new ImportOptions(TimeZone: "Mars/Base"), Seed("openstack-api.json"))).Reason);
        Assert.Equal(ImportRefusal.NothingToImport, ((ImportRefused)Run(null)).Reason);
    }

    [Fact]
    public void Another_summits_dump_is_refused_where_a_summit_holds_a_source()
    {
        var stored = Written((ImportPlan)Run(null, Seed("openstack-api.json")));

        var outcome = ImportPipeline.Run(new ImportRequest("sydney-2017", [new ImportSource("boston", Fixtures.Read("openstack-api/boston-2017.json"), null)], new ImportOptions()),
            stored, SydneySeed.Members, Now);

        Assert.Equal(ImportRefusal.WrongSummit, Assert.IsType<ImportRefused>(outcome).Reason);
    }

    [Fact]
    public void A_summit_kept_under_a_slug_of_its_own_takes_its_source_again_and_refuses_another()
    {
        static ImportOutcome Into(SummitSnapshot? stored, string file) => ImportPipeline.Run(
            new ImportRequest("bcn", [new ImportSource(file, Fixtures.Read($"openstack-api/{file}"), null)], new ImportOptions(TimeZone: "Europe/Madrid")),
            stored, SydneySeed.Members, Now);

        var first = Assert.IsType<ImportPlan>(Into(null, "barcelona-2016.json"));
        Assert.Equal(("bcn", "barcelona-2016"), (first.Write.Summit.Slug, first.Write.Summit.SourceSlug));

        var again = Assert.IsType<ImportPlan>(Into(Written(first), "barcelona-2016.json"));
        Assert.Equal((0, 0), (again.Report.Added.Count, again.Report.Changed.Count));

        var other = Assert.IsType<ImportRefused>(Into(Written(first), "boston-2017.json"));
        Assert.Equal(ImportRefusal.WrongSummit, other.Reason);
        Assert.Contains("holds the schedule of 'barcelona-2016'", other.Detail);
    }

    [Fact]
    public void A_summit_whose_events_start_the_day_before_its_dates_gets_that_day_so_every_output_says_the_same_days()
    {
        var plan = Assert.IsType<ImportPlan>(ImportPipeline.Run(new ImportRequest("boston-2017",
            [new ImportSource("boston-2017.json", Fixtures.Read("openstack-api/boston-2017.json"), null)], new ImportOptions()), null, SydneySeed.Members, Now));
        var summit = plan.After.Summit;
        var export = new Lcoo.Summit.Exports.FrabExport(plan.After, [.. plan.After.Sessions.Where(s => s.Published)], "1", new Uri("https://example.org/"), "Boston");

        Assert.Equal((new DateOnly(2017, 5, 7), new DateOnly(2017, 5, 11)), (summit.StartDate, summit.EndDate));
        var note = Assert.Single(plan.Report.Problems, p => p.Code == "summit-days-widened");
        Assert.Contains("Sunday 7 May", note.Message);
        Assert.DoesNotContain(plan.Report.Problems, p => p.Code == "outside-summit-days");
        Assert.Equal(summit.EndDate.DayNumber - summit.StartDate.DayNumber + 1, export.Days().Count);
        Assert.Equal(summit.StartDate, export.Days()[0].Date);
    }

    [Fact]
    public void An_event_far_outside_the_summits_days_does_not_stretch_them()
    {
        var stored = Written((ImportPlan)Run(null, Seed("openstack-api.json")));
        var far = stored.Sessions[0] with { Id = "far", Start = stored.Sessions[0].Start.AddDays(40), End = stored.Sessions[0].End.AddDays(40) };

        var widened = SummitSpan.Widen(stored.Summit, [.. stored.Sessions, far]);

        Assert.Null(widened);
    }

    [Fact]
    public void Json_that_starts_with_a_byte_order_mark_imports_as_without_one()
    {
        var dump = Seed("openstack-api.json").Content.ToArray();

        var plain = Assert.IsType<ImportPlan>(Run(null, new ImportSource("plain.json", dump, null)));
        var marked = Assert.IsType<ImportPlan>(Run(null, new ImportSource("bom.json", (byte[])[.. Encoding.UTF8.Preamble, .. dump], null)));

        Assert.Equal(plain.Write.Sessions.Select(s => s.Title), marked.Write.Sessions.Select(s => s.Title));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Frab_xml_in_utf16_with_its_byte_order_mark_imports_as_in_utf8(string encoding)
    {
        var xml = Encoding.UTF8.GetString(Fixtures.Read("frab/frab-camp2019-days1-2.xml"));
        var declared = System.Text.RegularExpressions.Regex.Replace(xml, "encoding=\"[^\"]*\"", "encoding=\"UTF-16\"");
        var utf16 = encoding == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var bytes = (byte[])[.. utf16.GetPreamble(), .. utf16.GetBytes(declared)];
        ImportOutcome Into(byte[] content) => ImportPipeline.Run(
            new ImportRequest("camp2019", [new ImportSource("schedule.xml", content, "application/xml")], new ImportOptions()), null, SydneySeed.Members, Now);

        var fromUtf8 = Assert.IsType<ImportPlan>(Into(Encoding.UTF8.GetBytes(xml)));
        var fromUtf16 = Assert.IsType<ImportPlan>(Into(bytes));

        Assert.Equal(fromUtf8.Write.Sessions.Select(s => (s.Id, s.Title)), fromUtf16.Write.Sessions.Select(s => (s.Id, s.Title)));
        Assert.NotEmpty(fromUtf16.Write.Sessions);
    }

    [Fact]
    public void A_summit_made_by_hand_takes_the_first_source_it_is_given()
    {
        var byHand = new SummitSnapshot(new SummitInfo("sydney-2017", "Sydney", "Australia/Sydney", new(2017, 11, 6), new(2017, 11, 8), null, []), [], [], 1);

        var plan = Assert.IsType<ImportPlan>(Run(byHand, Seed("openstack-api.json")));

        Assert.Equal("sydney-2017", plan.Write.Summit.SourceSlug);
    }

    [Fact]
    public void Fields_past_their_limits_are_cut_and_links_that_are_not_http_are_left_out_each_with_a_problem()
    {
        var dump = JsonNode.Parse(Seed("openstack-api.json").Content.Span)!;
        var murano = dump["events"]!.AsArray().Single(e => e!["id"]!.GetValue<int>() == 19266)!;
        murano["title"] = new string('L', 20_000);
        dump["summit"]!["page_url"] = "javascript:alert(document.cookie)//";
        dump["summit"]!["schedule_event_detail_url"] = "javascript:alert(1)//:id";

        var plan = Assert.IsType<ImportPlan>(Run(null, Text("hostile.json", dump.ToJsonString())));

        var title = plan.Write.Sessions.Single(s => s.Id == "19266").Title;
        Assert.Equal(SourceFields.Title, title.Length);
        Assert.EndsWith("L…", title);
        Assert.Contains(plan.Report.Problems, p => p.Code == "field-too-long" && p.SessionId == "19266" && p.Message.Contains("20,000 characters"));
        Assert.All(plan.Write.Sessions, s => Assert.True(s.SourceUrl is null || s.SourceUrl.StartsWith("https://", StringComparison.Ordinal), s.SourceUrl));
        Assert.Null(plan.Write.Summit.SourceUrl);
        Assert.Contains(plan.Report.Problems, p => p.Code == "link-refused");
    }

    [Fact]
    public void A_later_dump_moving_a_session_is_a_change_with_the_clashes_it_resolves()
    {
        var stored = Written((ImportPlan)Run(null, Seed("openstack-api.json"), Seed("lcoo-member-sessions.html")));
        var dump = JsonNode.Parse(Seed("openstack-api.json").Content.Span)!;
        var murano = dump["events"]!.AsArray().Single(e => e!["id"]!.GetValue<int>() == 19266)!;
        murano["start_date"] = murano["start_date"]!.GetValue<long>() + (5 * 3600);
        murano["end_date"] = murano["end_date"]!.GetValue<long>() + (5 * 3600);

        var plan = Assert.IsType<ImportPlan>(Run(stored, Text("moved.json", dump.ToJsonString()), Seed("lcoo-member-sessions.html")));

        var change = Assert.Single(plan.Report.Changed);
        Assert.Equal("19266", change.Id);
        Assert.Contains(change.Fields, f => f.Field == "start");
        Assert.Contains(plan.Report.ClashesResolved, c => c.Kind == "member" && c.SessionIds.Contains("19266"));
        Assert.Equal(stored.Summit.Name, plan.Write.Summit.Name);
    }

    [Fact]
    public void A_source_with_thousands_of_faults_of_one_kind_lists_a_few_and_counts_the_rest()
    {
        var events = string.Join(",", Enumerable.Range(1, 500).Select(i => $"{{\"guid\":\"g{i}\",\"date\":\"bad\",\"duration\":\"00:30\",\"title\":\"T{i}\"}}"));
        var json = "{\"schedule\":{\"conference\":{\"title\":\"Sydney\",\"start\":\"2017-11-06\",\"end\":\"2017-11-08\",\"time_zone_name\":\"Australia/Sydney\"," +
                   $"\"days\":[{{\"rooms\":{{\"C3.2\":[{events}]}}}}]}}}}}}";

        var plan = Assert.IsType<ImportPlan>(Run(null, Text("faulty.json", json)));

        var badTimes = plan.Report.Problems.Where(p => p.Code == "bad-times").ToList();
        Assert.Equal(ProblemList.PerCode + 1, badTimes.Count);
        Assert.Contains("480 more", badTimes[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-03")]
    [InlineData("9999-12-29", "9999-12-31")]
    public void Year_less_sources_into_a_summit_at_the_ends_of_the_calendar_are_refused_not_thrown(string first, string last)
    {
        var summit = SydneySummit.Info with { StartDate = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), EndDate = DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture) };
        var stored = new SummitSnapshot(summit, [], [], 1);

        var page = Run(stored, new ImportSource("murano.html", Fixtures.Read("event-pages/19266-murano-project-update.html"), null));
        var table = Run(stored, Seed("lcoo-member-sessions.html"));

        Assert.Equal(ImportRefusal.Unreadable, Assert.IsType<ImportRefused>(page).Reason);
        Assert.Equal(ImportRefusal.Unreadable, Assert.IsType<ImportRefused>(table).Reason);
    }
}
