using Lcoo.Summit.Changes;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// Summits in MongoDB. A summit document holds its metadata (<c>info</c>) and <c>version</c>; a write to a summit first
/// claims it at the version it was read at (a short lease in the document, so imports through different instances take
/// turns), writes sessions and speakers in bulk, then publishes: one update that moves the version, sets the metadata and
/// holds the import's report, so the report exists exactly when the data it describes is published. The report is then
/// copied to the reports collection. Without transactions (a standalone server) sessions written before a crash and
/// never published stay until the next import rewrites them; a replica set runs the whole write as one transaction.
/// </summary>
public sealed class MongoSummitStore(MongoStorage storage, TimeProvider clock) : ISummitStore
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>A summit shell made by an import that has not published yet has version 0: not a summit to readers.</summary>
    private static readonly FilterDefinition<BsonDocument> Published = Builders<BsonDocument>.Filter.Gt("version", 0L);

    public Task<IReadOnlyList<string>> ListSummitSlugsAsync(CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.Summits.Find(Published, storage.Bounded).Sort(Ascending("slug"))
            .Project(Builders<BsonDocument>.Projection.Include("slug")).ToListAsync(ct);
        return (IReadOnlyList<string>)docs.ConvertAll(d => d["slug"].AsString);
    });

    public Task<long?> GetVersionAsync(string slug, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.Summits.Find(By("slug", slug) & Published, storage.Bounded).Project(Builders<BsonDocument>.Projection.Include("version")).FirstOrDefaultAsync(ct);
        return doc is null ? (long?)null : doc["version"].ToInt64();
    });

    public Task<SummitSnapshot?> LoadSummitAsync(string slug, CancellationToken ct) => storage.Guard(async () =>
    {
        var summit = await storage.Summits.Find(By("slug", slug) & Published, storage.Bounded).FirstOrDefaultAsync(ct);
        if (summit is null)
        {
            return null;
        }

        var sessions = await storage.Sessions.Find(By("summit", slug), storage.Bounded).Sort(Ascending("start", "sessionId")).ToListAsync(ct);
        var speakers = await storage.Speakers.Find(By("summit", slug), storage.Bounded).ToListAsync(ct);
        return (SummitSnapshot?)new SummitSnapshot(Bson.To<SummitInfo>(summit["info"].AsBsonDocument), sessions.ConvertAll(Bson.To<Session>),
            speakers.ConvertAll(Bson.To<Speaker>), summit["version"].ToInt64());
    });

    public Task<SavedImport> SaveImportAsync(ImportPlan plan, long? expectedVersion, CancellationToken ct) => storage.WriteAsync(async (session, token) =>
    {
        var write = plan.Write;
        var slug = write.Summit.Slug;
        var claim = await ClaimAsync(session, slug, expectedVersion, token);
        // The claim holds the summit at expectedVersion, so the version this write makes is known before it is made.
        var report = plan.Report with
        {
            Id = ObjectId.GenerateNewId(clock.GetUtcNow().UtcDateTime).ToString(),
            Version = (expectedVersion ?? 0) + (write.ChangesData ? 1 : 0),
        };
        if (write.ChangesData)
        {
            await WriteSessionsAsync(session, slug, write.Sessions, write.RemovedSessionIds, token);
            await WriteSpeakersAsync(session, slug, write.Speakers, token);
        }

        var version = await PublishAsync(session, slug, claim, write.ChangesData ? write.Summit : null, report, moveVersion: write.ChangesData, token);
        await KeepReportAsync(session, ReportDocument(report), token);
        return new SavedImport(report, version);
    }, ct);

    public Task<long> SaveSummitAsync(SummitInfo summit, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.Summits.FindOneAndUpdateAsync(
            By("slug", summit.Slug),
            Builders<BsonDocument>.Update.Set("info", Bson.From(summit)).Inc("version", 1L),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            ct);
        return doc["version"].ToInt64();
    });

    public Task<long> SaveTagsAsync(string slug, IReadOnlyList<Session> retagged, long expectedVersion, CancellationToken ct) => storage.WriteAsync(async (session, token) =>
    {
        var claim = await ClaimAsync(session, slug, expectedVersion, token);
        await WriteSessionsAsync(session, slug, retagged, [], token);
        return await PublishAsync(session, slug, claim, summit: null, report: null, moveVersion: true, token);
    }, ct);

    public Task<IReadOnlyList<ImportSummary>> ListImportsAsync(string slug, int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var kept = await storage.Reports.Find(By("summit", slug), storage.Bounded).Sort(Builders<BsonDocument>.Sort.Descending("at").Descending("reportId"))
            .Limit(limit).Project(Builders<BsonDocument>.Projection.Include("summary")).ToListAsync(ct);
        var summaries = kept.ConvertAll(d => Bson.To<ImportSummary>(d["summary"].AsBsonDocument));
        if (await LatestReportAsync(slug, ct) is { } latest && summaries.TrueForAll(s => s.Id != latest.Id))
        {
            summaries.Insert(0, ImportSummary.Of(latest));
        }

        return (IReadOnlyList<ImportSummary>)[.. summaries.OrderByDescending(s => s.At).ThenByDescending(s => s.Id, StringComparer.Ordinal).Take(limit)];
    });

    public Task<ImportReport?> GetImportReportAsync(string slug, string id, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.Reports.Find(By("summit", slug) & By("reportId", id), storage.Bounded).FirstOrDefaultAsync(ct);
        return doc is not null ? Bson.To<ImportReport>(doc) : await LatestReportAsync(slug, ct) is { } latest && latest.Id == id ? latest : null;
    });

    public Task<IReadOnlyList<SummitVersionChanges>> ListChangesAsync(string slug, long since, int limit, CancellationToken ct) => storage.Guard(async () =>
    {
        var filter = By("summit", slug) & Builders<BsonDocument>.Filter.Gt("version", since) & Builders<BsonDocument>.Filter.Exists("publishedChanges.0");
        var kept = await storage.Reports.Find(filter, storage.Bounded).Sort(Builders<BsonDocument>.Sort.Descending("version")).Limit(limit)
            .Project(Builders<BsonDocument>.Projection.Include("version").Include("at").Include("publishedChanges")).ToListAsync(ct);
        var versions = kept.ConvertAll(d => new SummitVersionChanges(
            d["version"].ToInt64(), new DateTimeOffset(d["at"].ToUniversalTime(), TimeSpan.Zero),
            [.. d["publishedChanges"].AsBsonArray.Select(c => Bson.To<PublishedChange>(c.AsBsonDocument))]));
        // The newest report may be only in the summit's document yet (a write that stopped before keeping it).
        if (await LatestReportAsync(slug, ct) is { Version: { } version, PublishedChanges.Count: > 0 } latest && version > since && versions.TrueForAll(v => v.Version != version))
        {
            versions.Add(new SummitVersionChanges(version, latest.At, latest.PublishedChanges));
        }

        return (IReadOnlyList<SummitVersionChanges>)[.. versions.OrderByDescending(v => v.Version).Take(limit)];
    });

    /// <summary>A claim on a summit: the lease's owner, and the summit document as it was (for the report it may still hold).</summary>
    private sealed record Claim(string Owner);

    /// <summary>
    /// Takes the summit for one write if it is still at <paramref name="expectedVersion"/> (null: not created yet) and no
    /// other write holds it; the report of the write before, if it never reached the reports collection, is copied there.
    /// </summary>
    private async Task<Claim> ClaimAsync(IClientSessionHandle? session, string slug, long? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is null)
        {
            var shell = Builders<BsonDocument>.Update.SetOnInsert("slug", slug).SetOnInsert("version", 0L);
            await (session is null
                ? storage.Summits.UpdateOneAsync(By("slug", slug), shell, new UpdateOptions { IsUpsert = true }, ct)
                : storage.Summits.UpdateOneAsync(session, By("slug", slug), shell, new UpdateOptions { IsUpsert = true }, ct));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var owner = ObjectId.GenerateNewId().ToString();
        var free = Builders<BsonDocument>.Filter.Exists("lease", false) | Builders<BsonDocument>.Filter.Lt("lease.until", now);
        var filter = By("slug", slug) & Builders<BsonDocument>.Filter.Eq("version", expectedVersion ?? 0L) & free;
        var update = Builders<BsonDocument>.Update.Set("lease", new BsonDocument { ["owner"] = owner, ["until"] = now + Lease });
        var before = await (session is null
            ? storage.Summits.FindOneAndUpdateAsync(filter, update, cancellationToken: ct)
            : storage.Summits.FindOneAndUpdateAsync(session, filter, update, cancellationToken: ct));
        if (before is null)
        {
            throw new SummitChangedException(slug);
        }

        if (before.TryGetValue("lastReport", out var last) && last.IsBsonDocument)
        {
            await KeepReportAsync(session, last.AsBsonDocument, ct);
        }

        return new Claim(owner);
    }

    /// <summary>Moves the version (when data changed), sets the metadata and the report, and lets the summit go: one update.</summary>
    private async Task<long> PublishAsync(IClientSessionHandle? session, string slug, Claim claim, SummitInfo? summit, ImportReport? report, bool moveVersion, CancellationToken ct)
    {
        var update = Builders<BsonDocument>.Update.Unset("lease").Inc("version", moveVersion ? 1L : 0L);
        update = summit is null ? update : update.Set("info", Bson.From(summit));
        update = report is null ? update : update.Set("lastReport", ReportDocument(report));
        // The webhooks' outbox rides in this same update: the version and its announcement are published together.
        update = report is { PublishedChanges.Count: > 0, Version: { } version } && moveVersion ? update.AddToSet("outbox", version) : update;
        var filter = By("slug", slug) & By("lease.owner", claim.Owner);
        var options = new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After, Projection = Builders<BsonDocument>.Projection.Include("version") };
        var after = await (session is null
            ? storage.Summits.FindOneAndUpdateAsync(filter, update, options, ct)
            : storage.Summits.FindOneAndUpdateAsync(session, filter, update, options, ct));
        return after?["version"].ToInt64() ?? throw new SummitChangedException(slug);
    }

    private async Task WriteSessionsAsync(IClientSessionHandle? session, string slug, IReadOnlyList<Session> upserts, IReadOnlyList<string> removed, CancellationToken ct)
    {
        var writes = upserts
            .Select(s => (WriteModel<BsonDocument>)new ReplaceOneModel<BsonDocument>(By("summit", slug) & By("sessionId", s.Id), Bson.From(s).Set("summit", slug)) { IsUpsert = true })
            .Concat(removed.Select(id => new DeleteOneModel<BsonDocument>(By("summit", slug) & By("sessionId", id))))
            .ToList();
        await BulkAsync(storage.Sessions, session, writes, ct);
    }

    private Task WriteSpeakersAsync(IClientSessionHandle? session, string slug, IReadOnlyList<Speaker> speakers, CancellationToken ct) =>
        BulkAsync(storage.Speakers, session, [.. speakers.Select(s =>
            (WriteModel<BsonDocument>)new ReplaceOneModel<BsonDocument>(By("summit", slug) & By("speakerId", s.Id), Bson.From(s).Set("summit", slug)) { IsUpsert = true })], ct);

    private static async Task BulkAsync(IMongoCollection<BsonDocument> collection, IClientSessionHandle? session, List<WriteModel<BsonDocument>> writes, CancellationToken ct)
    {
        if (writes.Count > 0)
        {
            var options = new BulkWriteOptions { IsOrdered = false };
            await (session is null ? collection.BulkWriteAsync(writes, options, ct) : collection.BulkWriteAsync(session, writes, options, ct));
        }
    }

    private Task KeepReportAsync(IClientSessionHandle? session, BsonDocument report, CancellationToken ct)
    {
        var filter = By("reportId", report["reportId"].AsString);
        var options = new ReplaceOptions { IsUpsert = true };
        return session is null ? storage.Reports.ReplaceOneAsync(filter, report, options, ct) : storage.Reports.ReplaceOneAsync(session, filter, report, options, ct);
    }

    private async Task<ImportReport?> LatestReportAsync(string slug, CancellationToken ct)
    {
        var doc = await storage.Summits.Find(By("slug", slug), storage.Bounded).Project(Builders<BsonDocument>.Projection.Include("lastReport")).FirstOrDefaultAsync(ct);
        return doc is not null && doc.TryGetValue("lastReport", out var last) && last.IsBsonDocument ? Bson.To<ImportReport>(last.AsBsonDocument) : null;
    }

    /// <summary>The report as kept: the summary beside it, so listings read a few fields per report.</summary>
    private static BsonDocument ReportDocument(ImportReport report) => Bson.From(report).Set("summary", Bson.From(ImportSummary.Of(report)));
}
