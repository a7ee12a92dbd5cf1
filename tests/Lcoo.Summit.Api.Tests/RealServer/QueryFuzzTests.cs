using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>
/// Every GET operation the OpenAPI document lists, over real sockets, with hostile values in its query parameters (and
/// parameters it does not take): the answer is a 2xx, a 304 or a 4xx problem, never a 5xx, and the process lives on.
/// </summary>
[Trait("Feature", "Sessions")]
public sealed class QueryFuzzTests(RealServerFixture fixture) : IClassFixture<RealServerFixture>
{
    private static readonly string[] Hostile =
    [
        "", " ", "0", "-1", "1e309", "99999999999999999999", "NaN", "true", "null", "%00", "\u0000", "\uFFFF", "😀",
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31", "0001-01-01", "2017-11-07", "2017-11-07T11:40:00+11:00",
        "2017-11-07T11:40:00", "2017-02-30", "att", "att,ntt,,", ",", "room,speaker,member,duplicate,attendee", "start", "title", "5",
        "a4", "A4,Letter", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "{\"$gt\":\"\"}", "$where", "C3.2",
        new string('x', 4000), "WyI1IiwgImFiYyIsICJ5Il0", "WyJTdGFydCIsIm51bGwiLG51bGxd", "eyJhIjoxfQ", "Murano", "Felipe Monteiro",
    ];

    [Fact]
    public async Task Hostile_query_values_on_every_get_operation_are_never_a_5xx()
    {
        var ct = TestContext.Current.CancellationToken;
        var service = fixture.Service;
        using var client = service.Client();
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "fuzz" }, ct);
        var schedule = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        var (scheduleId, token) = (schedule.GetProperty("id").GetString()!, schedule.GetProperty("token").GetString()!);
        var pathValues = new Dictionary<string, string>
        {
            ["slug"] = "sydney-2017", ["sessionId"] = "19266", ["speakerId"] = "3681", ["memberId"] = "att", ["id"] = scheduleId,
        };

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct)).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (Path: p.Name, Get: p.Value.GetProperty("get")))
            .ToList();
        var random = new Random(20261125);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (path, get) in operations)
        {
            var url = pathValues.Aggregate(path, (u, kv) => u.Replace($"{{{kv.Key}}}", kv.Value, StringComparison.Ordinal));
            var names = get.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                : [];
            names.Add("key");
            names.Add("unknown");
            for (var i = 0; i < 40; i++)
            {
                var query = string.Join("&", names.Where(_ => random.Next(3) == 0)
                    .Select(n => $"{Uri.EscapeDataString(n)}={Uri.EscapeDataString(Hostile[random.Next(Hostile.Length)])}"));
                using var request = new HttpRequestMessage(HttpMethod.Get, query.Length == 0 ? url : $"{url}?{query}");
                if (path.StartsWith("/schedules/", StringComparison.Ordinal))
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                else if (get.TryGetProperty("security", out var security) && security.GetArrayLength() > 0)
                {
                    request.Headers.Add("X-Api-Key", ApiFactory.CoordinatorKey);
                }

                // Headers first: an event stream that opens never ends, and is closed again at once.
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                sent++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                // Kestrel itself refuses a request line or headers over its limits (414, 431) before any of ours runs: no body there.
                var kestrelLimit = status is 414 or 431;
                if (status >= 500 || (status >= 400 && !kestrelLimit && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    failures.Add($"GET {request.RequestUri}: {status} {await response.Content.ReadAsStringAsync(ct)}");
                }
            }
        }

        var summary = $"fuzz: {sent} GETs with hostile query values over {operations.Count} operations (real server): " +
            string.Join(", ", statuses.Select(s => $"{s.Value} x {s.Key}"));
        FuzzSummary.Write("queries", summary);
        Assert.False(service.HasExited, "the service process died");
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(10)));
    }
}
