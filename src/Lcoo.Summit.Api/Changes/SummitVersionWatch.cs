using System.Collections.Concurrent;
using System.Threading.Channels;
using Lcoo.Summit.Api.Storage;

namespace Lcoo.Summit.Api.Changes;

/// <summary>
/// Watches the store for summits' versions moving, on behalf of this instance's event streams: an import on any
/// instance sharing the database moves the version there, and every stream here hears of it within one poll. Only
/// summits someone is listening to are polled, with one cheap read (the version alone) per summit per poll.
/// </summary>
public sealed class SummitVersionWatch(ISummitStore store, SnapshotCache snapshots, ILogger<SummitVersionWatch> log, IConfiguration configuration)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, Watched> _summits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<System.Net.IPAddress, int> _streams = new();

    /// <summary>How often the store is asked (Changes:PollMilliseconds, default 250).</summary>
    public TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("Changes:PollMilliseconds", 250), 20, 60_000));

    /// <summary>How long a stream stays silent before a heartbeat (Changes:HeartbeatSeconds, default 15): proxies close quiet connections.</summary>
    public TimeSpan Heartbeat { get; } = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Changes:HeartbeatSeconds", 15), 1, 300));

    private sealed class Watched
    {
        public long? Version;
        public bool Failing;
        public readonly ConcurrentDictionary<Channel<long>, byte> Listeners = new();
    }

    /// <summary>Counts a stream opened from this address; false (and nothing counted) when it already holds <paramref name="most"/>.</summary>
    public bool TryOpenStream(System.Net.IPAddress address, int most)
    {
        if (_streams.AddOrUpdate(address, 1, (_, n) => n + 1) <= most)
        {
            return true;
        }

        CloseStream(address);
        return false;
    }

    public void CloseStream(System.Net.IPAddress address) => _streams.AddOrUpdate(address, 0, (_, n) => Math.Max(0, n - 1));

    /// <summary>A reader that is told each new version of the summit (the latest only, when it falls behind), until disposed.</summary>
    public Subscription Subscribe(string slug, long knownVersion)
    {
        var watched = _summits.GetOrAdd(slug, _ => new Watched());
        lock (watched)
        {
            watched.Version ??= knownVersion;
        }

        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        watched.Listeners[channel] = 0;
        return new Subscription(channel.Reader, () => watched.Listeners.TryRemove(channel, out _));
    }

    public sealed class Subscription(ChannelReader<long> versions, Action leave) : IDisposable
    {
        public ChannelReader<long> Versions => versions;

        public void Dispose() => leave();
    }

    /// <summary>This instance wrote the summit at <paramref name="version"/>: its own streams hear of it now, not at the next poll.</summary>
    public void Moved(string slug, long version)
    {
        if (_summits.TryGetValue(slug, out var watched))
        {
            Tell(watched, version, before: null);
        }
    }

    /// <summary>Tells the listeners of a newer version (after <paramref name="before"/>); an older or the same one is not news.</summary>
    private static void Tell(Watched watched, long version, Action? before)
    {
        lock (watched)
        {
            if (watched.Version >= version)
            {
                return;
            }

            watched.Version = version;
        }

        before?.Invoke();
        foreach (var listener in watched.Listeners.Keys)
        {
            listener.Writer.TryWrite(version);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, whatever clock the summit's answers run on (a kiosk rehearsal's, a test's).
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (slug, watched) in _summits)
            {
                if (watched.Listeners.IsEmpty)
                {
                    continue;
                }

                try
                {
                    var version = await store.GetVersionAsync(slug, stoppingToken);
                    if (watched.Failing)
                    {
                        watched.Failing = false;
                        log.LogInformation("Reading {Summit}'s version for its event streams works again", slug);
                    }

                    if (version is { } now)
                    {
                        // Whoever hears of the version and reads the summit here gets that version, not this instance's older copy.
                        Tell(watched, now, before: () => snapshots.Invalidate(slug));
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store is away: streams stay open and hear of the version when it is back. Said once, not four times a second.
                    if (!watched.Failing)
                    {
                        watched.Failing = true;
                        log.LogWarning(e, "Could not read {Summit}'s version for its event streams; they will hear of changes when the store is back", slug);
                    }
                }
            }
        }
    }
}
