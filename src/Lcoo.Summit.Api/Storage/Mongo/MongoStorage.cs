using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// The production database. Documents get a server-made ObjectId <c>_id</c>; natural keys live in fields under unique
/// compound indexes (created at start, idempotently). Writes use <c>majority</c> write concern; where the deployment
/// has transactions (a replica set, as production should be), a summit's multi-document writes run in one.
/// </summary>
public sealed class MongoStorage : IStorage
{
    private readonly IMongoDatabase _db;

    public MongoStorage(IMongoDatabase database, TimeSpan? maxTime = null)
    {
        MongoMapping.Register();
        _db = database;
        Bounded = new FindOptions { MaxTime = maxTime ?? TimeSpan.FromSeconds(10) };
        var majority = new MongoCollectionSettings { WriteConcern = WriteConcern.WMajority };
        Summits = database.GetCollection<BsonDocument>("summits", majority);
        Sessions = database.GetCollection<BsonDocument>("sessions", majority);
        Speakers = database.GetCollection<BsonDocument>("speakers", majority);
        Members = database.GetCollection<BsonDocument>("members", majority);
        Reports = database.GetCollection<BsonDocument>("import_reports", majority);
        Schedules = database.GetCollection<BsonDocument>("schedules", majority);
        Publications = database.GetCollection<BsonDocument>("publications", majority);
        CoveragePlans = database.GetCollection<BsonDocument>("coverage_plans", majority);
        Leases = database.GetCollection<BsonDocument>("leases", majority);
        Sources = database.GetCollection<BsonDocument>("sources", majority);
        SourcePolls = database.GetCollection<BsonDocument>("source_polls", majority);
        WebhookEndpoints = database.GetCollection<BsonDocument>("webhook_endpoints", majority);
        WebhookDeliveries = database.GetCollection<BsonDocument>("webhook_deliveries", majority);
    }

    /// <summary>A client for <c>ConnectionStrings:Mongo</c> with the service's settings: timeouts, retries, read preference.</summary>
    public static MongoStorage Connect(string connectionString, StorageOptions options)
    {
        var url = MongoUrl.Create(connectionString);
        var settings = MongoClientSettings.FromUrl(url);
        if (url.ServerSelectionTimeout == MongoDefaults.ServerSelectionTimeout)
        {
            settings.ServerSelectionTimeout = options.MongoServerSelectionTimeout;
        }

        settings.RetryWrites = true;
        settings.RetryReads = true;
        settings.ReadPreference = new ReadPreference(Enum.Parse<ReadPreferenceMode>(options.MongoReadPreference, ignoreCase: true));
        return new MongoStorage(new MongoClient(settings).GetDatabase(url.DatabaseName ?? options.MongoDatabase), options.MongoMaxTime);
    }

    public string Kind => "mongodb";

    public IMongoCollection<BsonDocument> Summits { get; }

    public IMongoCollection<BsonDocument> Sessions { get; }

    public IMongoCollection<BsonDocument> Speakers { get; }

    public IMongoCollection<BsonDocument> Members { get; }

    public IMongoCollection<BsonDocument> Reports { get; }

    public IMongoCollection<BsonDocument> Schedules { get; }

    public IMongoCollection<BsonDocument> Publications { get; }

    public IMongoCollection<BsonDocument> CoveragePlans { get; }

    public IMongoCollection<BsonDocument> Leases { get; }

    public IMongoCollection<BsonDocument> Sources { get; }

    public IMongoCollection<BsonDocument> SourcePolls { get; }

    public IMongoCollection<BsonDocument> WebhookEndpoints { get; }

    public IMongoCollection<BsonDocument> WebhookDeliveries { get; }

    /// <summary>Every query carries a server-side time limit (<c>Storage:MongoMaxTime</c>).</summary>
    public FindOptions Bounded { get; }

    /// <summary>Whether the deployment runs multi-document transactions (a replica set or sharded cluster; not a standalone server).</summary>
    public bool SupportsTransactions { get; private set; }

