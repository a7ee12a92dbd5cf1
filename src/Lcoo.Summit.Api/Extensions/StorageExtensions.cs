using Lcoo.Summit.Api.Seed;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Mongo;
using Lcoo.Summit.Api.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Lcoo.Summit.Api.Extensions;

public static class StorageExtensions
{
    /// <summary>MongoDB when <c>ConnectionStrings:Mongo</c> is set, otherwise SQLite under <c>Storage:DataDirectory</c>.</summary>
    public static IHostApplicationBuilder AddSummitStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ISummitStore>(sp => CreateStore(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp => (IScheduleStore)sp.GetRequiredService<ISummitStore>());
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<SeedLoader>();
        services.AddHostedService<StoreInitializer>();
        return builder;
    }

    private static ISummitStore CreateStore(IConfiguration configuration, StorageOptions options, IHostEnvironment environment)
    {
        var mongo = configuration.GetConnectionString("Mongo");
        if (string.IsNullOrWhiteSpace(mongo))
        {
            var folder = Path.IsPathRooted(options.DataDirectory)
                ? options.DataDirectory
                : Path.Combine(environment.ContentRootPath, options.DataDirectory);
            return new SqliteSummitStore(Path.Combine(folder, "lcoo-summit.db"));
        }

        var url = MongoUrl.Create(mongo);
        var settings = MongoClientSettings.FromUrl(url);
        if (url.ServerSelectionTimeout == MongoDefaults.ServerSelectionTimeout)
        {
            settings.ServerSelectionTimeout = options.MongoServerSelectionTimeout;
        }

        settings.RetryWrites = true;
        settings.RetryReads = true;
        settings.ReadPreference = new ReadPreference(Enum.Parse<ReadPreferenceMode>(options.MongoReadPreference, ignoreCase: true));
        var client = new MongoClient(settings);
        return new MongoSummitStore(client.GetDatabase(url.DatabaseName ?? options.MongoDatabase), options.MongoMaxTime);
    }
}
