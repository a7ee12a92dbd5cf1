using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Mongo;
using Lcoo.Summit.Api.Storage.Sqlite;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.OpenStackApi;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Benchmarks;

/// <summary>Loading a summit snapshot (Barcelona, 904 sessions) from each store, against deserialising the same documents from memory.</summary>
public static class StoreFigures
{
    public static async Task RunAsync()
    {
        var schedule = new OpenStackApiParser().Parse(Fixtures.Read("openstack-api/barcelona-2016.json"), new ImportContext());
        var plan = new ImportPlan(new ImportReport(null, "barcelona-2016", DateTimeOffset.UnixEpoch, false, [], [], [], 0, [], [], []),
            new SummitWrite(schedule.Summit!, schedule.Sessions, schedule.Speakers, [], SummitChanged: true),
            new SummitSnapshot(schedule.Summit!, schedule.Sessions, schedule.Speakers, 0));

        var folder = Directory.CreateTempSubdirectory("lcoo-bench-store-").FullName;
        var storage = new SqliteStorage(Path.Combine(folder, "bench.db"));
        await storage.InitializeAsync(default);
        var sqlite = new SqliteSummitStore(storage);
        await sqlite.SaveImportAsync(plan, null, default);
        var json = schedule.Sessions.Select(StoreJson.Write).ToList();
        var speakerJson = schedule.Speakers.Select(StoreJson.Write).ToList();
        Harness.Ratio("snapshot.load-sqlite", () => _ = sqlite.LoadSummitAsync("barcelona-2016", default).GetAwaiter().GetResult()!,
            () => new SummitSnapshot(schedule.Summit!, json.Select(StoreJson.Read<Session>), speakerJson.Select(StoreJson.Read<Speaker>), 1),
            note: "904 sessions; floor: the same JSON documents deserialised from memory");

        await using var mongo = await CongoProcess.StartAsync();
        var database = new MongoClient(mongo.ConnectionString).GetDatabase("bench");
        var mongoStorage = new MongoStorage(database);
        await mongoStorage.InitializeAsync(default);
        var store = new MongoSummitStore(mongoStorage, TimeProvider.System);
        await store.SaveImportAsync(plan, null, default);
        var bson = await database.GetCollection<BsonDocument>("sessions").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        var speakerBson = await database.GetCollection<BsonDocument>("speakers").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Harness.Ratio("snapshot.load-mongodb", () => _ = store.LoadSummitAsync("barcelona-2016", default).GetAwaiter().GetResult()!,
            () => new SummitSnapshot(schedule.Summit!, bson.Select(Bson.To<Session>), speakerBson.Select(Bson.To<Speaker>), 1),
            runs: 7, note: "904 sessions over the wire to the CongoDB emulator; floor: the same BSON documents deserialised from memory");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
