namespace Lcoo.Summit.Api.Storage;

/// <summary>Whether the store has been initialised (schema, indexes, seed) since start.</summary>
public sealed class StoreReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Completes once the store is ready: what background work waits for before its first run.</summary>
    public Task WhenReady => _ready.Task;

    public string? LastError { get; set; }

    public void MarkReady()
    {
        LastError = null;
        _ready.TrySetResult();
    }
}
