namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>A test class that starts services and stops every one of them when it is done.</summary>
public abstract class ServiceOwner : IAsyncDisposable
{
    private readonly List<ApiFactory> _started = [];

    protected ApiFactory Own(ApiFactory factory)
    {
        lock (_started)
        {
            _started.Add(factory);
        }

        return factory;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var factory in _started)
        {
            await factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
