using System.Collections.Concurrent;

namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Writes to one summit (imports, retagging) take turns within this instance, so each works out its change against
/// the summit as the one before left it; across instances the store's version check does the same, more slowly.
/// </summary>
public sealed class SummitLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> TakeAsync(string slug, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(slug, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
