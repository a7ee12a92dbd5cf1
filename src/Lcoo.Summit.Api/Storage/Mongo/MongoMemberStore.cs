using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Members;
using MongoDB.Bson;
using MongoDB.Driver;
using static Lcoo.Summit.Api.Storage.Mongo.MongoStorage;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>Member companies in MongoDB.</summary>
public sealed class MongoMemberStore(MongoStorage storage) : IMemberStore
{
    public Task<IReadOnlyList<MemberCompany>> ListMembersAsync(CancellationToken ct) => storage.Guard(async () =>
    {
        var docs = await storage.Members.Find(FilterDefinition<BsonDocument>.Empty, storage.Bounded).Sort(Ascending("memberId")).ToListAsync(ct);
        return (IReadOnlyList<MemberCompany>)docs.ConvertAll(Bson.To<MemberCompany>);
    });

    public Task UpsertMembersAsync(IReadOnlyList<MemberCompany> members, CancellationToken ct) => storage.Guard(async () =>
    {
        if (members.Count > 0)
        {
            await storage.Members.BulkWriteAsync(
                members.Select(m => new ReplaceOneModel<BsonDocument>(By("memberId", m.Id), Bson.From(m)) { IsUpsert = true }),
                new BulkWriteOptions { IsOrdered = false }, ct);
        }
    });

    public Task<bool> DeleteMemberAsync(string id, CancellationToken ct) => storage.Guard(async () =>
        (await storage.Members.DeleteOneAsync(By("memberId", id), ct)).DeletedCount > 0);
}
