using Lcoo.Summit.Api.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The gate every heavy render passes: a client that goes away stops its render, a render past its budget is refused
/// (the 503 the handler writes), and past the slots and the queue a render is refused at once instead of held.
/// </summary>
[Trait("Feature", "Itineraries")]
public class RenderGateTests
{
    private static RenderGate Gate(int concurrent = 2, int queued = 4, double budgetSeconds = 30) =>
        new(Options.Create(new RenderOptions { Concurrent = concurrent, Queued = queued, Budget = TimeSpan.FromSeconds(budgetSeconds) }), NullLogger<RenderGate>.Instance);

    /// <summary>A render that runs until its token says stop, counting the rows it drew.</summary>
    private static int Endless(CancellationToken ct, ref int rows, TaskCompletionSource started)
    {
        started.TrySetResult();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            Interlocked.Increment(ref rows);
            Thread.Sleep(1);
        }
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_its_render_and_frees_the_slot()
    {
        using var gate = Gate(concurrent: 1);
        using var client = new CancellationTokenSource();
        var (rows, started) = (0, new TaskCompletionSource());

        var render = Task.Run(() => gate.RunAsync("the itinerary", ct => Endless(ct, ref rows, started), client.Token), TestContext.Current.CancellationToken);
        await started.Task.WaitAsync(TestContext.Current.CancellationToken);
        client.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render);
        var after = Volatile.Read(ref rows);
        Assert.Equal(0, gate.InFlight);
        Assert.Equal(42, await gate.RunAsync("the next one", _ => 42, TestContext.Current.CancellationToken));
        Assert.Equal(after, Volatile.Read(ref rows));
    }

    [Fact]
    public async Task A_render_past_its_budget_is_stopped_and_refused_as_too_long()
    {
        using var gate = Gate(budgetSeconds: 0.05);
        var (rows, started) = (0, new TaskCompletionSource());

        var refused = await Assert.ThrowsAsync<RenderRefusedException>(() =>
            gate.RunAsync("the calendar", ct => Endless(ct, ref rows, started), TestContext.Current.CancellationToken));

        Assert.False(refused.Busy);
        Assert.True(refused.RetryAfter >= TimeSpan.FromSeconds(1));
        Assert.Equal(0, gate.InFlight);
    }

    [Fact]
    public async Task Past_the_slots_and_the_queue_a_render_is_refused_at_once_as_busy()
    {
        using var gate = Gate(concurrent: 1, queued: 1);
        using var release = new CancellationTokenSource();
        var (rows, started) = (0, new TaskCompletionSource());
        var holding = Task.Run(() => gate.RunAsync("a", ct => Endless(ct, ref rows, started), release.Token), TestContext.Current.CancellationToken);
        await started.Task.WaitAsync(TestContext.Current.CancellationToken);
        var waiting = gate.RunAsync("b", _ => 1, TestContext.Current.CancellationToken);

        var refused = await Assert.ThrowsAsync<RenderRefusedException>(() => gate.RunAsync("c", _ => 2, TestContext.Current.CancellationToken));

        Assert.True(refused.Busy);
        release.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holding);
        Assert.Equal(1, await waiting);
    }
}
