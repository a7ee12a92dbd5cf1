using System.Net.Http.Headers;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lcoo.Summit.Benchmarks;

/// <summary>
/// The real service on Kestrel (loopback), with Barcelona 2016 imported, a clock set inside the summit, and a
/// bare minimal-API endpoint in the same process that returns whatever bytes it is given: the floor.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string Key = "bench-coordinator-key";
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2016-10-26T11:05:00+02:00");

    static BenchHost() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LCOO_SUMMIT_API", Path.Combine(Fixtures.RepoRoot, "src", "Lcoo.Summit.Api"));

    private readonly string _data;
    private readonly bool _ownsData;

    /// <param name="sharedData">Another host's data folder: a second instance on the same SQLite file.</param>
    public BenchHost(string? sharedData = null) => (_data, _ownsData) = sharedData is null
        ? (Directory.CreateTempSubdirectory("lcoo-bench-").FullName, true)
        : (sharedData, false);

    public string DataDirectory => _data;
    private readonly Dictionary<string, byte[]> _bare = new(StringComparer.Ordinal);

    /// <summary>The port Kestrel took when it bound (asked for 0, so nothing else can take it in between).</summary>
    public int Port { get; private set; }

    public string Base => $"http://127.0.0.1:{Port}";

    public HttpClient Client { get; private set; } = new();

    /// <summary>Serve <paramref name="bytes"/> at <c>/bench/bare?name=…</c>.</summary>
    public string Bare(string name, byte[] bytes)
    {
        _bare[name] = bytes;
        return $"/bench/bare?name={Uri.EscapeDataString(name)}";
    }

    /// <param name="importBarcelona">False for a second instance: the first one imported it into the store they share.</param>
    public async Task StartAsync(bool importBarcelona = true)
    {
        UseKestrel(0);
        StartServer();
        Port = new Uri(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single()).Port;
        Client = new HttpClient { BaseAddress = new Uri(Base) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        for (var i = 0; i < 100 && !(await Client.GetAsync("/health")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100);
        }

        if (importBarcelona)
        {
            await ImportAsync("barcelona-2016", "openstack-api/barcelona-2016.json", "timeZone=Europe/Madrid");
        }
    }

    /// <summary>Imports an OpenStack API dump from the fixtures into a summit.</summary>
    public async Task ImportAsync(string slug, string fixture, string query = "")
    {
        using var dump = new ByteArrayContent(Fixtures.Read(fixture));
        dump.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var imported = await Client.PostAsync($"/summits/{slug}/imports?{query}", dump);
        imported.EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", _data);
        builder.UseSetting("Seed:Path", Fixtures.SeedData);
        builder.UseSetting("Coordinators:ApiKeys:0", Key);
        builder.UseSetting("Limits:PermitsPerWindow", "100000000");
        builder.UseSetting("Webhooks:AllowedHosts:0", "127.0.0.1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Lcoo.Summit.Requests", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "None");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(Now));
            services.AddSingleton<IStartupFilter>(new BareEndpoint(_bare));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsData && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    /// <summary>
    /// The floor's endpoint sits at the end of the service's own pipeline (request log, exception handler, auth,
    /// rate limiter all run first), so the figure compares handlers, not one pipeline with none.
    /// </summary>
    private sealed class BareEndpoint(Dictionary<string, byte[]> bytes) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(e => e.MapGet("/bench/bare", (string name) => Results.Bytes(bytes[name], "application/json")));
        };
    }
}
