using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>One service process shared by a class of hostile requests: whatever they do, it must still be there at the end.</summary>
public class RealServerFixture : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-real-").FullName;

    public ServiceProcess Service { get; private set; } = null!;

    /// <summary>The service's settings, as environment variables (<c>Section__Key</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Limits__PermitsPerWindow"] = "100000" };

    public async ValueTask InitializeAsync() => Service = await ServiceProcess.StartAsync(_root, Settings);

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
