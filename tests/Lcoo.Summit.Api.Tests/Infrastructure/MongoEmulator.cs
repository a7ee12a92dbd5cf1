using Lcoo.Summit.Testing;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// The emulator shared by every test class that asks for it (as a class fixture), started on first use so
/// that SQLite-only runs never need Node; each test works in its own database. The process ends with the
/// test process.
/// </summary>
public sealed class MongoEmulator : IAsyncLifetime
{
    private static readonly Lazy<Task<CongoProcess>> Shared = new(StartShared);
    private CongoProcess? _process;

    public string ConnectionString => _process?.ConnectionString ?? throw new InvalidOperationException("not started");

    public IMongoDatabase NewDatabase(string prefix) =>
        new MongoClient(ConnectionString).GetDatabase(UniqueName(prefix));

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public async ValueTask InitializeAsync() => _process = await Shared.Value;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<CongoProcess> StartShared()
    {
        var process = await CongoProcess.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        return process;
    }
}

/// <summary>A real MongoDB server named by <c>MONGODB_URI</c>, for what the emulator cannot prove.</summary>
public static class RealMongo
{
    public static string? Uri => Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } uri ? uri : null;

    public const string NotSetReason = "not run: MONGODB_URI is not set. These tests need a real MongoDB server (the emulator cannot prove them, e.g. unique-index enforcement)";

    /// <summary>Marks the running test as not run (skipped, with the reason in the output) when no server is configured.</summary>
    public static string Require()
    {
        if (Uri is not { } uri)
        {
            Assert.Skip(NotSetReason);
            throw new InvalidOperationException("unreachable");
        }

        return uri;
    }
}