    public Task InitializeAsync(CancellationToken ct) => Guard(async () =>
    {
        var unique = new CreateIndexOptions { Unique = true };
        await Summits.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("slug"), unique), cancellationToken: ct);
        await Sessions.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("summit", "sessionId"), unique),
            new CreateIndexModel<BsonDocument>(Keys("summit", "start", "sessionId")),
        ], ct);
        await Speakers.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("summit", "speakerId"), unique), cancellationToken: ct);
        await Members.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("memberId"), unique), cancellationToken: ct);
        await Reports.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("reportId"), unique),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("summit").Descending("at")),
        ], ct);
        await Publications.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("token"), unique),
            new CreateIndexModel<BsonDocument>(Keys("summit")),
        ], ct);
        await CoveragePlans.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("planId"), unique),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("summit").Descending("createdAt")),
        ], ct);
        await Leases.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("name"), unique), cancellationToken: ct);
        await Sources.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("summit"), unique),
            new CreateIndexModel<BsonDocument>(Keys("nextPollAt")),
        ], ct);
        await SourcePolls.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("summit").Descending("_id")), cancellationToken: ct);
        await WebhookEndpoints.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("endpointId"), unique),
            new CreateIndexModel<BsonDocument>(Keys("member", "createdAt")),
        ], ct);
        await WebhookDeliveries.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("endpointId", "deliveryId"), unique),
            new CreateIndexModel<BsonDocument>(Keys("status", "nextAttemptAt")),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("endpointId").Descending("createdAt")),
        ], ct);
        await Summits.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("outbox")), cancellationToken: ct);
        await Schedules.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("summit", "updatedAt")),
            new CreateIndexModel<BsonDocument>(Keys("updatedAt")),
            new CreateIndexModel<BsonDocument>(Keys("tokenHash")),
            new CreateIndexModel<BsonDocument>(Keys("feedHash")),
        ], ct);
        var hello = await _db.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: ct);
        SupportsTransactions = hello.Contains("setName") || (hello.TryGetValue("msg", out var msg) && msg.IsString && msg.AsString == "isdbgrid");
    });

    public Task PingAsync(CancellationToken ct) =>
        Guard(() => _db.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: ct));

    /// <summary>Runs a multi-document write in a transaction where the deployment has them; otherwise step by step.</summary>
    public async Task<T> WriteAsync<T>(Func<IClientSessionHandle?, CancellationToken, Task<T>> write, CancellationToken ct)
    {
        if (!SupportsTransactions)
        {
            return await Guard(() => write(null, ct));
        }

        return await Guard(async () =>
        {
            using var session = await _db.Client.StartSessionAsync(cancellationToken: ct);
            return await session.WithTransactionAsync((s, token) => write(s, token), cancellationToken: ct);
        });
    }

    public static FilterDefinition<BsonDocument> By(string field, string value) => Builders<BsonDocument>.Filter.Eq(field, value);

    public static IndexKeysDefinition<BsonDocument> Keys(params string[] fields) =>
        Builders<BsonDocument>.IndexKeys.Combine(fields.Select(f => Builders<BsonDocument>.IndexKeys.Ascending(f)));

    public static SortDefinition<BsonDocument> Ascending(params string[] fields) =>
        Builders<BsonDocument>.Sort.Combine(fields.Select(f => Builders<BsonDocument>.Sort.Ascending(f)));

    public Task Guard(Func<Task> action) => Guard(async () =>
    {
        await action();
        return true;
    });

    /// <summary>Driver faults that mean "the database did not answer" become <see cref="StoreUnavailableException"/> (a 503 for the caller).</summary>
    public async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            try
            {
                return await action();
            }
            catch (Exception e) when (IsDuplicateKey(e))
            {
                // Two instances upserting the same new key at once: one insert wins, the other's retry updates it.
                return await action();
            }
        }
        catch (Exception e) when (e is TimeoutException or MongoConnectionException or MongoNotPrimaryException or MongoNodeIsRecoveringException or MongoExecutionTimeoutException)
        {
            throw new StoreUnavailableException(Kind, e);
        }
    }

    private static bool IsDuplicateKey(Exception e) => e switch
    {
        MongoWriteException w => w.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException b => b.WriteErrors.Any(x => x.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException c => c.Code == 11000,
        _ => false,
    };
}
