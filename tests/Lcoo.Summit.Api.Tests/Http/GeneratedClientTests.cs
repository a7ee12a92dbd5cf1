using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>The service on a real socket with Stoplight Prism in front of it, validating every request and answer against docs/openapi.json.</summary>
public sealed class ProxiedService : IAsyncLifetime
{
    public static string Contract => Path.Combine(Fixtures.RepoRoot, "docs", "openapi.json");

    public KestrelService Service { get; private set; } = null!;

    public PrismProxy Proxy { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Service = await KestrelService.StartAsync();
        Proxy = await PrismProxy.StartAsync(Contract, Service.BaseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Service.DisposeAsync();
    }
}

/// <summary>
/// Clients nobody here wrote, generated from the committed contract (Kiota and NSwag for C#, openapi-typescript for
/// TypeScript), compiled, and run as an attendee's app would run them: through Prism, which fails the test on any
/// request or answer the contract does not describe. Each lists summits, pages Tuesday 11:45 at Sydney with a time
/// filter, starts a schedule and picks with If-Match, is told 304 for an unchanged schedule, downloads the PDF and the
/// .ics as streams and schedule.json typed, asks the kiosk what is on, and reads a typed problem.
/// </summary>
[Trait("Feature", "OpenApi")]
public sealed class GeneratedClientTests(ProxiedService proxied) : IClassFixture<ProxiedService>
{
    private static readonly string Tests = Path.Combine(Fixtures.RepoRoot, "tests");
    private static readonly string[] TuesdayAt1145 =
        ["Murano - Project Update", "Guaranteed Provisioning by the Resource Reservation with Blazar", "From Kubernetes to OpenStack - Kubespray, Helm and OpenStack"];

    [Fact]
    public async Task Prism_refuses_a_request_and_an_answer_the_contract_does_not_describe()
    {
        using var http = new HttpClient();
        var mark = proxied.Proxy.Mark;
        using var badRequest = await http.GetAsync($"{proxied.Proxy.BaseUrl}/summits/sydney-2017/sessions?limit=many");
        Assert.Equal(422, (int)badRequest.StatusCode);
        Assert.NotEmpty(await proxied.Proxy.ViolationsSinceAsync(mark));

        var broken = JsonNode.Parse(await File.ReadAllTextAsync(ProxiedService.Contract))!;
        broken["components"]!["schemas"]!["SummitView"]!["required"]!.AsArray().Add("aFieldNoSummitHas");
        var contract = Path.Combine(Directory.CreateTempSubdirectory("lcoo-prism-").FullName, "openapi.json");
        await File.WriteAllTextAsync(contract, broken.ToJsonString());
        await using var strict = await PrismProxy.StartAsync(contract, proxied.Service.BaseUrl);
        using var badAnswer = await http.GetAsync($"{strict.BaseUrl}/summits");
        Assert.Equal(500, (int)badAnswer.StatusCode);
        Assert.NotEmpty(await strict.ViolationsSinceAsync(0));
    }

    [Fact]
    public async Task A_kiota_client_plans_a_tuesday_through_the_validating_proxy()
    {
        var generated = await ToolProcess.RunAsync("dotnet",
            ["kiota", "generate", "-l", "CSharp", "-d", ProxiedService.Contract, "-o", Path.Combine("clients", "kiota", "generated"),
             "-n", "Lcoo.Summit.KiotaClient", "-c", "SummitClient", "--clean-output", "--log-level", "Error"], Tests);
        Assert.True(generated.ExitCode == 0, $"Kiota did not generate a client (tests/install-deps restores it):\n{generated}");

        AssertPlannedTuesday(await BuildAndRunAsync("kiota", "KiotaProbe"), await OnNowAt1150Async());
    }

    [Fact]
    public async Task An_nswag_client_with_its_defaults_plans_a_tuesday_through_the_validating_proxy()
    {
        var output = Path.Combine("clients", "nswag", "generated", "SummitClient.cs");
        var generated = await ToolProcess.RunAsync("dotnet",
            ["nswag", "openapi2csclient", $"/input:{ProxiedService.Contract}", $"/output:{output}", "/namespace:Lcoo.Summit.NSwagClient",
             "/className:SummitClient", "/jsonLibrary:SystemTextJson", "/generateClientInterfaces:false"], Tests);
        Assert.True(generated.ExitCode == 0, $"NSwag did not generate a client (tests/install-deps restores it):\n{generated}");

        var answer = await BuildAndRunAsync("nswag", "NSwagProbe");
        AssertPlannedTuesday(answer, await OnNowAt1150Async());
        Assert.Equal("11月7日 火曜日", (string?)answer["today"]);
    }

