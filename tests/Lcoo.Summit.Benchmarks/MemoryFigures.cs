using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Sqlite;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.OpenStackApi;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// Peak working set of an import (parse, merge, write to SQLite, load the snapshot), each case in a fresh
/// process so peaks do not mix: Barcelona (904 sessions) and a synthetic summit of 50,000.
/// </summary>
public static class MemoryFigures
{
    public static async Task RunAsync()
    {
        foreach (var name in new[] { "baseline", "barcelona", "synthetic-20000" })
        {
            using var child = Process.Start(new ProcessStartInfo("dotnet", [typeof(MemoryFigures).Assembly.Location, "memory-case", name]) { RedirectStandardOutput = true })!;
            Console.Write(await child.StandardOutput.ReadToEndAsync());
            await child.WaitForExitAsync();
        }
    }

    public static async Task<int> MeasureCaseAsync(string name)
    {
        var bytes = name switch
        {
            "barcelona" => Fixtures.Read("openstack-api/barcelona-2016.json"),
            "synthetic-20000" => Synthetic(20_000),
            _ => [],
        };
        var sessions = 0;
        if (bytes.Length > 0)
        {
            var folder = Directory.CreateTempSubdirectory("lcoo-bench-mem-").FullName;
            var storage = new SqliteStorage(Path.Combine(folder, "m.db"));
            await storage.InitializeAsync(default);
            var store = new SqliteSummitStore(storage);
            var request = new ImportRequest("memory", [new ImportSource(name, bytes, "application/json")], new ImportOptions());
            var plan = (ImportPlan)ImportPipeline.Run(request, null, Members.MemberDirectory.Empty, DateTimeOffset.UtcNow);
            await store.SaveImportAsync(plan, null, default);
            var snapshot = await store.LoadSummitAsync("memory", default);
            sessions = snapshot!.Sessions.Count;
            GC.KeepAlive(snapshot);
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory.{name}: sessions={sessions} input={bytes.Length / 1048576.0:0.0}MB peak-working-set={self.PeakWorkingSet64 / 1048576.0:0}MB"));
        return 0;
    }

    /// <summary>An OpenStack-shaped dump of <paramref name="count"/> events, built from Barcelona's summit and speakers.</summary>
    private static byte[] Synthetic(int count)
    {
        var dump = JsonNode.Parse(Fixtures.Read("openstack-api/barcelona-2016.json"))!.AsObject();
        var template = dump["schedule"]!.AsArray();
        var speakers = dump["speakers"]!.AsArray().Select(s => s!["id"]!.GetValue<int>()).ToArray();
        var events = new JsonArray();
        var random = new Random(1);
        var start = template.Min(e => e!["start_date"]!.GetValue<long>());
        for (var i = 0; i < count; i++)
        {
            var from = start + (random.Next(0, 4 * 24 * 6) * 600L);
            var source = template[i % template.Count]!;
            events.Add(new JsonObject
            {
                ["id"] = 1_000_000 + i,
                ["title"] = $"{source["title"]} #{i}",
                ["description"] = $"<p>Synthetic session {i}: {source["title"]}.</p>",
                ["start_date"] = from,
                ["end_date"] = from + 600L * random.Next(1, 9),
                ["location_id"] = source["location_id"]?.DeepClone(),
                ["track_id"] = source["track_id"]?.DeepClone(),
                ["type_id"] = source["type_id"]?.DeepClone(),
                ["class_name"] = "Presentation",
                ["is_published"] = true,
                ["speakers"] = new JsonArray(speakers[random.Next(speakers.Length)], speakers[random.Next(speakers.Length)]),
            });
        }

        dump["schedule"] = events;
        return Encoding.UTF8.GetBytes(dump.ToJsonString());
    }
}
