namespace Lcoo.Summit.Api.Storage;

/// <summary>Whether the store has been initialised (schema, indexes, seed) since start.</summary>
public sealed class StoreReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public string? LastError { get; set; }

    public void MarkReady()
    {
        LastError = null;
        _ready.TrySetResult();
    }
}
