using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Members;
using Microsoft.Data.Sqlite;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Member companies in SQLite.</summary>
public sealed class SqliteMemberStore(SqliteStorage storage) : IMemberStore
{
    public async Task<IReadOnlyList<MemberCompany>> ListMembersAsync(CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await QueryAsync(db, "SELECT doc FROM members ORDER BY id", [], r => StoreJson.Read<MemberCompany>(r.GetString(0)), ct);
    }

    public async Task UpsertMembersAsync(IReadOnlyList<MemberCompany> members, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        await using var tx = BeginWrite(db);
        await using var upsert = Command(db, tx, "INSERT INTO members (id, doc) VALUES ($id, $doc) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc");
        foreach (var m in members)
        {
            await RunAsync(upsert, ct, ("$id", m.Id), ("$doc", StoreJson.Write(m)));
        }

        await tx.CommitAsync(ct);
    }

    public async Task<bool> DeleteMemberAsync(string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await ExecuteAsync(db, null, "DELETE FROM members WHERE id = $id", ct, ("$id", id)) > 0;
    }
}
