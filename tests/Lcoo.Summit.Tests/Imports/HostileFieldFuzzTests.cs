using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>
/// Real schedules whose text fields are made long (up to 100,000 characters, one word or many) and whose links are given
/// every scheme a source could carry, through the whole import: whatever the source, nothing over a field's limit and no
/// link but absolute http(s) reaches what would be written, and each cut and refused link is in the report.
/// </summary>
public class HostileFieldFuzzTests
{
    private static readonly string[] Schemes =
    [
        "javascript:alert(document.cookie)//", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://files.test/x", "//evil.test/x", "https:", "http:///nohost", "mailto:a@b.test",
        "\u0001javascript:alert(1)", "https://ok.test/" + new string('a', 3_000), "https://ok.test/session/1",
    ];

    private static readonly int[] Lengths = [250, 301, 5_000, 20_001, 100_000];

    private static string LongText(Random random)
    {
        var length = Lengths[random.Next(Lengths.Length)];
        var oneWord = random.Next(2) == 0;
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            sb.Append(random.Next(20) switch { 0 => "😀", 1 => "中国移动", 2 when !oneWord => " ", _ => "L" });
        }

        return sb.ToString();
    }

    private static bool IsLink(string name) => name.Contains("url", StringComparison.OrdinalIgnoreCase) || name.Contains("link", StringComparison.OrdinalIgnoreCase)
        || name.Contains("href", StringComparison.OrdinalIgnoreCase);

    private static string Hostile(string name, Random random) => IsLink(name) ? Schemes[random.Next(Schemes.Length)] : LongText(random);

    private static byte[] MutateJson(byte[] input, Random random)
    {
        var root = JsonNode.Parse(input)!;
        Walk(root, null);
        return Encoding.UTF8.GetBytes(root.ToJsonString());

        void Walk(JsonNode? node, string? name)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out _) && random.Next(6) == 0)
                        {
                            o[key] = Hostile(key, random);
                        }
                        else
                        {
                            Walk(value, key);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item, name);
                    }

                    break;
            }
        }
    }

    private static byte[] MutateXml(byte[] input, Random random)
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(input));
        foreach (var element in doc.Descendants().Where(e => !e.HasElements).ToList())
        {
            if (random.Next(6) == 0)
            {
                element.Value = XmlText(Hostile(element.Name.LocalName, random));
            }

            foreach (var attribute in element.Attributes().Where(a => random.Next(4) == 0).ToList())
            {
                attribute.Value = XmlText(Hostile(attribute.Name.LocalName, random));
            }
        }

        return Encoding.UTF8.GetBytes(doc.ToString());
    }

    /// <summary>XML 1.0 cannot carry control characters at all: such a source is not XML, and the parser fuzz covers that.</summary>
    private static string XmlText(string text) => string.Concat(text.Where(c => c >= ' '));

    private static readonly (string Name, string Slug, byte[] Input, Func<byte[], Random, byte[]> Mutate)[] Targets =
    [
        ("openstack-api", "sydney-2017", Fixtures.Read("openstack-api/sydney-2017.json"), MutateJson),
        ("frab-json", "democon", Fixtures.Read("frab/pretalx-democon.json"), MutateJson),
        ("frab-xml", "camp2019", Fixtures.Read("frab/frab-camp2019-days1-2.xml"), MutateXml),
    ];

    public const int PerTarget = 40;

    [Fact(Skip = MutationRun.Reason, SkipWhen = nameof(MutationRun.Active), SkipType = typeof(MutationRun))]
    public void Long_fields_and_hostile_links_are_cut_or_left_out_and_reported_never_written()
    {
        var violations = new List<string>();
        var (imported, refused, cut, links) = (0, 0, 0, 0);
        foreach (var (name, slug, input, mutate) in Targets)
        {
            for (var seed = 0; seed < PerTarget; seed++)
            {
                var source = new ImportSource($"{name}-{seed}", mutate(input, new Random(seed)), null);
                var outcome = ImportPipeline.Run(new ImportRequest(slug, [source], new ImportOptions(TimeZone: "Europe/Berlin")), null, SydneySeed.Members,
                    DateTimeOffset.Parse("2017-10-01T00:00:00Z"));
                if (outcome is not ImportPlan plan)
                {
                    refused++;
                    continue;
                }

                imported++;
                cut += plan.Report.Problems.Count(p => p.Code == "field-too-long");
                links += plan.Report.Problems.Count(p => p.Code == "link-refused");
                violations.AddRange(Violations(plan).Select(v => $"{name} seed {seed}: {v}"));
            }
        }

        var summary = $"fuzz: {Targets.Length * PerTarget} imports with long fields and hostile links through {Targets.Length} formats: " +
            $"{imported} imported ({cut} fields cut, {links} links left out), {refused} refused with a reason, {violations.Count} over a limit or unsafe";
        FuzzSummary.Write("fields", summary);
        Assert.True(violations.Count == 0, summary + "\n" + string.Join("\n", violations.Take(20)));
        Assert.True(cut > 0 && links > 0, summary);
    }

    private static IEnumerable<string> Violations(ImportPlan plan)
    {
        var summit = plan.Write.Summit;
        foreach (var (what, value, limit) in new[] { ("summit name", summit.Name, SourceFields.Name), ("venue", summit.Venue, SourceFields.Label) }
            .Concat(summit.Rooms.Select(r => ("room", (string?)r.Name, SourceFields.Label))))
        {
            if (value?.Length > limit)
            {
                yield return $"{what} of {value.Length} characters";
            }
        }

        if (summit.SourceUrl is { } url && !WebLink.IsSafe(url))
        {
            yield return $"summit link {url}";
        }

        foreach (var s in plan.Write.Sessions)
        {
            var fields = new[] { ("title", s.Title, SourceFields.Title), ("abstract", s.Abstract, SourceFields.Abstract), ("track", s.Track, SourceFields.Label),
                ("type", s.Type, SourceFields.Label), ("level", s.Level, SourceFields.Label), ("room", s.Room, SourceFields.Label) }
                .Concat(s.Tags.Select(t => ("tag", (string?)t, SourceFields.Label)));
            foreach (var (what, value, limit) in fields)
            {
                if (value?.Length > limit)
                {
                    yield return $"session {s.Id}: {what} of {value.Length} characters";
                }
            }

            if (s.SourceUrl is { } link && !WebLink.IsSafe(link))
            {
                yield return $"session {s.Id}: link {link}";
            }
        }

        foreach (var p in plan.Write.Speakers)
        {
            if (p.Name.Length > SourceFields.Name || p.Company?.Length > SourceFields.Label || p.JobTitle?.Length > SourceFields.Label)
            {
                yield return $"speaker {p.Id}: a field over its limit";
            }
        }
    }
}
