using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Lcoo.Summit.Imports.Frab;

/// <summary>
/// frab/pretalx <c>schedule.xml</c>, validated against the c3voc XSD (deviations are reported, not fatal).
/// DTDs are refused outright: no entity expansion, no external resolution.
/// </summary>
public sealed class FrabXmlParser : IScheduleParser
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(LoadSchema);

    public string Format => "frab-xml";

    public SourceTraits Traits => SourceTraits.SummitData;

    public bool CanParse(ReadOnlySpan<byte> content, string? contentType) =>
        Sniff.IsMarkup(content) && Sniff.Contains(content, "<schedule") && !Sniff.Contains(content, "<html");

    public ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context)
    {
        var doc = Load(content);
        var problems = new List<ImportProblem>();
        Validate(doc, problems);
        var root = doc.Root!;
        var conference = root.Element("conference") ?? throw new ScheduleFormatException("The XML has no <conference> element: it is not a frab schedule.xml.");
        var events = new List<FrabEvent>();
        var rooms = new List<FrabRoom>();
        SourceLimits.Count(root.Elements("day").Count(), SourceLimits.Days, "days");
        SourceLimits.Count(root.Elements("day").Elements("room").Count(), SourceLimits.Rooms * SourceLimits.Days, "rooms across its days");
        SourceLimits.Count(root.Elements("day").Elements("room").Elements("event").Count(), SourceLimits.Sessions, "events");
        foreach (var (day, dayIndex) in root.Elements("day").Select((d, i) => (d, i)))
        {
            foreach (var room in day.Elements("room"))
            {
                var name = (string?)room.Attribute("name") ?? "";
                rooms.Add(new FrabRoom(name, (string?)room.Attribute("guid")));
                events.AddRange(room.Elements("event").Select(e => new FrabEvent(
                    $"day {dayIndex + 1}, room {name}, event {(string?)e.Attribute("id")}",
                    (string?)e.Attribute("guid"), (string?)e.Attribute("id"), (string?)e.Element("date"), (string?)e.Element("duration"),
                    (string?)e.Element("room") ?? name, (string?)e.Element("title"), (string?)e.Element("subtitle"), (string?)e.Element("track"),
                    (string?)e.Element("type"), (string?)e.Element("language"), (string?)e.Element("abstract"), (string?)e.Element("description"),
                    (string?)e.Element("url"),
                    [.. e.Element("persons")?.Elements("person").Select(p => new FrabPerson((string?)p.Attribute("id") ?? (string?)p.Attribute("guid"), p.Value)) ?? []])
                {
                    Origin = (string?)e.Element("origin_url"),
                }));
            }
        }

        var info = new FrabConference(
            (string?)conference.Element("acronym"), (string?)conference.Element("title"), (string?)conference.Element("start"),
            (string?)conference.Element("end"), (string?)conference.Element("time_zone_name"), (string?)conference.Element("url"),
            [.. rooms.DistinctBy(r => r.Name)])
        {
            Generator = (string?)root.Element("generator")?.Attribute("name"),
            Venue = (string?)conference.Element("venue"),
            City = (string?)conference.Element("city"),
        };
        return FrabSchedule.Build(Format, info, events, context, problems);
    }

    private static XDocument Load(ReadOnlyMemory<byte> content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };
        try
        {
            EnsureShallow(content, settings);
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return doc.Root?.Name.LocalName == "schedule" ? doc : throw new ScheduleFormatException($"The XML's root is <{doc.Root?.Name.LocalName}>, not <schedule>.");
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            // XmlException has no code for a prohibited DTD, only its message; FrabParserTests pins it (the XML bomb).
            throw new ScheduleFormatException("The XML declares a DTD; DTDs are refused (they allow entity-expansion attacks). Remove the <!DOCTYPE …> and import again.", e);
        }
        catch (XmlException e)
        {
            throw new ScheduleFormatException($"The XML is not well-formed (line {e.LineNumber}, position {e.LinePosition}): {e.Message}", e);
        }
    }

    /// <summary>
    /// Schema validation recurses once per level of nesting, so a file of a few hundred kilobytes nested tens of thousands
    /// deep would overflow the stack: the nesting is measured first, by a reader that keeps no tree.
    /// </summary>
    private static void EnsureShallow(ReadOnlyMemory<byte> content, XmlReaderSettings settings)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
            if (reader.Depth > SourceLimits.XmlDepth)
            {
                var line = (reader as IXmlLineInfo)?.LineNumber;
                throw new ScheduleFormatException(
                    $"The XML has elements nested more than {SourceLimits.XmlDepth} deep (line {line}): a schedule.xml nests about 7 deep, so nothing was imported.");
            }
        }
    }

    private static void Validate(XDocument doc, List<ImportProblem> problems)
    {
        var count = 0;
        doc.Validate(Schema.Value, (sender, e) =>
        {
            if (IsPentabarfPlace(sender))
            {
                return;
            }

            if (++count <= 20)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Warning, "schema", $"line {e.Exception?.LineNumber}",
                    $"Not valid against the schedule.xml schema: {e.Message} The import went on with what could be read."));
            }
        });
        if (count > 20)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "schema", "document", $"{count - 20} more schema deviations were not listed."));
        }
    }

    /// <summary>Pentabarf's conference venue and city, which ConfClerk reads and we write: not a deviation worth a warning.</summary>
    internal static bool IsPentabarfPlace(object? node) =>
        node is XElement { Name.LocalName: "venue" or "city", Parent.Name.LocalName: "conference" };

    private static XmlSchemaSet LoadSchema()
    {
        using var stream = typeof(FrabXmlParser).Assembly.GetManifestResourceStream("schedule.xml.xsd")
            ?? throw new InvalidOperationException("The schedule.xml schema is not embedded.");
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(XmlSchema.Read(stream, null)!);
        set.Compile();
        return set;
    }
}
