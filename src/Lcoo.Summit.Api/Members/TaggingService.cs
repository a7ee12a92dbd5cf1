using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Members;

/// <summary>Recomputes member tags when the member list changes: per summit, the sessions whose tags move, in one write.</summary>
public sealed class TaggingService(ISummitStore store, SnapshotCache snapshots, MemberDirectoryCache members, SummitLocks locks)
{
    /// <returns>How many sessions were retagged, per summit.</returns>
    public async Task<IReadOnlyDictionary<string, int>> RetagAllAsync(CancellationToken ct)
    {
        members.Invalidate();
        var directory = await members.GetAsync(ct);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slug in await store.ListSummitSlugsAsync(ct))
        {
            counts[slug] = await RetagAsync(slug, directory, ct);
        }

        return counts;
    }

    private async Task<int> RetagAsync(string slug, MemberDirectory directory, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        while (true)
        {
            if (await store.LoadSummitAsync(slug, ct) is not { } summit)
            {
                return 0;
            }

            var retagged = SessionTagger.Retag(summit.Sessions, summit.Speakers, directory);
            if (retagged.Count == 0)
            {
                return 0;
            }

            try
            {
                await store.SaveTagsAsync(slug, retagged, summit.Version, ct);
                snapshots.Invalidate(slug);
                return retagged.Count;
            }
            catch (SummitChangedException)
            {
                // Another instance wrote the summit meanwhile: retag what it wrote.
            }
        }
    }
}
