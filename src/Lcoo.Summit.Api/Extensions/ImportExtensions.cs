using Lcoo.Summit.Api.Imports;

namespace Lcoo.Summit.Api.Extensions;

public static class ImportExtensions
{
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptionsSection>().BindConfiguration(ImportOptionsSection.Section);
        builder.Services.AddHttpClient(ImportRequestReader.FetchClient, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("Lcoo.Summit-importer/1.0"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 3 });
        builder.Services.AddSingleton<ImportService>();
        builder.Services.AddSingleton<ImportRequestReader>();
        return builder;
    }
}
