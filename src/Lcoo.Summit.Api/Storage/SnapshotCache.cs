using System.Collections.Concurrent;
using Lcoo.Summit.Summits;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Each instance's immutable snapshots of summits. A snapshot is served without a store round trip for
/// <see cref="StorageOptions.VersionPollInterval"/>; after that one cheap version read tells whether another
/// instance (or this one) wrote, and only then is the summit reloaded.
/// </summary>
public sealed class SnapshotCache(ISummitStore store, TimeProvider clock, IOptions<StorageOptions> options)
{
    private sealed record Entry(SummitSnapshot Snapshot, DateTimeOffset CheckedAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reload = new(1, 1);

    /// <returns>The summit's current snapshot, or null when there is no such summit.</returns>
    public async ValueTask<SummitSnapshot?> GetAsync(string slug, CancellationToken ct)
    {
        if (IsFresh(slug, out var fresh))
        {
            return fresh;
        }

        await _reload.WaitAsync(ct);
        try
        {
            if (IsFresh(slug, out fresh))
            {
                return fresh;
            }

            var now = clock.GetUtcNow();
            var version = await store.GetVersionAsync(slug, ct);
            if (version is null)
            {
                _entries.TryRemove(slug, out _);
                return null;
            }

            if (_entries.TryGetValue(slug, out var known) && known.Snapshot.Version >= version)
            {
                _entries[slug] = known with { CheckedAt = now };
                return known.Snapshot;
            }

            var snapshot = await store.LoadSummitAsync(slug, ct);
            if (snapshot is null)
            {
                _entries.TryRemove(slug, out _);
                return null;
            }

            Put(snapshot);
            return snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>
    /// The summit as this instance just wrote it: served at once, without a reload from the store (which other instances
    /// still do, at their next version check). An older snapshot never replaces a newer one.
    /// </summary>
    public void Put(SummitSnapshot snapshot)
    {
        var now = clock.GetUtcNow();
        _entries.AddOrUpdate(snapshot.Summit.Slug, new Entry(snapshot, now),
            (_, known) => known.Snapshot.Version > snapshot.Version ? known : new Entry(snapshot, now));
    }

    /// <summary>Forget a summit so the next read reloads it (after this instance wrote it).</summary>
    public void Invalidate(string slug) => _entries.TryRemove(slug, out _);

    private bool IsFresh(string slug, out SummitSnapshot? snapshot)
    {
        snapshot = null;
        if (!_entries.TryGetValue(slug, out var entry) || clock.GetUtcNow() - entry.CheckedAt >= options.Value.VersionPollInterval)
        {
            return false;
        }

        snapshot = entry.Snapshot;
        return true;
    }
}
