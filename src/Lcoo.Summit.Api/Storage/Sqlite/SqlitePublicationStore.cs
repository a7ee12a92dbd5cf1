using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Itineraries;
using Microsoft.Data.Sqlite;
using static Lcoo.Summit.Api.Storage.Sqlite.SqliteStorage;

namespace Lcoo.Summit.Api.Storage.Sqlite;

/// <summary>Published itineraries in SQLite.</summary>
public sealed class SqlitePublicationStore(SqliteStorage storage) : IPublicationStore
{
    public async Task<Publication> PublishAsync(Publication publication, CancellationToken ct)
    {
        var kept = publication with { Id = NewId() };
        await using var db = await storage.OpenAsync(ct);
        await ExecuteAsync(db, null, "INSERT INTO publications (id, summit, token, doc) VALUES ($id, $summit, $token, $doc)", ct,
            ("$id", kept.Id), ("$summit", kept.Summit), ("$token", kept.Token), ("$doc", StoreJson.Write(kept)));
        return kept;
    }

    public async Task<IReadOnlyList<Publication>> ListPublicationsAsync(string slug, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return [.. (await QueryAsync(db, "SELECT doc FROM publications WHERE summit = $slug", [("$slug", slug)], r => StoreJson.Read<Publication>(r.GetString(0)), ct))
            .OrderByDescending(p => p.CreatedAt)];
    }

    public async Task<Publication?> FindPublicationAsync(string token, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        var rows = await QueryAsync(db, "SELECT doc FROM publications WHERE token = $token", [("$token", token)], r => StoreJson.Read<Publication>(r.GetString(0)), ct);
        return rows.SingleOrDefault();
    }

    public async Task<bool> WithdrawPublicationAsync(string slug, string id, CancellationToken ct)
    {
        await using var db = await storage.OpenAsync(ct);
        return await ExecuteAsync(db, null, "DELETE FROM publications WHERE summit = $slug AND id = $id", ct, ("$slug", slug), ("$id", id)) > 0;
    }
}
