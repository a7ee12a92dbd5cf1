using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Member tags, the session filters, speakers and companies, over HTTP on each store.</summary>
public abstract class QueryContract : ServiceOwner
{
    protected abstract ApiFactory NewService();

    private async Task<HttpClient> ClientAsync() => await NewService().ReadyClientAsync();

    private static async Task<string[]> IdsAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync($"/summits/sydney-2017/sessions?limit=500&{query}")).Items().Select(s => s.GetProperty("id").GetString()!)];

    // The deck's member sessions, by event id, as its three tables list them.
    public static TheoryData<string, string[]> DeckMembers => new()
    {
        { "att", ["20565", "19547", "19860", "20548", "19266", "20472", "20067", "19568", "19579", "19938", "20471", "20424", "20479", "19570", "19883"] },
        { "ntt", ["20429", "20432", "19860", "19424", "20470", "20532"] },
        { "skt", ["20581", "19860", "20053"] },
        { "orange", ["19465"] },
    };

    [Theory]
    [MemberData(nameof(DeckMembers))]
    public async Task A_member_filter_returns_exactly_the_decks_sessions_of_that_member(string member, string[] expected)
    {
        var client = await ClientAsync();

        Assert.Equal(expected.Order(), (await IdsAsync(client, $"member={member}")).Order());
    }

    [Fact]
    public async Task A_members_sessions_come_grouped_by_venue_local_day()
    {
        var client = await ClientAsync();

        var att = await client.GetJsonAsync("/summits/sydney-2017/members/att/sessions");

        Assert.Equal(15, att.GetProperty("count").GetInt32());
        Assert.Equal([("2017-11-06", 2), ("2017-11-07", 8), ("2017-11-08", 5)],
            att.GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("sessions").GetArrayLength())));
        await client.GetProblemAsync("/summits/sydney-2017/members/ibm/sessions", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("company=AT%20and%20T", 15)]
    [InlineData("company=at-and-t", 15)]
    [InlineData("day=2017-11-08", 23)]
    [InlineData("day=2017-11-08&member=att", 5)]
    [InlineData("room=c3.2&day=2017-11-06", 10)]
    [InlineData("q=helm", 3)]
    [InlineData("q=HELM%20workshop", 1)]
    [InlineData("speaker=Jaesuk%20Ahn", 2)]
    [InlineData("speaker=name:jaesuk-ahn", 2)]
    [InlineData("type=Presentation&day=2017-11-07", 16)]
    [InlineData("from=2017-11-07T11:45:00%2B11:00&to=2017-11-07T11:46:00%2B11:00", 3)]
    [InlineData("from=2017-11-07T00:45:00Z&to=2017-11-07T00:46:00Z&member=att", 1)]
    public async Task Filters_select_and_combine(string query, int expected)
    {
        var client = await ClientAsync();

        var page = await client.GetJsonAsync($"/summits/sydney-2017/sessions?limit=500&{query}");

        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_time_without_an_offset_filters_as_the_venues_wall_clock_as_generated_clients_send_it()
    {
        var client = await ClientAsync();

        var local = await client.GetStringAsync("/summits/sydney-2017/sessions?from=2017-11-07T11:00:00&to=2017-11-07T12:00:00");
        var withOffset = await client.GetStringAsync("/summits/sydney-2017/sessions?from=2017-11-07T11:00:00%2B11:00&to=2017-11-07T12:00:00%2B11:00");

        Assert.Equal(withOffset, local);
        Assert.Contains("19266", local);
    }

    [Theory]
    [InlineData("day=07-11-2017", "day")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2017-11-07T25:45:00", "from")]
    [InlineData("from=2017-11-07T12:00:00Z&to=2017-11-07T11:00:00Z", "to")]
    [InlineData("member=ibm", "member")]
    [InlineData("sort=popularity", "sort")]
    [InlineData("q=%20%20", "q")]
    [InlineData("room=", "room")]
    public async Task Bad_filter_values_are_a_400_naming_the_field(string query, string field)
    {
        var client = await ClientAsync();

        var problem = await client.GetProblemAsync($"/summits/sydney-2017/sessions?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Title_order_pages_through_every_session_and_a_start_cursor_is_refused_there()
    {
        var client = await ClientAsync();
        var titles = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/summits/sydney-2017/sessions?sort=title&limit=20{(cursor is null ? "" : $"&cursor={cursor}")}");
            titles.AddRange(page.Items().Select(s => s.GetProperty("title").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        var startCursor = (await client.GetJsonAsync("/summits/sydney-2017/sessions?limit=5")).GetProperty("nextCursor").GetString();

        Assert.Equal(65, titles.Count);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        await client.GetProblemAsync($"/summits/sydney-2017/sessions?sort=title&cursor={startCursor}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task No_row_is_lost_or_repeated_across_pages_while_an_import_adds_and_moves_sessions()
    {
        var client = await ClientAsync();
        var before = await IdsAsync(client, "");
        var first = await client.GetJsonAsync("/summits/sydney-2017/sessions?limit=20");
        var page1 = first.Items().Select(s => s.GetProperty("id").GetString()!).ToList();

        // A new session before the cursor, and one of the page-2 sessions moved earlier than the cursor.
        var early = Encoding("20581-no-speakers-no-script.html").Replace("20581", "99001").Replace("Monday, November 6, 11:35am-12:15pm", "Monday, November 6, 08:00am-08:30pm");
        using (await client.PostAsync("/summits/sydney-2017/imports", Html(early)))
        {
        }

        var rest = new List<string>();
        var cursor = first.GetProperty("nextCursor").GetString();
        while (cursor is not null)
        {
            var page = await client.GetJsonAsync($"/summits/sydney-2017/sessions?limit=20&cursor={cursor}");
            rest.AddRange(page.Items().Select(s => s.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }

        Assert.Empty(page1.Intersect(rest));
        Assert.Equal(before.Order(), page1.Concat(rest).Order());
        Assert.Contains("99001", await IdsAsync(client, ""));
    }

    [Fact]
    public async Task Answers_carry_an_ETag_and_a_matching_If_None_Match_is_a_304_until_the_data_changes()
    {
        var client = await ClientAsync();
        using var first = await client.GetAsync("/summits/sydney-2017/sessions?member=att");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/sessions?member=att") { Headers = { IfNoneMatch = { etag } } };
        using var notModified = await client.SendAsync(again);
        using (await client.PostAsync("/summits/sydney-2017/imports", Html(Encoding("19266-murano-project-update.html"))))
        {
        }

        using var afterImport = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/sessions?member=att") { Headers = { IfNoneMatch = { etag } } };
        using var changed = await client.SendAsync(afterImport);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Speakers_are_listed_with_their_member_and_each_has_their_sessions()
    {
        var client = await ClientAsync();

        var speakers = await client.GetJsonAsync("/summits/sydney-2017/speakers?q=monteiro");
        var felipe = await client.GetJsonAsync("/summits/sydney-2017/speakers/name:felipe-monteiro");

        var listed = Assert.Single(speakers.EnumerateArray());
        Assert.Equal(("Felipe Monteiro", "att"), (listed.GetProperty("name").GetString(), listed.GetProperty("member").GetString()));
        Assert.Equal("19266", Assert.Single(felipe.GetProperty("sessions").EnumerateArray()).GetProperty("id").GetString());
        await client.GetProblemAsync("/summits/sydney-2017/speakers/nobody", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_repeated_session_list_is_answered_from_the_read_cache_with_the_same_bytes_and_ETag()
    {
        var client = await ClientAsync();
        const string url = "/summits/sydney-2017/sessions?day=2017-11-07&limit=20";

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);
        using var other = await client.GetAsync(url + "&sort=title");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Null(other.Headers.Age);
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_client_asking_for_no_cache_gets_the_answer_computed_again()
    {
        var client = await ClientAsync();
        const string url = "/summits/sydney-2017/sessions?day=2017-11-08&limit=20";
        using var first = await client.GetAsync(url);
        using var fresh = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { CacheControl = new() { NoCache = true } } };

        using var computed = await client.SendAsync(fresh);
        using var cached = await client.GetAsync(url);

        Assert.Null(computed.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await computed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Problems_are_not_cached_and_paths_keep_their_case()
    {
        var client = await ClientAsync();

        await client.GetProblemAsync("/summits/sydney-2017/sessions?member=ibm", HttpStatusCode.BadRequest);
        await client.GetProblemAsync("/summits/sydney-2017/sessions?member=ibm", HttpStatusCode.BadRequest);
        await client.GetJsonAsync("/summits/sydney-2017/sessions/19266");
        await client.GetProblemAsync("/summits/SYDNEY-2017/sessions/19266", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_Boston_Intel_spellings_are_one_company_and_map_to_a_member_once_an_alias_is_added()
    {
        var client = await ClientAsync();
        using (await client.PostAsync("/summits/boston-2017/imports", Json(Fixtures.Read("openstack-api/boston-2017.json"))))
        {
        }

        using (await client.DeleteAsync("/members/intel"))
        {
        }

        var unmapped = Intel(await client.GetJsonAsync("/summits/boston-2017/companies"));
        var untagged = (await client.GetJsonAsync("/summits/boston-2017/sessions?company=intel&limit=1")).GetProperty("total").GetInt32();
        await client.GetProblemAsync("/summits/boston-2017/sessions?member=intel&limit=1", HttpStatusCode.BadRequest);
        var put = await client.PutAsJsonAsync("/members/intel", new { displayName = "Intel", aliases = new[] { "Intel Corporation" } });
        var mapped = Intel(await client.GetJsonAsync("/summits/boston-2017/companies"));
        var tagged = (await client.GetJsonAsync("/summits/boston-2017/sessions?member=intel&limit=1")).GetProperty("total").GetInt32();

        Assert.Equal(["Intel", "Intel Corp", "Intel Corp.", "Intel Corporation"], unmapped.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, unmapped.GetProperty("member").ValueKind);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("intel", mapped.GetProperty("member").GetProperty("id").GetString());
        Assert.Equal(untagged, tagged);
        Assert.Equal(unmapped.GetProperty("sessions").GetInt32(), tagged);
        Assert.True(tagged > 10);
        Assert.Equal(tagged, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retagged").GetProperty("boston-2017").GetInt32());

        static JsonElement Intel(JsonElement companies) => companies.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "intel");
    }

    [Fact]
    public async Task Members_are_edited_with_retagging_and_clear_errors()
    {
        var client = await ClientAsync();

        using var bad = await client.PutAsJsonAsync("/members/Bad Id", new { aliases = new[] { "None" } });
        using var taken = await client.PutAsJsonAsync("/members/att-labs", new { displayName = "AT&T Labs", aliases = new[] { "ATT" } });
        using var removed = await client.DeleteAsync("/members/orange");
        var orangeSessions = await IdsAsync(client, "company=orange");
        var members = await client.GetJsonAsync("/members");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["aliases", "displayName", "id"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("'att'", await taken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(["19465"], orangeSessions);
        Assert.Empty((await client.GetJsonAsync("/summits/sydney-2017/sessions/19465")).GetProperty("members").EnumerateArray());
        Assert.DoesNotContain(members.EnumerateArray(), m => m.GetProperty("id").GetString() == "orange");
        await client.GetProblemAsync("/members/orange", HttpStatusCode.NotFound);
    }

    private static string Encoding(string page) => System.Text.Encoding.UTF8.GetString(Fixtures.Read($"event-pages/{page}"));

    private static StringContent Html(string html) => new(html, System.Text.Encoding.UTF8, "text/html");

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}

[Trait("Feature", "Sessions")]
public sealed class SqliteQueryTests : QueryContract
{
    protected override ApiFactory NewService() =>
        Own(ApiFactory.OnSqlite(NewFolder()));
}

[Trait("Feature", "Sessions")]
public sealed class MongoQueryTests(MongoEmulator emulator) : QueryContract, IClassFixture<MongoEmulator>
{
    protected override ApiFactory NewService() =>
        Own(ApiFactory.OnMongo(emulator.ConnectionString, ("Storage:MongoDatabase", MongoEmulator.UniqueName("query"))));
}
