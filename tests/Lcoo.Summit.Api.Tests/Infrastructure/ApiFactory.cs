using System.Net;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>The real ASP.NET Core pipeline of the service, on a given store, with the repository's seed-data.</summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    static ApiFactory()
    {
        // Many hosts live in one test process: no inotify watcher per appsettings.json.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public static ApiFactory OnSqlite(string folder, params (string Key, string? Value)[] more) =>
        new(Settings(more.Append(("Storage:DataDirectory", folder))));

    public static ApiFactory OnSqlite(string folder, TimeProvider clock, params (string Key, string? Value)[] more) =>
        new(Settings(more.Append(("Storage:DataDirectory", folder)))) { Clock = clock };

    public static ApiFactory OnMongo(string connectionString, params (string Key, string? Value)[] more) =>
        new(Settings(more.Append(("ConnectionStrings:Mongo", connectionString))));

    private static Dictionary<string, string?> Settings(IEnumerable<(string Key, string? Value)> pairs)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Seed:Path"] = Fixtures.SeedData,
            ["Storage:InitializeRetryDelay"] = "00:00:00.200",
            ["Coordinators:ApiKeys:0"] = CoordinatorKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
        };
        foreach (var (key, value) in pairs)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A clock the test sets, instead of the system's.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As `dotnet run` (Development) does: a scoped service taken from the root is an error here too, not only there.
        builder.UseDefaultServiceProvider(o => (o.ValidateScopes, o.ValidateOnBuild) = (true, true));
        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public const string CoordinatorKey = ServiceProcess.CoordinatorKey;

    /// <summary>A client, sending the coordinator key, once <c>/health</c> says the store is initialised and the seed loaded.</summary>
    public async Task<HttpClient> ReadyClientAsync(TimeSpan? timeout = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", CoordinatorKey);
        await WaitForHealthAsync(client, HttpStatusCode.OK, timeout ?? TimeSpan.FromSeconds(30));
        return client;
    }

    public static async Task WaitForHealthAsync(HttpClient client, HttpStatusCode expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        HttpStatusCode last;
        do
        {
            last = (await client.GetAsync("/health")).StatusCode;
            if (last == expected)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"/health stayed {(int)last}, expected {(int)expected}.");
    }
}
