using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Every endpoint family against every kind of credential: none, a wrong one, an attendee's token, a coordinator key.</summary>
[Trait("Feature", "Auth")]
public sealed class RoleTests : ServiceOwner
{
    public enum Who
    {
        Nobody,
        WrongKey,
        Attendee,
        Coordinator,
    }

    private async Task<(HttpClient Client, string Token, string ScheduleId)> ServiceAsync()
    {
        var factory = Own(ApiFactory.OnSqlite(NewFolder()));
        var ready = await factory.ReadyClientAsync();
        using var created = await ready.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "x" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (factory.CreateClient(), body.GetProperty("token").GetString()!, body.GetProperty("id").GetString()!);
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, Who who, string attendeeToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        switch (who)
        {
            case Who.WrongKey: request.Headers.Add("X-Api-Key", "not-a-key"); break;
            case Who.Attendee: request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", attendeeToken); break;
            case Who.Coordinator: request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.CoordinatorKey); break;
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public static TheoryData<string, string, Who> PublicReads => Matrix(
        ["GET /summits", "GET /summits/sydney-2017", "GET /summits/sydney-2017/sessions", "GET /summits/sydney-2017/speakers",
         "GET /summits/sydney-2017/companies", "GET /summits/sydney-2017/clashes", "GET /summits/sydney-2017/now", "GET /kiosk/sydney-2017",
         "GET /members", "GET /summits/sydney-2017/members/att/sessions", "GET /health"]);

    public static TheoryData<string, string, Who> CoordinatorCalls => Matrix(
        ["GET /summits/sydney-2017/imports", "POST /summits/sydney-2017/imports", "PUT /summits/sydney-2017", "PUT /members/att",
         "DELETE /members/orange", "GET /summits/sydney-2017/members/att/itinerary.pdf", "GET /summits/sydney-2017/members/att/clashes",
         "GET /summits/sydney-2017/clashes?kind=member"]);

    private static TheoryData<string, string, Who> Matrix(string[] calls)
    {
        var data = new TheoryData<string, string, Who>();
        foreach (var call in calls)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(call.Split(' ')[0], call.Split(' ')[1], who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicReads))]
    public async Task Public_reads_answer_anyone(string method, string url, Who who)
    {
        var (client, token, _) = await ServiceAsync();

        using var response = await client.SendAsync(Request(new HttpMethod(method), url, who, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CoordinatorCalls))]
    public async Task Coordinator_endpoints_are_401_without_a_key_403_for_an_attendee_and_open_to_a_coordinator(string method, string url, Who who)
    {
        var (client, token, _) = await ServiceAsync();
        object? body = url switch
        {
            "/summits/sydney-2017" => new { name = "Sydney", timeZone = "Australia/Sydney", startDate = "2017-11-06", endDate = "2017-11-08" },
            "/members/att" => new { displayName = "AT&T", aliases = new[] { "ATT" } },
            _ => null,
        };
        using var request = Request(new HttpMethod(method), url, who, token, body);
        if (method == "POST")
        {
            request.Content = new StringContent("<html><body>not a schedule</body></html>", System.Text.Encoding.UTF8, "text/html");
        }

        using var response = await client.SendAsync(request);

        var expected = who switch
        {
            Who.Nobody or Who.WrongKey => HttpStatusCode.Unauthorized,
            Who.Attendee => HttpStatusCode.Forbidden,
            _ => (HttpStatusCode?)null,
        };
        if (expected is null)
        {
            Assert.True((int)response.StatusCode is >= 200 and < 300 || response.StatusCode == HttpStatusCode.UnsupportedMediaType,
                $"{method} {url} as coordinator: {(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData(Who.Nobody, HttpStatusCode.Unauthorized)]
    [InlineData(Who.WrongKey, HttpStatusCode.Unauthorized)]
    [InlineData(Who.Coordinator, HttpStatusCode.NotFound)]
    [InlineData(Who.Attendee, HttpStatusCode.OK)]
    public async Task A_schedule_is_its_attendees_alone_a_coordinator_key_does_not_open_it(Who who, HttpStatusCode expected)
    {
        var (client, token, id) = await ServiceAsync();

        using var response = await client.SendAsync(Request(HttpMethod.Get, $"/schedules/{id}", who, token));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_clashes_leave_out_which_member_covers_what()
    {
        var (client, _, _) = await ServiceAsync();

        var view = await client.GetJsonAsync("/summits/sydney-2017/clashes");

        Assert.DoesNotContain(view.GetProperty("clashes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "member");
        Assert.Contains(view.GetProperty("clashes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "room");
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_the_credentials_and_which_operations_need_them()
    {
        var (client, _, _) = await ServiceAsync();

        var doc = await client.GetJsonAsync("/openapi/v1.json");

        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("X-Api-Key", schemes.GetProperty("coordinatorKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal(["coordinatorKey", "bearer"], doc.GetProperty("paths").GetProperty("/summits/{slug}/imports").GetProperty("post").GetProperty("security")
            .EnumerateArray().SelectMany(s => s.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("paths").GetProperty("/summits/{slug}/sessions").GetProperty("get").GetProperty("security").ValueKind);
        Assert.Empty(doc.GetProperty("paths").GetProperty("/summits/{slug}/sessions").GetProperty("get").GetProperty("security").EnumerateArray());
    }
}
