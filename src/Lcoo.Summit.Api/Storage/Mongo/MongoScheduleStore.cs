using System.Text;
using Lcoo.Summit.Schedules;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// Personal schedules in MongoDB: one document each (<c>_id</c> is the schedule id), picks as a set of session
/// ids plus what each looked like when picked. Every change is one atomic update whose filter holds the id,
/// the token hash and (for If-Match) the version: <c>$addToSet</c>/<c>$pull</c>, <c>$set</c>, <c>$inc</c>.
/// </summary>
public sealed class MongoScheduleStore(MongoStorage storage) : IScheduleStore
{
    public Task<string> CreateScheduleAsync(NewSchedule s, CancellationToken ct) => storage.Guard(async () =>
    {
        var id = ObjectId.GenerateNewId();
        await storage.Schedules.InsertOneAsync(Document(id, s), cancellationToken: ct);
        return id.ToString();
    });

    /// <summary>A new schedule's document with its picks (a coverage plan writes its delegates' with it).</summary>
    internal static BsonDocument Document(ObjectId id, NewSchedule s, IReadOnlyList<Pick> picks)
    {
        var doc = Document(id, s);
        doc["picks"] = new BsonArray(picks.Select(p => p.SessionId));
        doc["seen"] = new BsonDocument(picks.Select(p => new BsonElement(FieldKey(p.SessionId), Bson.From(p))));
        doc["version"] = 1L + picks.Count;
        return doc;
    }

    private static BsonDocument Document(ObjectId id, NewSchedule s) => new()
    {
        ["_id"] = id,
        ["summit"] = s.Summit,
        ["name"] = (BsonValue?)s.Name ?? BsonNull.Value,
        ["notes"] = (BsonValue?)s.Notes ?? BsonNull.Value,
        ["tokenHash"] = s.TokenHash,
        ["feedHash"] = s.ReadKeyHash,
        ["version"] = 1L,
        ["createdAt"] = s.CreatedAt.UtcDateTime,
        ["updatedAt"] = s.CreatedAt.UtcDateTime,
        ["picks"] = new BsonArray(),
        ["seen"] = new BsonDocument(),
    };

    public Task<string?> FindByTokenAsync(string tokenHash, CancellationToken ct) => FindAsync("tokenHash", tokenHash, ct);

    public Task<string?> FindByReadKeyAsync(string keyHash, CancellationToken ct) => FindAsync("feedHash", keyHash, ct);

