using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Coverage;
using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>Coverage plans and their delegates' schedules in MongoDB.</summary>
public sealed class MongoCoveragePlanStore(MongoStorage storage) : ICoveragePlanStore
{
    public Task<KeptCoveragePlan> SaveCoveragePlanAsync(KeptCoveragePlan plan, IReadOnlyList<DelegateScheduleWrite> schedules, CancellationToken ct) =>
        storage.WriteAsync(async (session, token) =>
        {
            var documents = schedules.Select(w => (Write: w, Id: ObjectId.GenerateNewId())).ToList();
            var kept = plan with
            {
                Id = ObjectId.GenerateNewId().ToString(),
                Schedules = [.. plan.Schedules, .. documents.Select(d => new DelegateSchedule(d.Write.DelegateId, d.Id.ToString(), d.Write.ReadKey))],
            };
            var docs = documents.Select(d => MongoScheduleStore.Document(d.Id, d.Write.Schedule, d.Write.Picks)).ToList();
            try
            {
                if (docs.Count > 0)
                {
                    await (session is null ? storage.Schedules.InsertManyAsync(docs, cancellationToken: token) : storage.Schedules.InsertManyAsync(session, docs, cancellationToken: token));
                }

                await (session is null ? storage.CoveragePlans.InsertOneAsync(Bson.From(kept), cancellationToken: token)
                    : storage.CoveragePlans.InsertOneAsync(session, Bson.From(kept), cancellationToken: token));
            }
            catch when (session is null && docs.Count > 0)
            {
                // Without a transaction: take back the schedules already written, so none is left without its plan.
                await storage.Schedules.DeleteManyAsync(Builders<BsonDocument>.Filter.In("_id", documents.Select(d => d.Id)), CancellationToken.None);
                throw;
            }

            return kept;
        }, ct);

    public Task<bool> DeleteCoveragePlanAsync(string slug, string id, CancellationToken ct) => storage.WriteAsync(async (session, token) =>
    {
        var filter = By("summit", slug) & By("planId", id);
        var doc = await (session is null ? storage.CoveragePlans.Find(filter) : storage.CoveragePlans.Find(session, filter)).FirstOrDefaultAsync(token);
        if (doc is null)
        {
            return false;
        }

        var ids = Bson.To<KeptCoveragePlan>(doc).Schedules.Select(s => ObjectId.TryParse(s.ScheduleId, out var oid) ? oid : ObjectId.Empty).ToList();
        var schedulesFilter = Builders<BsonDocument>.Filter.In("_id", ids) & Builders<BsonDocument>.Filter.Eq("summit", slug);
        await (session is null ? storage.Schedules.DeleteManyAsync(schedulesFilter, token) : storage.Schedules.DeleteManyAsync(session, schedulesFilter, cancellationToken: token));
        await (session is null ? storage.CoveragePlans.DeleteOneAsync(filter, token) : storage.CoveragePlans.DeleteOneAsync(session, filter, cancellationToken: token));
        return true;
    }, ct);

    public Task<KeptCoveragePlan?> GetCoveragePlanAsync(string slug, string id, CancellationToken ct) => storage.Guard(async () =>
    {
        var doc = await storage.CoveragePlans.Find(By("summit", slug) & By("planId", id), storage.Bounded).FirstOrDefaultAsync(ct);
        return doc is null ? null : Bson.To<KeptCoveragePlan>(doc);
    });

    public Task<IReadOnlyList<KeptCoveragePlan>> ListCoveragePlansAsync(string slug, CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.CoveragePlans.Find(By("summit", slug), storage.Bounded)
            .Sort(Builders<BsonDocument>.Sort.Descending("createdAt").Descending("planId")).ToListAsync(ct);
        return (IReadOnlyList<KeptCoveragePlan>)docs.ConvertAll(Bson.To<KeptCoveragePlan>);
    });
}
