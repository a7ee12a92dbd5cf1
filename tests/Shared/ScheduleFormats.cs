using System.Text.Json;
using System.Xml;
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

    public static IReadOnlyList<string> XmlErrors(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Xsd.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

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