    private Task<string?> FindAsync(string field, string hash, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.Schedules.Find(Builders<BsonDocument>.Filter.Eq(field, hash), storage.Bounded)
            .Project(Builders<BsonDocument>.Projection.Include("_id")).FirstOrDefaultAsync(ct);
        return doc?["_id"].AsObjectId.ToString();
    });

    public Task<PersonalSchedule?> GetScheduleAsync(string id, string tokenHash, CancellationToken ct) => ReadScheduleAsync(id, "tokenHash", tokenHash, ct);

    public Task<PersonalSchedule?> GetScheduleByReadKeyAsync(string id, string keyHash, CancellationToken ct) => ReadScheduleAsync(id, "feedHash", keyHash, ct);

    public Task<ScheduleChange> AddPickAsync(string id, string tokenHash, Pick pick, long? ifVersion, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(id, tokenHash, ifVersion, Builders<BsonDocument>.Update
            .AddToSet("picks", pick.SessionId)
            .Set($"seen.{FieldKey(pick.SessionId)}", Bson.From(pick))
            .Set("updatedAt", now.UtcDateTime)
            .Inc("version", 1L), ct);

    public Task<ScheduleChange> RemovePickAsync(string id, string tokenHash, string sessionId, long? ifVersion, DateTimeOffset now, CancellationToken ct) =>
        ChangeAsync(id, tokenHash, ifVersion, Builders<BsonDocument>.Update
            .Pull("picks", sessionId)
            .Unset($"seen.{FieldKey(sessionId)}")
            .Set("updatedAt", now.UtcDateTime)
            .Inc("version", 1L), ct);

    public Task<ScheduleChange> UpdateScheduleAsync(string id, string tokenHash, string? name, string? notes, long? ifVersion, DateTimeOffset now, CancellationToken ct)
    {
        var update = Builders<BsonDocument>.Update.Set("updatedAt", now.UtcDateTime).Inc("version", 1L);
        update = name is null ? update : update.Set("name", name);
        update = notes is null ? update : update.Set("notes", notes);
        return ChangeAsync(id, tokenHash, ifVersion, update, ct);
    }

    public Task<ScheduleChange> DeleteScheduleAsync(string id, string tokenHash, long? ifVersion, CancellationToken ct) => storage.Guard(async () =>
    {
        if (!ObjectId.TryParse(id, out var oid))
        {
            return new ScheduleChange(ScheduleOutcome.NotFound, 0);
        }

        var filter = Owned(oid, "tokenHash", tokenHash) & (ifVersion is { } v ? Builders<BsonDocument>.Filter.Eq("version", v) : Builders<BsonDocument>.Filter.Empty);
        var deleted = await storage.Schedules.DeleteOneAsync(filter, ct);
        return deleted.DeletedCount > 0 ? new ScheduleChange(ScheduleOutcome.Done, ifVersion ?? 0) : await MissOrStaleAsync(oid, tokenHash, ct);
    });

    public Task<long> CountSchedulesAsync(string summit, CancellationToken ct) => storage.Guard(() =>
        storage.Schedules.CountDocumentsAsync(Builders<BsonDocument>.Filter.Eq("summit", summit), cancellationToken: ct));

    public Task<int> DeleteEmptySchedulesAsync(DateTimeOffset before, CancellationToken ct) => storage.Guard(async () =>
        (int)(await storage.Schedules.DeleteManyAsync(
            Builders<BsonDocument>.Filter.Lt("updatedAt", before.UtcDateTime) & Builders<BsonDocument>.Filter.Size("picks", 0), ct)).DeletedCount);

    public Task<int> DeleteUntouchedSchedulesAsync(string summit, DateTimeOffset before, CancellationToken ct) => storage.Guard(async () =>
        (int)(await storage.Schedules.DeleteManyAsync(
            Builders<BsonDocument>.Filter.Eq("summit", summit) & Builders<BsonDocument>.Filter.Lt("updatedAt", before.UtcDateTime), ct)).DeletedCount);

    public Task<bool> SetReadKeyAsync(string id, string tokenHash, string? keyHash, CancellationToken ct) => storage.Guard(async () =>
    {
        if (!ObjectId.TryParse(id, out var oid))
        {
            return false;
        }

        // A withdrawn key is the empty string, which no key's hash equals.
        var result = await storage.Schedules.UpdateOneAsync(Owned(oid, "tokenHash", tokenHash), Builders<BsonDocument>.Update.Set("feedHash", keyHash ?? ""), cancellationToken: ct);
        return result.MatchedCount > 0;
    });

    private Task<ScheduleChange> ChangeAsync(string id, string tokenHash, long? ifVersion, UpdateDefinition<BsonDocument> update, CancellationToken ct) => storage.Guard(async () =>
    {
        if (!ObjectId.TryParse(id, out var oid))
        {
            return new ScheduleChange(ScheduleOutcome.NotFound, 0);
        }

        var filter = Owned(oid, "tokenHash", tokenHash) & (ifVersion is { } v ? Builders<BsonDocument>.Filter.Eq("version", v) : Builders<BsonDocument>.Filter.Empty);
        var after = await storage.Schedules.FindOneAndUpdateAsync(filter, update,
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After, Projection = Builders<BsonDocument>.Projection.Include("version") }, ct);
        return after is not null ? new ScheduleChange(ScheduleOutcome.Done, after["version"].ToInt64()) : await MissOrStaleAsync(oid, tokenHash, ct);
    });

    private async Task<ScheduleChange> MissOrStaleAsync(ObjectId id, string tokenHash, CancellationToken ct)
    {
        var current = await storage.Schedules.Find(Owned(id, "tokenHash", tokenHash), storage.Bounded).Project(Builders<BsonDocument>.Projection.Include("version")).FirstOrDefaultAsync(ct);
        return current is null ? new ScheduleChange(ScheduleOutcome.NotFound, 0) : new ScheduleChange(ScheduleOutcome.Stale, current["version"].ToInt64());
    }

    private Task<PersonalSchedule?> ReadScheduleAsync(string id, string hashField, string hash, CancellationToken ct) => storage.Guard(async () =>
    {
        if (!ObjectId.TryParse(id, out var oid))
        {
            return null;
        }

        var doc = await storage.Schedules.Find(Owned(oid, hashField, hash), storage.Bounded).FirstOrDefaultAsync(ct);
        if (doc is null)
        {
            return null;
        }

        var seen = doc["seen"].AsBsonDocument;
        var picks = doc["picks"].AsBsonArray.Select(p => p.AsString)
            .Select(sid => seen.TryGetValue(FieldKey(sid), out var v) ? Bson.To<Pick>(v.AsBsonDocument) : null)
            .OfType<Pick>()
            .OrderBy(p => p.AddedAt).ThenBy(p => p.SessionId, StringComparer.Ordinal)
            .ToList();
        return (PersonalSchedule?)new PersonalSchedule(id, doc["summit"].AsString, NullableString(doc["name"]), NullableString(doc["notes"]),
            doc["version"].ToInt64(), new DateTimeOffset(doc["createdAt"].ToUniversalTime()), new DateTimeOffset(doc["updatedAt"].ToUniversalTime()), picks);
    });

    private static FilterDefinition<BsonDocument> Owned(ObjectId id, string hashField, string hash) =>
        Builders<BsonDocument>.Filter.Eq("_id", id) & Builders<BsonDocument>.Filter.Eq(hashField, hash);

    /// <summary>Session ids as field names: hex, so a '.' or '$' in an id can never become a path.</summary>
    private static string FieldKey(string sessionId) => "s" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(sessionId));

    private static string? NullableString(BsonValue value) => value.IsBsonNull ? null : value.AsString;
}
