using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Http;

/// <summary>Section <c>Renders</c>: how many heavy renders (PDFs, calendars, frab exports) run at once, wait, and may take.</summary>
public sealed class RenderOptions
{
    public const string Section = "Renders";

    /// <summary>Renders at once: one per core, so a burst of exports cannot take the cores the kiosks and pages need.</summary>
    public int Concurrent { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Renders that may wait for a slot; past it the answer is 503 at once, not a queue that holds memory.</summary>
    public int Queued { get; set; } = 32;

    /// <summary>What one render may take, its wait for a slot included; past it, 503 with Retry-After and the core freed.</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Why a render was not made: the service is busy or the render ran past its budget.</summary>
public sealed class RenderRefusedException(string what, bool busy, TimeSpan retryAfter)
    : Exception(busy ? $"Rendering {what} waited for a free slot past its budget." : $"Rendering {what} ran past its budget.")
{
    public string What { get; } = what;

    public bool Busy { get; } = busy;

    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>
/// Every heavy render goes through here: a bounded number at once, a bounded queue, and a time budget that, with the
/// request's own cancellation, reaches the renderer as a token it checks between rows. A client that goes away or a
/// render that runs too long stops the work, instead of holding a core for minutes.
/// </summary>
public sealed partial class RenderGate(IOptions<RenderOptions> options, ILogger<RenderGate> log) : IDisposable
{
    private readonly RenderOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.Concurrent));
    private int _waiting;

    /// <summary>Renders now or waiting for a slot.</summary>
    public int InFlight => Volatile.Read(ref _waiting);

    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, T> render, CancellationToken requestAborted)
    {
        var retry = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(_options.Budget.TotalSeconds / 2)));
        if (Interlocked.Increment(ref _waiting) > _options.Concurrent + _options.Queued)
        {
            Interlocked.Decrement(ref _waiting);
            LogBusy(what);
            throw new RenderRefusedException(what, busy: true, retry);
        }

        try
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
            budget.CancelAfter(_options.Budget);
            try
            {
                await _slots.WaitAsync(budget.Token);
            }
            catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
            {
                LogBusy(what);
                throw new RenderRefusedException(what, busy: true, retry);
            }

            try
            {
                return render(budget.Token);
            }
            catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
            {
                LogClientGone(what);
                throw;
            }
            catch (OperationCanceledException)
            {
                LogOverBudget(what, _options.Budget.TotalSeconds);
                throw new RenderRefusedException(what, busy: false, retry);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public void Dispose() => _slots.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render of {What} refused: every slot and the queue are taken")]
    private partial void LogBusy(string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render of {What} stopped: past its budget of {Seconds} s")]
    private partial void LogOverBudget(string what, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Render of {What} stopped: the client went away")]
    private partial void LogClientGone(string what);
}
