namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>A test class with one service on a real socket (the seeded default unless it starts another), started before its tests and stopped after.</summary>
public abstract class KestrelServiceTests : IAsyncLifetime
{
    private KestrelService? _service;

    protected KestrelService Service => _service ?? throw new InvalidOperationException("The service is not started yet.");

    protected virtual Task<KestrelService> StartServiceAsync() => KestrelService.StartAsync();

    /// <summary>What the class needs in the service before its tests run (summits imported, sessions read).</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _service = await StartServiceAsync();
        await PrepareAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
