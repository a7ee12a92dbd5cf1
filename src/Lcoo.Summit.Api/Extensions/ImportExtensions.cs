using Lcoo.Summit.Api.Imports;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Extensions;

public static class ImportExtensions
{
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptionsSection>().BindConfiguration(ImportOptionsSection.Section);
        builder.Services.AddSingleton(sp => new OutboundAddresses(sp.GetRequiredService<IOptions<ImportOptionsSection>>().Value.AllowedHosts));
        builder.Services.AddHttpClient(ScheduleFetcher.Client, c =>
            {
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Lcoo.Summit-importer/1.0");
                c.Timeout = Timeout.InfiniteTimeSpan;
            })
            // Redirects are followed by hand so each hop is checked; every connection's address is vetted when it is made.
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<OutboundAddresses>().ConnectAsync,
            });
        builder.Services.AddSingleton<ImportService>();
        builder.Services.AddSingleton<ScheduleFetcher>();
        builder.Services.AddSingleton<ImportRequestReader>();
        return builder;
    }
}
