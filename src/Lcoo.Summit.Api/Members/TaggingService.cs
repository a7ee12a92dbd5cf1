using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Members;

/// <summary>Recomputes member tags when the member list changes: per summit, the sessions whose tags move, in one bulk write.</summary>
public sealed class TaggingService(ISummitStore store, SnapshotCache snapshots, MemberDirectoryCache members)
{
    /// <returns>How many sessions were retagged, per summit.</returns>
    public async Task<IReadOnlyDictionary<string, int>> RetagAllAsync(CancellationToken ct)
    {
        members.Invalidate();
        var directory = await members.GetAsync(ct);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var summit in await store.ListSummitsAsync(ct))
        {
            var data = await store.LoadSummitAsync(summit.Summit.Slug, ct);
            if (data is null)
            {
                continue;
            }

            var retagged = SessionTagger.Retag(data.Sessions, data.Speakers.ToDictionary(s => s.Id, StringComparer.Ordinal), directory);
            if (retagged.Count > 0)
            {
                await store.SaveScheduleAsync(new ScheduleWrite(data.Summit, retagged, [], []), ct);
                snapshots.Invalidate(summit.Summit.Slug);
            }

            counts[summit.Summit.Slug] = retagged.Count;
        }

        return counts;
    }
}
