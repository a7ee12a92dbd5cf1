using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Mutated real files through POST …/imports: never a 5xx, and a refused import leaves the summit's version as it was.</summary>
[Trait("Feature", "Imports")]
public sealed class ImportFuzzTests : ServiceOwner
{
    [Fact]
    public async Task Mutated_imports_are_answered_without_5xx_and_refusals_write_nothing()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder(), ("Limits:PermitsPerWindow", "100000"))).ReadyClientAsync();
        (string Type, byte[] Bytes)[] inputs =
        [
            ("application/json", Fixtures.Read("openstack-api/sydney-2017.json")),
            ("text/html", Fixtures.Read("event-pages/19266-murano-project-update.html")),
            ("text/html", File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html"))),
            ("application/xml", Fixtures.Read("frab/frab-camp2019-days1-2.xml")),
        ];
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        const int perInput = 100;
        foreach (var (type, bytes) in inputs)
        {
            for (var seed = 0; seed < perInput; seed++)
            {
                var before = await VersionAsync(client);
                var body = new ByteArrayContent(Mutations.Mutate(bytes, new Random(seed)));
                body.Headers.ContentType = new(type);
                using var response = await client.PostAsync("/summits/sydney-2017/imports", body);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    failures.Add($"{type} seed {seed}: {status} {await response.Content.ReadAsStringAsync()}");
                }
                else if (status >= 400 && await VersionAsync(client) != before)
                {
                    failures.Add($"{type} seed {seed}: refused with {status} but the summit changed");
                }
            }
        }

        var summary = $"fuzz: {inputs.Length * perInput} mutated imports over HTTP: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} x {s.Key}"));
        FuzzSummary.Write("imports", summary);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(10)));
    }

    private static async Task<long?> VersionAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/summits/sydney-2017");
        return response.IsSuccessStatusCode
            ? System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("summit").GetProperty("version").GetInt64()
            : null;
    }
}
