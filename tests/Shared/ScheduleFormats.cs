using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Json.Schema;

namespace Lcoo.Summit.Testing;

/// <summary>The published c3voc schemas (kept in tests/fixtures/frab), and what a document breaks of them.</summary>
public static class ScheduleFormats
{
    private static readonly Lazy<XmlSchemaSet> Xsd = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(Fixtures.Path("frab", "schedule.xml.xsd"));
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Fixtures.Path("frab", "schema.json"))));

    /// <summary>
    /// What a schedule.xml breaks of the c3voc XSD. The conference's <c>venue</c> and <c>city</c> (Pentabarf's, which
    /// ConfClerk shows and the XSD does not list) are checked apart: present, plain text, after the XSD's own fields.
    /// </summary>
    public static IReadOnlyList<string> XmlErrors(byte[] xml)
    {
        var errors = new List<string>();
        var doc = XDocument.Load(new MemoryStream(xml), LoadOptions.SetLineInfo);
        foreach (var place in doc.Root?.Element("conference")?.Elements().Where(e => e.Name.LocalName is "venue" or "city").ToList() ?? [])
        {
            if (place.HasElements || place.Value.Trim().Length == 0)
            {
                errors.Add($"line {((IXmlLineInfo)place).LineNumber}: the conference's {place.Name.LocalName} is empty or not plain text.");
            }

            place.Remove();
        }

        doc.Validate(Xsd.Value, (_, e) => errors.Add($"line {e.Exception?.LineNumber}: {e.Message}"));
        return errors;
    }

    public static IReadOnlyList<string> JsonErrors(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
