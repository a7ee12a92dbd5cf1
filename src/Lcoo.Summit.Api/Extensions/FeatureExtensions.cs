using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Kiosk;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Schedules;

namespace Lcoo.Summit.Api.Extensions;

/// <summary>The services each feature's endpoints take.</summary>
public static class FeatureExtensions
{
    public static IServiceCollection AddMembers(this IServiceCollection services) =>
        services.AddSingleton<MemberDirectoryCache>().AddSingleton<TaggingService>().AddScoped<MemberAtSummit>();

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

    public static IServiceCollection AddKiosk(this IServiceCollection services)
    {
        services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section);
        return services.AddSingleton<NowCache>();
    }
}
