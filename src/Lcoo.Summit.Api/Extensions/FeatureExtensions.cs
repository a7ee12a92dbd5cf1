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

    public static IServiceCollection AddSchedules(this IServiceCollection services) =>
        services.AddScoped<CurrentSchedule>();

    public static IServiceCollection AddItineraries(this IServiceCollection services) =>
        services.AddSingleton<ItineraryService>();

    public static IServiceCollection AddKiosk(this IServiceCollection services)
    {
        services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section);
        return services.AddSingleton<NowCache>();
    }
}
