using System.Text.Json;
using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The OpenAPI document is a contract: checked here for what a client generator needs, kept in docs/openapi.json
/// (so a change to it shows in review), and linted by an independent linter (Redocly's recommended rules).
/// <see cref="GeneratedClientTests"/> runs clients generated from it.
/// </summary>
[Trait("Feature", "OpenApi")]
public sealed class OpenApiContractTests : ServiceOwner
{
    private static readonly string Committed = Path.Combine(Fixtures.RepoRoot, "docs", "openapi.json");

    /// <summary>The document the service serves with its default settings.</summary>
    private async Task<JsonObject> ServedAsync()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key.ToUpperInvariant(), m.Value!.AsObject())));

    [Fact]
    public async Task Every_operation_is_described_with_its_answers_media_types_and_credentials()
    {
        var document = await ServedAsync();

        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 40, $"only {operations.Count} operations");
        Assert.All(operations, o =>
        {
            var where = $"{o.Method} {o.Path}";
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["operationId"]), $"{where}: no operationId");
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{where}: no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["description"]), $"{where}: no description");
            Assert.True(o.Operation["security"] is JsonArray, $"{where}: says nothing about credentials (public operations say security: [])");
            var responses = o.Operation["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{where}: no success response");
            Assert.All(success.Where(r => r.Key != "204"), r => Assert.True(r.Value!["content"] is JsonObject { Count: > 0 }, $"{where} {r.Key}: no media type"));
            Assert.True(responses.ContainsKey("429"), $"{where}: the rate limiter's 429 is not declared");
            var binary = success.Any(r => r.Value!["content"]?.AsObject().Any(c => (string?)c.Value!["schema"]?["format"] == "binary") == true);
            // A file's 304 is said in its If-None-Match parameter: listed as a response, Kiota generates a call that discards the file.
            Assert.False(binary && responses.ContainsKey("304"), $"{where}: a file operation lists 304 among its responses");
            foreach (var parameter in o.Operation["parameters"]?.AsArray() ?? [])
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)parameter!["description"]), $"{where}: parameter {parameter["name"]} has no description");
                // Query and path parameters are camelCase; headers keep their HTTP names (If-Match, If-None-Match).
                Assert.Matches((string?)parameter["in"] == "header" ? "^(If-Match|If-None-Match)$" : "^[a-z][a-zA-Z]*$", (string)parameter["name"]!);
            }
        });
        foreach (var (path, _) in document["paths"]!.AsObject())
        {
            foreach (var name in System.Text.RegularExpressions.Regex.Matches(path, "{([^}]+)}").Select(m => m.Groups[1].Value))
            {
                Assert.All(Operations(document).Where(o => o.Path == path), o =>
                    Assert.Contains(o.Operation["parameters"]!.AsArray(), p => (string)p!["in"]! == "path" && (string)p["name"]! == name));
            }
        }
    }

    [Fact]
    public async Task Files_integers_and_import_bodies_are_typed_as_they_are_on_the_wire()
    {
        var document = await ServedAsync();
        string[] Media(string path, string status = "200") =>
            [.. document["paths"]![path]!["get"]!["responses"]![status]!["content"]!.AsObject().Select(c => c.Key)];
        JsonNode Parameter(string path, string name) =>
            document["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => (string)p!["name"]! == name)!;

        Assert.Equal(["application/pdf"], Media("/schedules/{id}.pdf"));
        Assert.Equal(["application/pdf"], Media("/published/{token}.pdf"));
        Assert.Equal(["text/calendar"], Media("/summits/{slug}/sessions.ics"));
        Assert.Equal(["application/xml"], Media("/summits/{slug}/schedule.xml"));
        Assert.Equal("#/components/schemas/NowView", (string?)document["paths"]!["/summits/{slug}/now"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal("binary", (string?)document["paths"]!["/schedules/{id}.pdf"]!["get"]!["responses"]!["200"]!["content"]!["application/pdf"]!["schema"]!["format"]);
        Assert.Contains("304", document["paths"]!["/summits/{slug}/sessions"]!["get"]!["responses"]!.AsObject().Select(r => r.Key));
        foreach (var (path, name) in new[] { ("/summits/{slug}/sessions", "limit"), ("/summits/{slug}/now", "within"), ("/summits/{slug}/clashes", "travelMinutes"), ("/kiosk/{slug}", "poll") })
        {
            Assert.Equal("integer", (string?)Parameter(path, name)["schema"]!["type"]);
        }

        // An instant with its offset or a venue wall-clock time: a pattern, since format date-time (RFC 3339) needs the offset.
        var from = Parameter("/summits/{slug}/sessions", "from")["schema"]!;
        Assert.Null((string?)from["format"]);
        Assert.Matches((string)from["pattern"]!, "2017-11-07T11:40:00+11:00");
        Assert.Matches((string)from["pattern"]!, "2017-11-07T11:40:00");
        Assert.DoesNotMatch((string)from["pattern"]!, "tuesday");
        var summitJson = document["paths"]!["/summits/{slug}/schedule.json"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/FrabJsonDocument", (string?)summitJson["$ref"]);
        Assert.Equal("string", (string?)document["components"]!["schemas"]!["SummitPhase"]!["type"]);
        Assert.Equal(["start", "title"], Parameter("/summits/{slug}/sessions", "sort")["schema"]!["enum"]!.AsArray().Select(e => (string)e!));
        var integerOrString = document.ToJsonString().Contains("\"integer\",\"string\"", StringComparison.Ordinal);
        Assert.False(integerOrString, "a number is typed as integer-or-string");
        var body = document["paths"]!["/summits/{slug}/imports"]!["post"]!["requestBody"]!["content"]!.AsObject().Select(c => c.Key).Order();
        Assert.Equal(["application/json", "application/xml", "multipart/form-data", "text/html", "text/xml"], body);
        Assert.Equal(["readKey"], document["paths"]!["/schedules/{id}.ics"]!["get"]!["security"]!.AsArray().SelectMany(s => s!.AsObject().Select(k => k.Key)).Where(k => k == "readKey"));
        Assert.Empty(document["paths"]!["/summits/{slug}/sessions"]!["get"]!["security"]!.AsArray());
    }

    [Fact]
    public async Task The_committed_contract_is_the_one_the_service_serves()
    {
        var served = (await ServedAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("LCOO_WRITE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(Committed, served);
        }

        Assert.True(File.Exists(Committed), "docs/openapi.json is missing: run LCOO_WRITE_CONTRACT=1 tests/run (or this test) to write it.");
        Assert.True(served == await File.ReadAllTextAsync(Committed),
            "The service's OpenAPI document differs from docs/openapi.json. If the change is meant, run this test with LCOO_WRITE_CONTRACT=1 and commit the file.");
    }

    [Fact]
    public async Task Redocly_finds_no_errors_and_no_warnings_in_the_contract()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("lcoo-openapi-").FullName, "openapi.json");
        await File.WriteAllTextAsync(file, (await ServedAsync()).ToJsonString());

        var lint = await NodeTools.RunAsync("redocly", ["lint", file, "--config", "redocly.yaml", "--format=json"]);

        var report = JsonNode.Parse(lint.Output[lint.Output.IndexOf('{', StringComparison.Ordinal)..])!;
        var problems = report["problems"]!.AsArray().Select(p => $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}").ToList();
        Assert.True(lint.ExitCode == 0 && problems.Count == 0, string.Join("\n", problems.DefaultIfEmpty(lint.ToString())));
    }
}
