namespace Lcoo.Summit.Api.Health;

/// <summary>
/// <c>dotnet Lcoo.Summit.Api.dll healthcheck</c>: asks the running service's /health on this machine and exits
/// 0 or 1, for container health checks in images that have no shell or curl.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync()
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(';', ',')[0].Trim();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync($"http://127.0.0.1:{port}/health");
            Console.WriteLine($"health: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"health: unreachable ({e.Message})");
            return 1;
        }
    }
}
