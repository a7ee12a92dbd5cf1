using Lcoo.Summit.Import;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedule;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// The production store. Natural keys live in fields under unique compound indexes (created at start,
/// idempotently); writes are upserts by those keys, imports use <c>majority</c> write concern, and the
/// summit's version is bumped last so that readers never load a half-written import as current.
/// </summary>
public sealed partial class MongoSummitStore : ISummitStore, IScheduleStore
{
    private readonly IMongoDatabase _db;
    private readonly IMongoCollection<BsonDocument> _summits;
    private readonly IMongoCollection<BsonDocument> _sessions;
    private readonly IMongoCollection<BsonDocument> _speakers;
    private readonly IMongoCollection<BsonDocument> _members;
    private readonly IMongoCollection<BsonDocument> _reports;
    private readonly IMongoCollection<BsonDocument> _schedules;

    private readonly FindOptions _bounded;

    public MongoSummitStore(IMongoDatabase database, TimeSpan? maxTime = null)
    {
        _bounded = new FindOptions { MaxTime = maxTime ?? TimeSpan.FromSeconds(10) };
        MongoMapping.Register();
        _db = database;
        var majority = new MongoCollectionSettings { WriteConcern = WriteConcern.WMajority };
        _summits = database.GetCollection<BsonDocument>("summits", majority);
        _sessions = database.GetCollection<BsonDocument>("sessions", majority);
        _speakers = database.GetCollection<BsonDocument>("speakers", majority);
        _members = database.GetCollection<BsonDocument>("members", majority);
        _reports = database.GetCollection<BsonDocument>("import_reports", majority);
        _schedules = database.GetCollection<BsonDocument>("schedules", majority);
    }

    public string Kind => "mongodb";

