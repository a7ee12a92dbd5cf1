using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// Problem details in the request's language, over a real socket against the service in Production settings: the
/// service's own problems (a summit, session, member, room or schedule not found, a token needed, a value not valid)
/// and the ones the framework writes (no such path, no such method); in the pseudo-locale none of their words is left
/// in English. The values in them (a slug, an id, a path) stay as sent.
/// </summary>
[Trait("Feature", "Errors")]
public sealed class ProblemLanguageTests : KestrelServiceTests
{
    /// <summary>A problem each way the service answers one: its own 404s, 401 and 400, and the framework's 404 and 405.</summary>
    private static readonly (HttpMethod Method, string Path, HttpStatusCode Status)[] Asked =
    [
        (HttpMethod.Get, "/summits/nowhere-2030", HttpStatusCode.NotFound),
        (HttpMethod.Get, "/summits/sydney-2017/sessions/no-such-session", HttpStatusCode.NotFound),
        (HttpMethod.Get, "/members/no-such-member", HttpStatusCode.NotFound),
        (HttpMethod.Get, "/summits/sydney-2017/now?room=Nowhere%20Hall", HttpStatusCode.NotFound),
        (HttpMethod.Get, "/schedules/no-such-schedule", HttpStatusCode.Unauthorized),
        (HttpMethod.Get, "/nothing/here", HttpStatusCode.NotFound),
        (HttpMethod.Delete, "/summits", HttpStatusCode.MethodNotAllowed),
    ];

    [Fact]
    public async Task A_value_not_valid_is_framed_in_the_requests_language_and_names_the_field_as_sent()
    {
        var filters = await AskAsync(HttpMethod.Get, "/summits/sydney-2017/sessions?day=xx", "fr", HttpStatusCode.BadRequest);
        var one = await AskAsync(HttpMethod.Get, "/summits/sydney-2017/now?at=later", "ja", HttpStatusCode.BadRequest);

        Assert.Equal("Une ou plusieurs valeurs ne sont pas valides.", filters.GetProperty("title").GetString());
        Assert.StartsWith("Certains filtres ne sont pas valides : day: ", filters.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(filters.GetProperty("errors").TryGetProperty("day", out _));
        Assert.StartsWith("正しくないパラメーターがあります：at: ", one.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> AskAsync(HttpMethod method, string path, string lang, HttpStatusCode status)
    {
        using var client = Service.Client();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(lang));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        using var response = await client.SendAsync(request);
        Assert.True(status == response.StatusCode, $"{method} {path}: {response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Theory]
    [InlineData("fr", "Sommet introuvable", "Il n’y a pas de sommet « nowhere-2030 ».")]
    [InlineData("ja", "サミットが見つかりません", "サミット「nowhere-2030」はありません。")]
    [InlineData("ko", "서밋을 찾을 수 없음", "서밋 'nowhere-2030'이(가) 없습니다.")]
    [InlineData("zh-Hans", "未找到峰会", "没有峰会“nowhere-2030”。")]
    [InlineData("en", "Summit not found", "There is no summit 'nowhere-2030'.")]
    public async Task A_summit_not_found_is_said_in_the_requests_language(string lang, string title, string detail)
    {
        var problem = await AskAsync(HttpMethod.Get, "/summits/nowhere-2030", lang, HttpStatusCode.NotFound);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_frameworks_own_problems_are_in_the_requests_language_too()
    {
        var path = await AskAsync(HttpMethod.Get, "/nothing/here", "fr", HttpStatusCode.NotFound);
        var method = await AskAsync(HttpMethod.Delete, "/summits", "ja", HttpStatusCode.MethodNotAllowed);

        Assert.Equal("Introuvable", path.GetProperty("title").GetString());
        Assert.StartsWith("Il n’y a rien à /nothing/here.", path.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("許可されていないメソッド", method.GetProperty("title").GetString());
        Assert.StartsWith("このパスでは DELETE は使えません。", method.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_pseudo_locale_no_word_of_these_problems_is_left_in_english()
    {
        IReadOnlyList<string> rooms;
        using (var client = Service.Client())
        {
            rooms = await PseudoPages.DataAsync(client, "/summits/sydney-2017");
        }

        var escaped = new List<string>();
        foreach (var (method, path, status) in Asked)
        {
            var problem = await AskAsync(method, path, "qps", status);
            var said = $"{problem.GetProperty("title").GetString()} {problem.GetProperty("detail").GetString()}";
            escaped.AddRange(PseudoText.Escaped(said, [path, "nowhere-2030", "Nowhere Hall", "GET", "DELETE", "openapi", "json", "summits", "members", .. rooms])
                .Select(w => $"{method} {path}: '{w}' in \"{said}\""));
        }

        Assert.True(escaped.Count == 0, string.Join("\n", escaped));
    }
}
