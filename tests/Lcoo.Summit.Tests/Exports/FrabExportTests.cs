using System.Text;
using System.Xml.Linq;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Exports;

/// <summary>Our frab exports against the published c3voc schemas, for real summits, and back through our own importer.</summary>
public class FrabExportTests
{
    private static readonly Uri Base = new("https://summit.example.org/");

    /// <summary>A summit as the import pipeline leaves it, from fixture files.</summary>
    private static SummitSnapshot Imported(string slug, params string[] fixtures)
    {
        var sources = fixtures.Select(f => new ImportSource(f, Fixtures.Read(f), null)).ToList();
        var outcome = ImportPipeline.Run(new ImportRequest(slug, sources, new ImportOptions()), null, SydneySeed.Members, DateTimeOffset.UnixEpoch);
        return Assert.IsType<ImportPlan>(outcome).After;
    }

    public static TheoryData<string> Summits => ["sydney", "boston", "pretalx-democon", "pretalx-rc3", "frab-camp2019"];

    private static SummitSnapshot Summit(string name) => name switch
    {
        "sydney" => SydneySeed.Snapshot,
        "boston" => Imported("boston-2017", "openstack-api/boston-2017.json"),
        "pretalx-democon" => Imported("democon", "frab/pretalx-democon.json"),
        "pretalx-rc3" => Imported("rc3-2020", "frab/pretalx-rc3.json"),
        "frab-camp2019" => Imported("camp2019", "frab/frab-camp2019-days1-2.xml"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static FrabExport Export(SummitSnapshot snapshot, IReadOnlyList<Session>? sessions = null) =>
        new(snapshot, sessions ?? [.. snapshot.Sessions.Where(s => s.Published)], $"{snapshot.Version}", Base, snapshot.Summit.Name);

    [Theory]
    [MemberData(nameof(Summits))]
    public void The_xml_export_is_valid_against_the_c3voc_xsd(string summit)
    {
        var xml = FrabXmlWriter.Write(Export(Summit(summit)));

        Assert.Empty(ScheduleFormats.XmlErrors(xml));
    }

    [Theory]
    [MemberData(nameof(Summits))]
    public void The_json_export_is_valid_against_the_c3voc_json_schema(string summit)
    {
        var json = FrabJsonWriter.Write(Export(Summit(summit)));

        var errors = ScheduleFormats.JsonErrors(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void An_export_has_the_venues_zone_days_rooms_and_every_published_session()
    {
        var snapshot = SydneySeed.Snapshot;

        var xml = XDocument.Parse(Encoding.UTF8.GetString(FrabXmlWriter.Write(Export(snapshot))));

        Assert.Equal("Australia/Sydney", xml.Root!.Element("conference")!.Element("time_zone_name")!.Value);
        Assert.Equal(["2017-11-06", "2017-11-07", "2017-11-08"], xml.Root.Elements("day").Select(d => d.Attribute("date")!.Value));
        Assert.Equal("2017-11-07T00:00:00+11:00", xml.Root.Elements("day").ElementAt(1).Attribute("start")!.Value);
        var events = xml.Root.Descendants("event").ToList();
        Assert.Equal(snapshot.Sessions.Count(s => s.Published), events.Count);
        var murano = Assert.Single(events, e => e.Element("title")!.Value == "Murano - Project Update");
        Assert.Equal(("2017-11-07T11:40:00+11:00", "11:40", "00:20", "C3.2"),
            (murano.Element("date")!.Value, murano.Element("start")!.Value, murano.Element("duration")!.Value, murano.Element("room")!.Value));
        Assert.Equal("19266", murano.Attribute("id")!.Value);
        Assert.Contains("AT&T", murano.Element("description")!.Value);
    }

    [Fact]
    public void The_same_event_has_the_same_guid_in_every_export_and_on_every_instance()
    {
        var snapshot = SydneySeed.Snapshot;
        var murano = snapshot.FindSession("19266")!;

        var whole = XDocument.Parse(Encoding.UTF8.GetString(FrabXmlWriter.Write(Export(snapshot))));
        var one = XDocument.Parse(Encoding.UTF8.GetString(FrabXmlWriter.Write(Export(snapshot, [murano]))));
        var json = System.Text.Json.JsonDocument.Parse(FrabJsonWriter.Write(Export(snapshot, [murano])));

        var guid = whole.Descendants("event").Single(e => e.Attribute("id")!.Value == "19266").Attribute("guid")!.Value;
        Assert.Equal(guid, one.Descendants("event").Single().Attribute("guid")!.Value);
        Assert.Equal(guid, json.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days")[1]
            .GetProperty("rooms").GetProperty("C3.2")[0].GetProperty("guid").GetString());
        Assert.Equal(StableGuid.Of("sydney-2017/session/19266").ToString(), guid);
        Assert.Equal("5", StableGuid.Of("x").ToString()[14..15]);
    }

    [Fact]
    public void Every_person_in_the_xml_has_a_number_frab_apps_key_people_by_the_same_in_every_session()
    {
        var snapshot = SydneySeed.Snapshot;

        var persons = XDocument.Parse(Encoding.UTF8.GetString(FrabXmlWriter.Write(Export(snapshot)))).Descendants("person").ToList();

        Assert.NotEmpty(persons);
        Assert.All(persons, p => Assert.True(int.TryParse(p.Attribute("id")?.Value, out var id) && id > 0, p.ToString()));
        Assert.All(persons.GroupBy(p => p.Attribute("guid")!.Value), same => Assert.Single(same.Select(p => p.Attribute("id")!.Value).Distinct()));
        Assert.Equal(persons.Select(p => p.Attribute("guid")!.Value).Distinct().Count(), persons.Select(p => p.Attribute("id")!.Value).Distinct().Count());
    }

    public static TheoryData<string> Formats => ["xml", "json"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Importing_our_export_into_an_empty_summit_gives_back_the_sessions_times_rooms_and_speakers(string format)
    {
        var original = SydneySeed.Snapshot;
        var export = Export(original);
        var bytes = format == "xml" ? FrabXmlWriter.Write(export) : FrabJsonWriter.Write(export);

        var plan = Assert.IsType<ImportPlan>(ImportPipeline.Run(
            new ImportRequest("sydney-copy", [new ImportSource($"schedule.{format}", bytes, null)], new ImportOptions()), null, MemberDirectory.Empty, DateTimeOffset.UnixEpoch));
        var copy = plan.After;

        Assert.Equal(("Australia/Sydney", original.Summit.StartDate, original.Summit.EndDate), (copy.Summit.TimeZoneId, copy.Summit.StartDate, copy.Summit.EndDate));
        Assert.Equal(Shape(original, original.Sessions.Where(s => s.Published)), Shape(copy, copy.Sessions));
        Assert.DoesNotContain(plan.Report.Problems, p => p.Code == "schema");
        if (format == "xml")
        {
            Assert.Equal(("Sydney Convention and Exhibition Centre", "Sydney"), (copy.Summit.Venue, copy.Summit.City));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Characters_a_schedule_file_cannot_carry_are_replaced_and_the_export_stays_valid(string format)
    {
        const string Hostile = "\u0001Bad\uFFFE\u001B";
        var seed = SydneySeed.Snapshot;
        var snapshot = new SummitSnapshot(seed.Summit with { Name = seed.Summit.Name + Hostile },
            seed.Sessions.Select(s => s with { Title = s.Title + Hostile, Room = s.Room + Hostile, Track = Hostile, Abstract = Hostile }),
            seed.Speakers.Values.Select(p => p with { Name = p.Name + Hostile }), 1);
        var export = new FrabExport(snapshot, [.. snapshot.Sessions.Where(s => s.Published)], "1", Base, "Filter \u0002" + Hostile);

        if (format == "xml")
        {
            var xml = FrabXmlWriter.Write(export);
            Assert.Empty(ScheduleFormats.XmlErrors(xml));
            Assert.Contains("Murano - Project Update\uFFFDBad\uFFFD\uFFFD", Encoding.UTF8.GetString(xml));
        }
        else
        {
            var json = FrabJsonWriter.Write(export);
            Assert.Empty(ScheduleFormats.JsonErrors(json));
        }
    }

    private static List<string> Shape(SummitSnapshot snapshot, IEnumerable<Session> sessions) =>
        [.. sessions.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s =>
            $"{s.Id}|{s.Title}|{s.Start:O}|{s.End:O}|{s.Room}|{s.Track}|{string.Join(",", s.Speakers.Select(p => snapshot.FindSpeaker(p.SpeakerId)?.Name ?? $"Speaker {p.SpeakerId}").Order(StringComparer.Ordinal))}")];
}
