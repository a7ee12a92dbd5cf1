using System.Collections.Concurrent;

namespace Lcoo.Summit.Api.Kiosk;

/// <summary>
/// Serialized "now" answers per (summit, version, room, window), kept until the answer next changes. A new
/// summit version (an import here, or seen from another instance) makes a new key, so imports invalidate.
/// </summary>
public sealed class NowCache
{
    public sealed record Entry(byte[] Body, string ETag, DateTimeOffset ValidUntil);

    private readonly ConcurrentDictionary<(string Slug, long Version, string Room, int Within), Entry> _entries = new();

    public Entry? Get(string slug, long version, string? room, int within, DateTimeOffset now) =>
        _entries.TryGetValue((slug, version, room?.ToUpperInvariant() ?? "", within), out var e) && now < e.ValidUntil ? e : null;

    public void Put(string slug, long version, string? room, int within, Entry entry)
    {
        if (_entries.Count > 10_000)
        {
            _entries.Clear();
        }

        foreach (var stale in _entries.Keys.Where(k => k.Slug == slug && k.Version != version))
        {
            _entries.TryRemove(stale, out _);
        }

        _entries[(slug, version, room?.ToUpperInvariant() ?? "", within)] = entry;
    }
}
