using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// An import's data and its report are one fact: the service killed (<c>kill -9</c>) at any moment of an import comes back
/// with both or neither; imports racing each other each report what they really did.
/// </summary>
[Trait("Feature", "Imports")]
public sealed class ImportIntegrityTests : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-integrity-").FullName;

    /// <summary>Barcelona with every title marked by <paramref name="variant"/>, so the data says which import wrote it.</summary>
    private static byte[] Barcelona(int variant)
    {
        var dump = JsonNode.Parse(Fixtures.Read("openstack-api/barcelona-2016.json"))!;
        foreach (var e in dump["schedule"]!.AsArray())
        {
            e!["title"] = $"{e["title"]!.GetValue<string>()} [v{variant}]";
        }

        return Encoding.UTF8.GetBytes(dump.ToJsonString());
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name) =>
        new() { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "file", name } };

    [Fact]
    public async Task Killed_mid_import_the_service_comes_back_with_the_import_and_its_report_or_neither()
    {
        var ct = TestContext.Current.CancellationToken;
        var service = await ServiceProcess.StartAsync(_root);
        var outcomes = new List<string>();
        try
        {
            // How long one import takes here, to spread the kills over it.
            var timer = System.Diagnostics.Stopwatch.StartNew();
            using (var first = service.Client(coordinator: true))
            using (var response = await first.PostAsync("/summits/barcelona-2016/imports", Upload(Barcelona(0), "v0.json"), ct))
            {
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            var took = timer.Elapsed;
            const int kills = 8;
            for (var i = 1; i <= kills; i++)
            {
                var bytes = Barcelona(i);
                var client = service.Client(coordinator: true);
                var import = client.PostAsync("/summits/barcelona-2016/imports", Upload(bytes, $"v{i}.json"), ct);
                await Task.Delay(took * (0.2 + (1.2 * i / kills)), ct);
                service.Kill();
                await Task.WhenAny(import);
                client.Dispose();

                service = await ServiceProcess.StartAsync(_root);
                outcomes.Add(await CheckConsistentAsync(service, i));
            }
        }
        finally
        {
            await service.DisposeAsync();
        }

        // Every kill left a consistent store (checked above); which side of the commit each landed on is timing: reported.
        var committed = outcomes.Count(o => o == "committed");
        FuzzSummary.Write("kills", $"kill -9: {outcomes.Count} kills during imports: {committed} came back with the import and its report, " +
            $"{outcomes.Count - committed} with neither, 0 with one without the other");
    }

    /// <summary>All 904 sessions carry the variant of the newest report, and there is one report per variant written.</summary>
    private static async Task<string> CheckConsistentAsync(ServiceProcess service, int attempted)
    {
        using var client = service.Client(coordinator: true);
        var reports = JsonDocument.Parse(await client.GetStringAsync("/summits/barcelona-2016/imports")).RootElement.EnumerateArray().ToList();
        var newest = reports[0].GetProperty("sources")[0].GetString()!;
        var variant = newest[1..newest.IndexOf('.', StringComparison.Ordinal)];
        var titles = new List<string>();
        string? cursor = null;
        do
        {
            var page = JsonDocument.Parse(await client.GetStringAsync($"/summits/barcelona-2016/sessions?limit=500{(cursor is null ? "" : $"&cursor={cursor}")}")).RootElement;
            titles.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("title").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.True(titles.Count > 800, $"after kill {attempted}: only {titles.Count} published sessions");
        Assert.All(titles, t => Assert.EndsWith($"[v{variant}]", t));
        Assert.Equal(reports.Count, reports.Select(r => r.GetProperty("sources")[0].GetString()).Distinct().Count());
        return variant == attempted.ToString(System.Globalization.CultureInfo.InvariantCulture) ? "committed" : "not committed";
    }

    [Fact]
    public async Task Identical_imports_at_once_take_turns_and_each_report_says_what_it_did()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var service = await ServiceProcess.StartAsync(_root, new Dictionary<string, string> { ["Limits__PermitsPerWindow"] = "100000" });
        using var client = service.Client(coordinator: true);
        var before = JsonDocument.Parse(await client.GetStringAsync("/summits/sydney-2017", ct)).RootElement.GetProperty("summit").GetProperty("version").GetInt64();
        var dump = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "openstack-api.json")))!;
        var murano = dump["events"]!.AsArray().Single(e => e!["id"]!.GetValue<int>() == 19266)!;
        murano["title"] = "Murano - Project Update (renamed)";
        var bytes = Encoding.UTF8.GetBytes(dump.ToJsonString());

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            client.PostAsync("/summits/sydney-2017/imports", new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, ct)));
        var reports = await Task.WhenAll(responses.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync(ct)).RootElement));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal([0, 0, 0, 0, 1], reports.Select(r => r.GetProperty("changed").GetArrayLength()).Order());
        Assert.All(reports, r => Assert.Empty(r.GetProperty("added").EnumerateArray()));
        var after = JsonDocument.Parse(await client.GetStringAsync("/summits/sydney-2017", ct)).RootElement.GetProperty("summit").GetProperty("version").GetInt64();
        Assert.Equal(before + 1, after);
        Assert.Equal(6, JsonDocument.Parse(await client.GetStringAsync("/summits/sydney-2017/imports", ct)).RootElement.GetArrayLength());
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
