using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>The other side of the service's outbound calls in tests: a schedule server or a webhook receiver on a loopback port of its own.</summary>
public static class LoopbackApp
{
    /// <summary>A quiet web app on 127.0.0.1 and a free port; map its routes, then start it and read its address from <c>Urls</c>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Whether a delivery's Standard Webhooks signature holds for this secret, as a receiver checks it with the library.</summary>
    public static bool Verifies(string secret, string body, IHeaderDictionary headers)
    {
        try
        {
            new StandardWebhooks.StandardWebhook(secret).Verify(body, headers);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
