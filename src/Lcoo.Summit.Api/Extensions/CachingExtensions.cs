using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Extensions;

public static class CachingExtensions
{
    /// <summary>In-memory answers for repeated public reads; each instance keeps its own (see <see cref="SummitReadsPolicy"/>).</summary>
    public static IServiceCollection AddSummitReadCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024;
            o.MaximumBodySize = 4L * 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10);
            o.UseCaseSensitivePaths = true;
            o.AddPolicy(SummitReadsPolicy.Name, new SummitReadsPolicy());
        });
}
