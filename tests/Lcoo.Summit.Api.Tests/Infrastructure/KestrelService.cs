using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>The service in this process on a real loopback socket (Kestrel, port 0), for a browser to open.</summary>
public sealed class KestrelService : IAsyncDisposable
{
    private readonly string _root;

    public ApiFactory Factory { get; }

    /// <summary>http://127.0.0.1:{port}, no trailing slash.</summary>
    public string BaseUrl { get; }

    private KestrelService(ApiFactory factory, string baseUrl, string root) => (Factory, BaseUrl, _root) = (factory, baseUrl, root);

    public static Task<KestrelService> StartAsync(params (string Key, string? Value)[] settings) => StartAsync(null, settings);

    /// <param name="clock">The service's clock, instead of the system's.</param>
    public static async Task<KestrelService> StartAsync(TimeProvider? clock, params (string Key, string? Value)[] settings)
    {
        var root = Directory.CreateTempSubdirectory("lcoo-kestrel-").FullName;
        var factory = clock is null ? ApiFactory.OnSqlite(root, settings) : ApiFactory.OnSqlite(root, clock, settings);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        var service = new KestrelService(factory, address.TrimEnd('/'), root);
        using var http = service.Client();
        await ApiFactory.WaitForHealthAsync(http, System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        return service;
    }

    /// <summary>A socket client with no credentials.</summary>
    public HttpClient Client() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>A socket client sending the coordinator key.</summary>
    public HttpClient CoordinatorClient()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.CoordinatorKey);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
