using System.Net;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// Import by URL against a schedule server the test runs on loopback. Internal addresses are refused before
/// any connection is made, so the private and metadata addresses below are never actually contacted.
/// </summary>
[Trait("Feature", "Imports")]
public sealed class ImportByUrlTests : ServiceOwner, IAsyncLifetime
{
    private WebApplication? _origin;
    private int _port;

    public async ValueTask InitializeAsync()
    {
        _origin = LoopbackApp.Create();
        var dump = Fixtures.Read("openstack-api/sydney-2017.json");
        _origin.MapGet("/sydney.json", () => Results.Bytes(dump, "application/json"));
        _origin.MapGet("/moved", () => Results.Redirect("/sydney.json"));
        _origin.MapGet("/to-private", () => Results.Redirect("http://10.1.2.3/schedule.json"));
        _origin.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        _origin.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        _origin.MapGet("/logo.png", () => Results.Bytes(new byte[64], "image/png"));
        _origin.MapGet("/huge.json", (HttpContext http) =>
        {
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = 2 * 1024 * 1024;
            return http.Response.Body.WriteAsync(new byte[2 * 1024 * 1024]).AsTask();
        });
        await _origin.StartAsync();
        _port = new Uri(_origin.Urls.Single()).Port;
    }

    private async Task<HttpClient> ClientAsync(bool allowLoopbackOrigin) => await Own(ApiFactory.OnSqlite(NewFolder(),
        ("Imports:AllowedHosts:0", allowLoopbackOrigin ? "127.0.0.1" : null), ("Imports:MaxBytes", "1048576"))).ReadyClientAsync();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(HttpClient client, string url)
    {
        using var response = await client.PostAsync("/summits/sydney-2017/imports",
            new StringContent(JsonSerializer.Serialize(new { url }), Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task An_allowed_host_is_fetched_following_a_redirect_and_imported()
    {
        var client = await ClientAsync(allowLoopbackOrigin: true);

        var (status, report) = await ImportAsync(client, $"http://127.0.0.1:{_port}/moved");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.EndsWith("/sydney.json", report.GetProperty("sources")[0].GetProperty("name").GetString());
        Assert.Equal(66, report.GetProperty("unchanged").GetInt32());
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/sydney.json")]
    [InlineData("http://[::1]:{port}/sydney.json")]
    [InlineData("http://localhost:{port}/sydney.json")]
    [InlineData("http://10.1.2.3/schedule.json")]
    [InlineData("http://172.16.0.9/schedule.json")]
    [InlineData("http://192.168.1.1/schedule.json")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://0.0.0.0:{port}/sydney.json")]
    public async Task Internal_addresses_are_refused(string url)
    {
        var client = await ClientAsync(allowLoopbackOrigin: false);

        var (status, problem) = await ImportAsync(client, url.Replace("{port}", _port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Address refused", problem.GetProperty("title").GetString());
        Assert.Contains("public addresses only", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/to-private", HttpStatusCode.BadRequest, "10.1.2.3")]
    [InlineData("/to-metadata", HttpStatusCode.BadRequest, "169.254.169.254")]
    [InlineData("/loop/0", HttpStatusCode.UnprocessableEntity, "more than 3 times")]
    [InlineData("/logo.png", HttpStatusCode.UnsupportedMediaType, "image/png")]
    [InlineData("/huge.json", HttpStatusCode.RequestEntityTooLarge, "1 MB")]
    [InlineData("/missing", HttpStatusCode.UnprocessableEntity, "404")]
    public async Task Each_hop_is_checked_and_limits_hold(string path, HttpStatusCode expected, string says)
    {
        var client = await ClientAsync(allowLoopbackOrigin: true);

        var (status, problem) = await ImportAsync(client, $"http://127.0.0.1:{_port}{path}");

        Assert.Equal(expected, status);
        Assert.Contains(says, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("ftp://example.org/schedule.json")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1/")]
    [InlineData("not a url")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        var client = await ClientAsync(allowLoopbackOrigin: true);

        Assert.Equal(HttpStatusCode.BadRequest, (await ImportAsync(client, url)).Status);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_origin is not null)
        {
            await _origin.DisposeAsync();
        }

    }
}
