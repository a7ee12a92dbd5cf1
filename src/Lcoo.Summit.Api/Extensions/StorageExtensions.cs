using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Seed;
using Lcoo.Summit.Api.Sources;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Mongo;
using Lcoo.Summit.Api.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Mongo")))
        {
            services.AddSingleton(sp => CreateSqlite(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
            services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
            services.AddSingleton<ISummitStore, SqliteSummitStore>();
            services.AddSingleton<IScheduleStore, SqliteScheduleStore>();
            services.AddSingleton<IPublicationStore, SqlitePublicationStore>();
            services.AddSingleton<ICoveragePlanStore, SqliteCoveragePlanStore>();
            services.AddSingleton<IMemberStore, SqliteMemberStore>();
            services.AddSingleton<ILeaseStore, SqliteLeaseStore>();
            services.AddSingleton<ISourceStore, SqliteSourceStore>();
            services.AddSingleton<Webhooks.IWebhookStore, SqliteWebhookStore>();
        }
        else
        {
            services.AddSingleton(sp => MongoStorage.Connect(sp.GetRequiredService<IConfiguration>().GetConnectionString("Mongo")!, sp.GetRequiredService<IOptions<StorageOptions>>().Value));
            services.AddSingleton<IStorage>(sp => sp.GetRequiredService<MongoStorage>());
            services.AddSingleton<ISummitStore, MongoSummitStore>();
            services.AddSingleton<IScheduleStore, MongoScheduleStore>();
            services.AddSingleton<IPublicationStore, MongoPublicationStore>();
            services.AddSingleton<ICoveragePlanStore, MongoCoveragePlanStore>();
            services.AddSingleton<IMemberStore, MongoMemberStore>();
            services.AddSingleton<ILeaseStore, MongoLeaseStore>();
            services.AddSingleton<ISourceStore, MongoSourceStore>();
            services.AddSingleton<Webhooks.IWebhookStore, MongoWebhookStore>();
        }

        services.AddSingleton<SummitLocks>();
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<SeedLoader>();
        services.AddHostedService<StoreInitializer>();
        return builder;
    }

    private static SqliteStorage CreateSqlite(StorageOptions options, IHostEnvironment environment)
    {
        var folder = Path.IsPathRooted(options.DataDirectory)
            ? options.DataDirectory
            : Path.Combine(environment.ContentRootPath, options.DataDirectory);
        return new SqliteStorage(Path.Combine(folder, "lcoo-summit.db"));
    }

}