    [Fact]
    public async Task A_typescript_client_generated_from_the_contract_compiles_and_plans_a_tuesday_through_the_validating_proxy()
    {
        var contract = Path.Combine(NodeTools.Folder, "contract");
        var generated = await NodeTools.RunAsync("openapi-typescript", [ProxiedService.Contract, "-o", Path.Combine(contract, "generated", "schema.d.ts")]);
        Assert.True(generated.ExitCode == 0, generated.ToString());
        var compiled = await NodeTools.RunAsync("tsc", ["-p", "contract"]);
        Assert.True(compiled.ExitCode == 0, $"The client no longer compiles against the contract:\n{compiled}");

        var mark = proxied.Proxy.Mark;
        var run = await NodeTools.RunAsync("node", [Path.Combine(contract, "out", "client.js"), proxied.Proxy.BaseUrl]);
        Assert.True(run.ExitCode == 0, run.ToString());
        await AssertNoViolationsAsync(mark);

        var answer = JsonNode.Parse(run.Output)!;
        Assert.Equal(3, answer["sessions"]!.AsArray().Count);
        var clash = Assert.Single(answer["clashes"]!.AsArray());
        Assert.Equal(("attendee", "warning", 3), ((string?)clash!["kind"], (string?)clash["severity"], clash["sessions"]!.AsArray().Count));
        Assert.StartsWith("webcal://127.0.0.1:", (string?)answer["subscribe"]);
    }

    private async Task<JsonNode> BuildAndRunAsync(string folder, string project)
    {
        var directory = Path.Combine(Tests, "clients", folder);
        var built = await ToolProcess.RunAsync("dotnet", ["build", $"{project}.csproj", "--disable-build-servers", "-nologo", "-v", "q", "-c", "Debug"], directory,
            timeout: TimeSpan.FromMinutes(4));
        Assert.True(built.ExitCode == 0, $"The {folder} client no longer compiles against the contract:\n{built}");

        var mark = proxied.Proxy.Mark;
        var run = await ToolProcess.RunAsync("dotnet", [Path.Combine("bin", "Debug", "net10.0", $"{project}.dll"), proxied.Proxy.BaseUrl], directory);
        Assert.True(run.ExitCode == 0, $"The {folder} client failed:\n{run}\nPrism saw:\n{string.Join("\n", await proxied.Proxy.ViolationsSinceAsync(mark))}");
        await AssertNoViolationsAsync(mark);
        Assert.True(proxied.Proxy.RequestsSince(mark).Count >= 12, string.Join("\n", proxied.Proxy.RequestsSince(mark)));
        return JsonNode.Parse(run.Output)!;
    }

    private async Task AssertNoViolationsAsync(int mark)
    {
        var violations = await proxied.Proxy.ViolationsSinceAsync(mark);
        Assert.True(violations.Count == 0, $"Prism found requests or answers the contract does not describe:\n{string.Join("\n", violations)}");
    }

    /// <summary>What the service itself says is on at 11:50 that Tuesday, asked directly.</summary>
    private async Task<int> OnNowAt1150Async()
    {
        using var http = proxied.Service.Client();
        return (await http.GetJsonAsync("/summits/sydney-2017/now?at=2017-11-07T11:50:00%2B11:00")).GetProperty("onNow").GetArrayLength();
    }

    private static void AssertPlannedTuesday(JsonNode answer, int onNow)
    {
        Assert.Contains("sydney-2017", answer["summits"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(TuesdayAt1145, answer["sessions"]!.AsArray().Select(s => (string)s!));
        Assert.Equal((4, 1), ((int)answer["version"]!, (int)answer["clashes"]!));
        Assert.Matches("^\"v4\\.s\\d+\"$", (string)answer["etag"]!);
        Assert.Equal(304, (int?)answer["unchanged"]);
        Assert.Equal(("%PDF-", "BEGIN:VCALENDAR"), ((string?)answer["pdf"], (string?)answer["ics"]));
        Assert.Equal((3, 3), ((int)answer["frabEvents"]!, (int)answer["frabDays"]!));
        Assert.True(onNow > 0);
        Assert.Equal(onNow, (int)answer["onNow"]!);
        var problem = answer["problem"]!;
        Assert.Equal((404, "Summit not found"), ((int)problem["Status"]!, (string?)problem["Title"]));
        Assert.Contains("no-such-summit", (string?)problem["Detail"], StringComparison.Ordinal);
    }
}
