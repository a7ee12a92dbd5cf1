using Microsoft.Extensions.Caching.Memory;

namespace Lcoo.Summit.Api.Kiosk;

/// <summary>
/// Serialized "now" answers per (summit, version, room, window), kept until the answer next changes, in a memory cache
/// bounded by their bytes. A new summit version (an import here, or seen from another instance) makes a new key, so
/// imports invalidate; old keys expire when their answer would have changed anyway.
/// </summary>
public sealed class NowCache(TimeProvider clock) : IDisposable
{
    public sealed record Entry(byte[] Body, string ETag, DateTimeOffset ValidUntil);

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 16L * 1024 * 1024, Clock = new SystemClockAdapter(clock) });

    public Entry? Get(string slug, long version, string? room, int within, string language, DateTimeOffset now) =>
        _answers.TryGetValue(Key(slug, version, room, within, language), out Entry? e) && now < e!.ValidUntil ? e : null;

    public void Put(string slug, long version, string? room, int within, string language, Entry entry) =>
        _answers.Set(Key(slug, version, room, within, language), entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + 256, AbsoluteExpiration = entry.ValidUntil });

    private static (string Slug, long Version, string Room, int Within, string Language) Key(string slug, long version, string? room, int within, string language) =>
        (slug, version, room?.ToUpperInvariant() ?? "", within, language);

    public void Dispose() => _answers.Dispose();

    /// <summary>The cache's expiry on the service's clock, so a kiosk rehearsing with an injected clock expires answers in its time.</summary>
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}
