using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Clashes over HTTP on each store, and clashes an import creates or resolves.</summary>
public abstract class ClashContract : ServiceOwner
{
    protected abstract ApiFactory NewService();

    private async Task<HttpClient> ClientAsync() => await NewService().ReadyClientAsync();

    private static IEnumerable<JsonElement> Clashes(JsonElement view) => view.GetProperty("clashes").EnumerateArray();

    private static string[] Ids(JsonElement clash) => [.. clash.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order()];

    [Fact]
    public async Task People_declared_the_same_clash_as_one_person_are_asked_about_no_more_and_keep_across_imports()
    {
        var client = await ClientAsync();
        var before = await client.GetJsonAsync("/summits/sydney-2017/clashes?kind=speaker");
        var pair = Assert.Single(before.GetProperty("likelySamePeople").EnumerateArray(), p => p.GetProperty("firstName").GetString()!.StartsWith("Shintaro", StringComparison.Ordinal));

        // Contrived on purpose: Murano's speaker and Kubespray's, both at 11:40 on Tuesday, said to be one person.
        using var same = await client.PutAsJsonAsync("/summits/sydney-2017/people-decisions", new { firstId = "name:felipe-monteiro", secondId = "name:seungkyu-ahn", same = true });
        using var notSame = await client.PutAsJsonAsync("/summits/sydney-2017/people-decisions",
            new { firstId = pair.GetProperty("firstId").GetString(), secondId = pair.GetProperty("secondId").GetString(), same = false });
        using var unknown = await client.PutAsJsonAsync("/summits/sydney-2017/people-decisions", new { firstId = "name:nobody", secondId = "name:seungkyu-ahn", same = true });
        using (await client.PostAsync("/summits/sydney-2017/imports", new StringContent(Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")), Encoding.UTF8, "text/html")))
        {
        }

        var after = await client.GetJsonAsync("/summits/sydney-2017/clashes?kind=speaker");
        var decisions = await client.GetJsonAsync("/summits/sydney-2017/people-decisions");
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/summits/sydney-2017/schedule.xml?day=2017-11-07"));
        using var forgotten = await client.DeleteAsync("/summits/sydney-2017/people-decisions/name:seungkyu-ahn/name:felipe-monteiro");
        var afterForgetting = await client.GetJsonAsync("/summits/sydney-2017/clashes?kind=speaker");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest), (same.StatusCode, notSame.StatusCode, unknown.StatusCode));
        var merged = Assert.Single(Clashes(after), c => Ids(c).SequenceEqual(["19266", "20053"]));
        Assert.Equal("name:felipe-monteiro", merged.GetProperty("subject").GetString());
        Assert.DoesNotContain(after.GetProperty("likelySamePeople").EnumerateArray(), p => p.GetProperty("firstName").GetString()!.StartsWith("Shintaro", StringComparison.Ordinal));
        Assert.Equal(2, decisions.GetArrayLength());
        string Guid(string name) => xml.Descendants("person").First(p => p.Value == name).Attribute("guid")!.Value;
        Assert.Equal(Guid("Felipe Monteiro"), Guid("Seungkyu Ahn"));
        Assert.Equal(HttpStatusCode.OK, forgotten.StatusCode);
        Assert.DoesNotContain(Clashes(afterForgetting), c => Ids(c).SequenceEqual(["19266", "20053"]));
    }

    [Fact]
    public async Task A_speaker_a_session_names_without_a_record_can_be_decided_about()
    {
        var client = await ClientAsync();
        var speakers = await client.GetJsonAsync("/summits/sydney-2017/speakers");
        Assert.Equal("Speaker 10101", Assert.Single(speakers.EnumerateArray(), s => s.GetProperty("id").GetString() == "10101").GetProperty("name").GetString());

        using var decided = await client.PutAsJsonAsync("/summits/sydney-2017/people-decisions", new { firstId = "10101", secondId = "719", same = false });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decision = Assert.Single((await decided.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(("10101", "Speaker 10101"), (decision.GetProperty("firstId").GetString(), decision.GetProperty("firstName").GetString()));
    }

    [Fact]
    public async Task Sydney_shows_the_Tuesday_working_group_clash_AT_and_Ts_Wednesday_clash_and_the_C3_2_double_booking()
    {
        var client = await ClientAsync();

        var view = await client.GetJsonAsync("/summits/sydney-2017/clashes");

        var tuesday = Assert.Single(Clashes(view), c => Ids(c).Contains("19266") && c.GetProperty("kind").GetString() == "member");
        Assert.Equal(["19266", "19424", "20053"], Ids(tuesday));
        Assert.Equal(["att", "ntt", "skt"], tuesday.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Order());
        Assert.Equal("2017-11-07T11:40:00+11:00", tuesday.GetProperty("windowStart").GetProperty("local").GetString());
        Assert.Equal("2017-11-07T11:50:00+11:00", tuesday.GetProperty("windowEnd").GetProperty("local").GetString());
        Assert.Contains(tuesday.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("room").GetString() == "C3.2" && s.GetProperty("start").GetString() == "2017-11-07T11:40:00+11:00");

        var wednesday = Assert.Single(Clashes(view), c => Ids(c).Contains("20479"));
        Assert.Equal(["19570", "20479"], Ids(wednesday));

        var room = Assert.Single(Clashes(view), c => c.GetProperty("kind").GetString() == "room");
        Assert.Equal(("error", "C3.2"), (room.GetProperty("severity").GetString(), room.GetProperty("subject").GetString()));
        Assert.Equal(["20377", "20378"], Ids(room));

        Assert.Single(view.GetProperty("likelySamePeople").EnumerateArray());
    }

    [Theory]
    [InlineData("kind=room", 1)]
    [InlineData("severity=error", 1)]
    [InlineData("kind=member&member=att", 1)]
    [InlineData("kind=member&members=ntt,skt", 2)]
    [InlineData("kind=member&members=orange", 0)]
    [InlineData("kind=member&members=orange,ntt", 1)]
    [InlineData("kind=member&day=2017-11-08", 1)]
    [InlineData("kind=member,room&day=2017-11-07", 3)]
    public async Task Clash_filters_narrow_the_list(string query, int expected)
    {
        var client = await ClientAsync();

        Assert.Equal(expected, (await client.GetJsonAsync($"/summits/sydney-2017/clashes?{query}")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_members_clashes_are_its_own_overlaps_and_the_working_group_overlaps_it_is_part_of()
    {
        var client = await ClientAsync();

        var att = await client.GetJsonAsync("/summits/sydney-2017/members/att/clashes");
        var orange = await client.GetJsonAsync("/summits/sydney-2017/members/orange/clashes");

        // The deck's Tuesday 11:40 and 13:50 working-group overlaps, and AT&T's own Wednesday one.
        Assert.Equal([["19266", "19424", "20053"], ["19465", "20470", "20472"], ["19570", "20479"]], Clashes(att).Select(Ids));
        Assert.Equal([["19465", "20470", "20472"]], Clashes(orange).Select(Ids));
        await client.GetProblemAsync("/summits/sydney-2017/members/ibm/clashes", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("kind=timetravel", "kind")]
    [InlineData("member=ibm", "member")]
    [InlineData("members=att,ibm", "members")]
    [InlineData("member=att&members=ntt", "members")]
    [InlineData("day=tuesday", "day")]
    [InlineData("severity=fatal", "severity")]
    [InlineData("travelMinutes=600", "travelMinutes")]
    public async Task Bad_clash_filters_are_a_400_naming_the_field(string query, string field)
    {
        var client = await ClientAsync();

        var problem = await client.GetProblemAsync($"/summits/sydney-2017/clashes?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_import_that_moves_a_session_reports_the_clash_it_creates_and_a_later_one_the_clash_it_resolves()
    {
        var client = await ClientAsync();
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html"));
        var intoC32 = page.Replace("Monday, November 6, 11:35am-12:15pm", "Tuesday, November 7, 11:40am-12:00pm</div></div>" +
            "<div class=\"info_item\"><div class=\"info_item_icon\"><i class=\"fa fa-map-marker\"></i></div><div class=\"info_item_text\">SCEC - Level 3 - C3.2");
        var outOfC32 = page.Replace("Monday, November 6, 11:35am-12:15pm", "Monday, November 6, 8:00am-8:30am");

        var created = await PostAsync(client, intoC32);
        var resolved = await PostAsync(client, outOfC32);

        var room = Assert.Single(created.GetProperty("clashesCreated").EnumerateArray(), c => c.GetProperty("kind").GetString() == "room");
        Assert.Equal(["19266", "20581"], room.GetProperty("sessionIds").EnumerateArray().Select(i => i.GetString()).Order());
        Assert.Contains(resolved.GetProperty("clashesResolved").EnumerateArray(), c => c.GetProperty("kind").GetString() == "room");
        Assert.Equal(1, (await client.GetJsonAsync("/summits/sydney-2017/clashes?kind=room")).GetProperty("count").GetInt32());
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string html)
    {
        using var response = await client.PostAsync("/summits/sydney-2017/imports", new StringContent(html, Encoding.UTF8, "text/html"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

[Trait("Feature", "Clashes")]
public sealed class SqliteClashTests : ClashContract
{
    protected override ApiFactory NewService() => Own(ApiFactory.OnSqlite(NewFolder()));
}

[Trait("Feature", "Clashes")]
public sealed class MongoClashTests(MongoEmulator emulator) : ClashContract, IClassFixture<MongoEmulator>
{
    protected override ApiFactory NewService() =>
        Own(ApiFactory.OnMongo(emulator.ConnectionString, ("Storage:MongoDatabase", MongoEmulator.UniqueName("clash"))));
}
