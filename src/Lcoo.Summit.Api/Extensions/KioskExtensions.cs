using Lcoo.Summit.Api.Kiosk;

namespace Lcoo.Summit.Api.Extensions;

public static class KioskExtensions
{
    public static IServiceCollection AddKiosk(this IServiceCollection services)
    {
        services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section);
        return services.AddSingleton<NowCache>();
    }
}
