using Lcoo.Summit.Api.Storage.Mongo;
using Lcoo.Summit.Api.Storage.Sqlite;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Import;
using Lcoo.Summit.Import.OpenStackApi;
using Lcoo.Summit.Schedule;
using Lcoo.Summit.Testing;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Benchmarks;

/// <summary>Loading a summit snapshot (Barcelona, 904 sessions) from each store, against deserialising the same documents from memory.</summary>
public static class StoreFigures
{
    public static async Task RunAsync()
    {
        var schedule = new OpenStackApiParser().Parse(Fixtures.Read("openstack-api/barcelona-2016.json"), ImportContext.Empty);
        var write = ScheduleWrite.Of(schedule.Summit!, schedule.Sessions, schedule.Speakers);

        var folder = Directory.CreateTempSubdirectory("lcoo-bench-store-").FullName;
        var sqlite = new SqliteSummitStore(Path.Combine(folder, "bench.db"));
        await sqlite.InitializeAsync(default);
        await sqlite.SaveScheduleAsync(write, default);
        var json = schedule.Sessions.Select(StoreJson.Write).ToList();
        var speakerJson = schedule.Speakers.Select(StoreJson.Write).ToList();
        Harness.Ratio("snapshot.load-sqlite", () => Snapshot(sqlite.LoadSummitAsync("barcelona-2016", default).GetAwaiter().GetResult()!),
            () => new SummitSnapshot(schedule.Summit!, json.Select(StoreJson.Read<Session>), speakerJson.Select(StoreJson.Read<Speaker>), 1),
            note: "904 sessions; floor: the same JSON documents deserialised from memory");

        await using var mongo = await CongoProcess.StartAsync();
        var database = new MongoClient(mongo.ConnectionString).GetDatabase("bench");
        var store = new MongoSummitStore(database);
        await store.InitializeAsync(default);
        await store.SaveScheduleAsync(write, default);
        var bson = await database.GetCollection<BsonDocument>("sessions").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        var speakerBson = await database.GetCollection<BsonDocument>("speakers").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Harness.Ratio("snapshot.load-mongodb", () => Snapshot(store.LoadSummitAsync("barcelona-2016", default).GetAwaiter().GetResult()!),
            () => new SummitSnapshot(schedule.Summit!, bson.Select(Bson.To<Session>), speakerBson.Select(Bson.To<Speaker>), 1),
            runs: 7, note: "904 sessions over the wire to the CongoDB emulator; floor: the same BSON documents deserialised from memory");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static SummitSnapshot Snapshot(SummitData data) => new(data.Summit, data.Sessions, data.Speakers, data.Version);
}
