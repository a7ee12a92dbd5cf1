using Lcoo.Summit.Api.Members;

namespace Lcoo.Summit.Api.Extensions;

public static class MemberExtensions
{
    public static IServiceCollection AddMembers(this IServiceCollection services) =>
        services.AddSingleton<MemberDirectoryCache>().AddSingleton<TaggingService>();
}
