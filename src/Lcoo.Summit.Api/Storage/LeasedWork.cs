namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Background work one instance does at a time (polling sources, sending webhooks): once the store is ready, a round on
/// every tick or when woken; a round that fails is logged once until one succeeds again; the named lease is given back
/// on shutdown. A round holds the lease itself (<see cref="HoldAsync"/>), as often as its work needs renewing.
/// </summary>
public abstract partial class LeasedWork(ILeaseStore leases, StoreReadiness readiness, TimeProvider clock, ILogger log) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Who holds the lease: this process, distinct from any other instance or any earlier run of this one.</summary>
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected TimeProvider Clock => clock;

    protected abstract string LeaseName { get; }

    /// <summary>What the work is, for the log: "Source polling".</summary>
    protected abstract string What { get; }

    protected abstract TimeSpan Tick { get; }

    protected abstract TimeSpan Lease { get; }

    /// <summary>Whether this instance does the work at all.</summary>
    protected virtual bool Enabled => true;

    /// <summary>Something is due here now: look at once instead of at the next tick.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>Takes or renews the lease; false while another instance holds it.</summary>
    protected Task<bool> HoldAsync(CancellationToken ct) => leases.TryHoldAsync(LeaseName, _holder, clock.GetUtcNow(), Lease, ct);

    protected abstract Task RoundAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        await readiness.WhenReady.WaitAsync(stoppingToken);
        var tick = Tick < TimeSpan.FromMilliseconds(20) ? TimeSpan.FromMilliseconds(20) : Tick;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
                if (failing)
                {
                    LogRecovered(log, What);
                    failing = false;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    LogFailing(log, e, What);
                    failing = true;
                }
            }

            try
            {
                await _wake.WaitAsync(tick, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        try
        {
            await leases.ReleaseAsync(LeaseName, _holder, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogFailing(log, e, What);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} failed; it is tried again every tick, and this is logged once until it works again.")]
    private static partial void LogFailing(ILogger logger, Exception e, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "{What} works again.")]
    private static partial void LogRecovered(ILogger logger, string what);
}
