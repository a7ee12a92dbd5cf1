namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>A test class that starts services and stops every one of them (and removes their SQLite folders) when it is done.</summary>
public abstract class ServiceOwner : IAsyncDisposable
{
    private readonly List<ApiFactory> _started = [];
    private readonly Lazy<string> _root = new(() => Directory.CreateTempSubdirectory("lcoo-tests-").FullName);

    protected ApiFactory Own(ApiFactory factory)
    {
        lock (_started)
        {
            _started.Add(factory);
        }

        return factory;
    }

    /// <summary>A fresh folder for one SQLite store, removed with the others after the test.</summary>
    protected string NewFolder() => Folder(Guid.NewGuid().ToString("N"));

    /// <summary>The folder for a store named <paramref name="key"/>: the same key is the same store (a restart).</summary>
    protected string Folder(string key) => Path.Combine(_root.Value, key);

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var factory in _started)
        {
            await factory.DisposeAsync();
        }

        if (_root.IsValueCreated)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_root.Value, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