    public Task InitializeAsync(CancellationToken ct) => Guard(async () =>
    {
        var unique = new CreateIndexOptions { Unique = true };
        await _summits.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("slug"), unique), cancellationToken: ct);
        await _sessions.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("summit", "sessionId"), unique),
            new CreateIndexModel<BsonDocument>(Keys("summit", "start", "sessionId")),
        ], ct);
        await _speakers.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("summit", "speakerId"), unique), cancellationToken: ct);
        await _members.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys("memberId"), unique), cancellationToken: ct);
        await _reports.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("reportId"), unique),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("summit").Descending("at")),
        ], ct);
        await _schedules.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys("summit")),
            new CreateIndexModel<BsonDocument>(Keys("tokenHash")),
        ], ct);
    });

    public Task PingAsync(CancellationToken ct) =>
        Guard(() => _db.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: ct));

    public Task<IReadOnlyList<StoredSummit>> ListSummitsAsync(CancellationToken ct) => Guard(async () =>
    {
        var docs = await _summits.Find(FilterDefinition<BsonDocument>.Empty, _bounded).Sort(Ascending("slug")).ToListAsync(ct);
        return (IReadOnlyList<StoredSummit>)docs.ConvertAll(ReadSummit);
    });

    public Task<StoredSummit?> GetSummitAsync(string slug, CancellationToken ct) => Guard(async () =>
    {
        var doc = await _summits.Find(By("slug", slug), _bounded).FirstOrDefaultAsync(ct);
        return doc is null ? null : ReadSummit(doc);
    });

    public Task<long?> GetVersionAsync(string slug, CancellationToken ct) => Guard(async () =>
    {
        var doc = await _summits.Find(By("slug", slug), _bounded).Project(Builders<BsonDocument>.Projection.Include("version")).FirstOrDefaultAsync(ct);
        return doc is null ? (long?)null : doc["version"].ToInt64();
    });

    public Task<SummitData?> LoadSummitAsync(string slug, CancellationToken ct) => Guard(async () =>
    {
        var summit = await _summits.Find(By("slug", slug), _bounded).FirstOrDefaultAsync(ct);
        if (summit is null)
        {
            return null;
        }

        var sessions = await _sessions.Find(By("summit", slug), _bounded).Sort(Ascending("start", "sessionId")).ToListAsync(ct);
        var speakers = await _speakers.Find(By("summit", slug), _bounded).ToListAsync(ct);
        var stored = ReadSummit(summit);
        return (SummitData?)new SummitData(stored.Summit, stored.Version,
            sessions.ConvertAll(Bson.To<Session>), speakers.ConvertAll(Bson.To<Speaker>));
    });

    public Task<long> SaveScheduleAsync(ScheduleWrite write, CancellationToken ct) => Guard(async () =>
    {
        var slug = write.Summit.Slug;
        var sessionWrites = write.UpsertSessions
            .Select(s => (WriteModel<BsonDocument>)new ReplaceOneModel<BsonDocument>(
                By("summit", slug) & By("sessionId", s.Id), Bson.From(s).Set("summit", slug)) { IsUpsert = true })
            .Concat(write.RemovedSessionIds.Select(id => new DeleteOneModel<BsonDocument>(By("summit", slug) & By("sessionId", id))))
            .ToList();
        if (sessionWrites.Count > 0)
        {
            await _sessions.BulkWriteAsync(sessionWrites, new BulkWriteOptions { IsOrdered = false }, ct);
        }

        var speakerWrites = write.UpsertSpeakers
            .Select(s => new ReplaceOneModel<BsonDocument>(By("summit", slug) & By("speakerId", s.Id), Bson.From(s).Set("summit", slug)) { IsUpsert = true })
            .ToList();
        if (speakerWrites.Count > 0)
        {
            await _speakers.BulkWriteAsync(speakerWrites, new BulkWriteOptions { IsOrdered = false }, ct);
        }

        // Last: the version bump publishes the write to every instance's snapshot.
        var summit = await _summits.FindOneAndUpdateAsync(
            By("slug", slug),
            Builders<BsonDocument>.Update.Set("info", Bson.From(write.Summit)).Inc("version", 1L),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            ct);
        return summit["version"].ToInt64();
    });

    public Task<IReadOnlyList<MemberCompany>> ListMembersAsync(CancellationToken ct) => Guard(async () =>
    {
        var docs = await _members.Find(FilterDefinition<BsonDocument>.Empty, _bounded).Sort(Ascending("memberId")).ToListAsync(ct);
        return (IReadOnlyList<MemberCompany>)docs.ConvertAll(Bson.To<MemberCompany>);
    });

    public Task UpsertMembersAsync(IReadOnlyList<MemberCompany> members, CancellationToken ct) => Guard(async () =>
    {
        if (members.Count == 0)
        {
            return;
        }

        await _members.BulkWriteAsync(
            members.Select(m => new ReplaceOneModel<BsonDocument>(By("memberId", m.Id), Bson.From(m)) { IsUpsert = true }),
            new BulkWriteOptions { IsOrdered = false }, ct);
    });

    public Task<bool> DeleteMemberAsync(string id, CancellationToken ct) => Guard(async () =>
        (await _members.DeleteOneAsync(By("memberId", id), ct)).DeletedCount > 0);

    public Task SaveImportReportAsync(ImportReport report, CancellationToken ct) =>
        Guard(() => _reports.InsertOneAsync(Bson.From(report), cancellationToken: ct));

    public Task<IReadOnlyList<ImportReport>> ListImportReportsAsync(string slug, int limit, CancellationToken ct) => Guard(async () =>
    {
        var docs = await _reports.Find(By("summit", slug), _bounded)
            .Sort(Builders<BsonDocument>.Sort.Descending("at").Descending("reportId")).Limit(limit).ToListAsync(ct);
        return (IReadOnlyList<ImportReport>)docs.ConvertAll(Bson.To<ImportReport>);
    });

    public Task<ImportReport?> GetImportReportAsync(string slug, string id, CancellationToken ct) => Guard(async () =>
    {
        var doc = await _reports.Find(By("summit", slug) & By("reportId", id), _bounded).FirstOrDefaultAsync(ct);
        return doc is null ? null : Bson.To<ImportReport>(doc);
    });

    private static StoredSummit ReadSummit(BsonDocument doc) =>
        new(Bson.To<SummitInfo>(doc["info"].AsBsonDocument), doc["version"].ToInt64());

    private static FilterDefinition<BsonDocument> By(string field, string value) => Builders<BsonDocument>.Filter.Eq(field, value);

    private static IndexKeysDefinition<BsonDocument> Keys(params string[] fields) =>
        Builders<BsonDocument>.IndexKeys.Combine(fields.Select(f => Builders<BsonDocument>.IndexKeys.Ascending(f)));

    private static bool IsDuplicateKey(Exception e) => e switch
    {
        MongoWriteException w => w.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException b => b.WriteErrors.Any(x => x.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException c => c.Code == 11000,
        _ => false,
    };

    private static SortDefinition<BsonDocument> Ascending(params string[] fields) =>
        Builders<BsonDocument>.Sort.Combine(fields.Select(f => Builders<BsonDocument>.Sort.Ascending(f)));

    private Task Guard(Func<Task> action) => Guard(async () =>
    {
        await action();
        return true;
    });

    private async Task<T> Guard<T>(Func<Task<T>> action)
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
}
