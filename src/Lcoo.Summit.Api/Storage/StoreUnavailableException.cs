namespace Lcoo.Summit.Api.Storage;

/// <summary>The store could not be reached or did not answer in time: a 503 for the caller, not a bug.</summary>
public sealed class StoreUnavailableException(string store, Exception inner)
    : Exception($"The {store} store is unavailable: {inner.Message}", inner)
{
    public string Store { get; } = store;
}
