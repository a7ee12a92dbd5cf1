using Polly;
using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Kiosk;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Speakers;

namespace Lcoo.Summit.Api.Extensions;

/// <summary>The services each feature's endpoints take.</summary>
public static class FeatureExtensions
{
    public static IServiceCollection AddMembers(this IServiceCollection services) =>
        services.AddSingleton<MemberDirectoryCache>().AddSingleton<TaggingService>().AddScoped<MemberAtSummit>();

    public static IServiceCollection AddSpeakers(this IServiceCollection services) => services.AddSingleton<PeopleDecisionService>();

    public static IServiceCollection AddCoverage(this IServiceCollection services) => services.AddSingleton<CoveragePlanning>();

    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddOptions<ScheduleLimits>().BindConfiguration(ScheduleLimits.Section);
        services.AddSingleton<ScheduleQuota>();
        services.AddSingleton<ScheduleSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduleSweep>());
        return services.AddScoped<CurrentSchedule>();
    }

    public static IServiceCollection AddItineraries(this IServiceCollection services)
    {
        services.AddOptions<Http.RenderOptions>().BindConfiguration(Http.RenderOptions.Section);
        services.AddSingleton<Http.RenderGate>();
        services.AddSingleton<Http.RenderedFiles>();
        return services.AddSingleton<ItineraryService>();
    }

    public static IServiceCollection AddChanges(this IServiceCollection services)
    {
        services.AddSingleton<Changes.SummitVersionWatch>();
        services.AddSingleton<Changes.CancelledSessions>();
        return services.AddHostedService(sp => sp.GetRequiredService<Changes.SummitVersionWatch>());
    }

    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<Sources.SourceOptions>().BindConfiguration(Sources.SourceOptions.Section);
        services.AddSingleton<Sources.SourceSync>();
        return services.AddHostedService(sp => sp.GetRequiredService<Sources.SourceSync>());
    }

    /// <summary>Webhooks: the dispatcher, and its own guarded client (its allowed hosts are <c>Webhooks:AllowedHosts</c>, not the imports').</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<Webhooks.WebhookOptions>().BindConfiguration(Webhooks.WebhookOptions.Section);
        services.AddKeyedSingleton(Webhooks.WebhookOptions.Client, (sp, _) =>
            new Imports.OutboundAddresses(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Webhooks.WebhookOptions>>().Value.AllowedHosts));
        services.AddHttpClient(Webhooks.WebhookOptions.Client, c =>
            {
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Lcoo.Summit-webhooks/1.0");
                c.Timeout = Timeout.InfiniteTimeSpan;
            })
            // A redirect is not followed (a receiver answers where it is); every connection's address is vetted when it is made.
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredKeyedService<Imports.OutboundAddresses>(Webhooks.WebhookOptions.Client).ConnectAsync,
            })
            .AddResilienceHandler("webhook-attempt", (pipeline, context) =>
            {
                var attempt = TimeSpan.FromSeconds(Math.Max(1, context.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Webhooks.WebhookOptions>>().Value.AttemptTimeoutSeconds));
                // Within one attempt: two quick retries of a transient failure (5xx, 408, 429, a broken connection), each try bounded.
                pipeline.AddRetry(new Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = Polly.DelayBackoffType.Exponential,
                    Delay = TimeSpan.FromMilliseconds(200),
                    UseJitter = true,
                });
                pipeline.AddTimeout(attempt);
            });
        services.AddSingleton<Webhooks.WebhookDispatcher>();
        return services.AddHostedService(sp => sp.GetRequiredService<Webhooks.WebhookDispatcher>());
    }

    public static IServiceCollection AddKiosk(this IServiceCollection services)
    {
        services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section);
        return services.AddSingleton<NowCache>();
    }
}
