using System.Diagnostics;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// A live summit: an import that moves a session is a version in the public changelog (JSON and Atom), and every event
/// stream hears of it, on whichever instance it is open, whichever store the instances share.
/// </summary>
[Trait("Feature", "Changes")]
public sealed class LiveChangesTests(MongoEmulator emulator) : ServiceOwner, IClassFixture<MongoEmulator>
{
    /// <summary>The LCOO Birds of a Feather session (20581), moved from Monday 11:35 to 12:35 by its event page.</summary>
    private static StringContent MovedBirdsOfAFeather() => new(
        Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm"),
        Encoding.UTF8, "text/html");

    private async Task<(HttpClient A, HttpClient B)> TwoInstancesAsync(string store)
    {
        (string, string?)[] settings = [("Changes:PollMilliseconds", "100")];
        if (store == "sqlite")
        {
            var folder = NewFolder();
            return (await Own(ApiFactory.OnSqlite(folder, settings)).ReadyClientAsync(), await Own(ApiFactory.OnSqlite(folder, settings)).ReadyClientAsync());
        }

        (string, string?)[] mongo = [.. settings, ("Storage:MongoDatabase", MongoEmulator.UniqueName("live"))];
        return (await Own(ApiFactory.OnMongo(emulator.ConnectionString, mongo)).ReadyClientAsync(), await Own(ApiFactory.OnMongo(emulator.ConnectionString, mongo)).ReadyClientAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mongo")]
    public async Task An_import_on_one_instance_reaches_an_event_stream_open_on_the_other_and_the_other_serves_it(string store)
    {
        var (a, b) = await TwoInstancesAsync(store);
        var before = (await b.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("version").GetInt64();
        await using var events = await EventStream.OpenAsync(b, "/summits/sydney-2017/events");
        Assert.Equal("text/event-stream", events.Response.Content.Headers.ContentType?.MediaType);

        using var import = await a.PostAsync("/summits/sydney-2017/imports", MovedBirdsOfAFeather());
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var answered = Stopwatch.StartNew();
        var heard = await events.NextAsync();

        Assert.Equal($"{before + 1}", heard.Id);
        var change = Assert.Single(heard.Data.GetProperty("sessions").EnumerateArray());
        Assert.Equal(("20581", "Moved"), (change.GetProperty("id").GetString(), change.GetProperty("kinds")[0].GetString()));
        Assert.Equal("2017-11-06T12:35:00+11:00", change.GetProperty("now").GetProperty("start").GetProperty("local").GetString());
        Assert.Equal("LCOO 'Birds of a Feather' moved to Mon 12:35 · Room not announced", change.GetProperty("sentence").GetString());
        // Whoever hears the event and asks instance B at once is served the new version, not B's older copy.
        var served = await b.GetJsonAsync("/summits/sydney-2017/sessions/20581");
        Assert.Equal("2017-11-06T12:35:00+11:00", served.GetProperty("start").GetProperty("local").GetString());
        Assert.True(answered.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_changelog_lists_the_move_for_its_members_says_it_in_an_atom_feed_and_refuses_what_is_not_a_filter()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();
        var first = await client.GetJsonAsync("/summits/sydney-2017/changes");
        using (var import = await client.PostAsync("/summits/sydney-2017/imports", MovedBirdsOfAFeather()))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        var all = await client.GetJsonAsync("/summits/sydney-2017/changes");
        var since = await client.GetJsonAsync($"/summits/sydney-2017/changes?since={first.GetProperty("version").GetInt64()}");
        var moved = Assert.Single(Assert.Single(since.GetProperty("changes").EnumerateArray()).GetProperty("sessions").EnumerateArray());
        var member = moved.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).First();
        var theirs = await client.GetJsonAsync($"/summits/sydney-2017/changes?since=1&member={member}");
        var otherDay = await client.GetJsonAsync("/summits/sydney-2017/changes?since=1&day=2017-11-08");

        // The seed's first import added every published session; the move is the newest version.
        Assert.Equal(65, all.GetProperty("changes").EnumerateArray().Last().GetProperty("sessions").GetArrayLength());
        Assert.Equal(2, all.GetProperty("changes").GetArrayLength());
        Assert.Equal("20581", moved.GetProperty("id").GetString());
        Assert.Equal("2017-11-06T11:35:00+11:00", moved.GetProperty("was").GetProperty("start").GetProperty("local").GetString());
        Assert.Single(theirs.GetProperty("changes").EnumerateArray());
        Assert.Empty(otherDay.GetProperty("changes").EnumerateArray());
        foreach (var (query, field) in new[] { ("since=last", "since"), ("member=no-such-member", "member"), ("day=Tuesday", "day"), ("kind=moved", "kind") })
        {
            var problem = await client.GetProblemAsync($"/summits/sydney-2017/changes?{query}", HttpStatusCode.BadRequest);
            Assert.Contains(field, problem.GetRawText(), StringComparison.Ordinal);
        }

        await client.GetProblemAsync("/summits/no-such-summit/changes", HttpStatusCode.NotFound);

        using var atom = await client.GetAsync("/summits/sydney-2017/changes.atom?since=1");
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType?.MediaType);
        var feed = SyndicationFeed.Load(XmlReader.Create(await atom.Content.ReadAsStreamAsync()));
        var entry = Assert.Single(feed.Items);
        Assert.Equal("LCOO 'Birds of a Feather' moved to Mon 12:35 · Room not announced", entry.Title.Text);
        Assert.Equal("urn:lcoo-summit:sydney-2017:changes", feed.Id);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/changes.atom?since=1") { Headers = { IfNoneMatch = { atom.Headers.ETag! } } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_session_the_source_drops_stays_in_the_calendars_that_had_it_as_cancelled_with_its_sequence_moved()
    {
        // Sahara's project update (20396) comes from the OpenStack dump alone, which lists the whole schedule: a re-import without it removes it.
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();
        using var created = await client.PostAsync("/summits/sydney-2017/schedules", new StringContent("""{"name":"mine"}""", Encoding.UTF8, "application/json"));
        var schedule = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var (id, token) = (schedule.GetProperty("id").GetString(), schedule.GetProperty("token").GetString());
        using var pick = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/20396") { Headers = { { "Authorization", $"Bearer {token}" } } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(pick)).StatusCode);
        var before = Event(await CalendarAsync(client, "/summits/sydney-2017/sessions.ics"), "20396@sydney-2017")!;

        var dump = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Fixtures.SeedData, "sydney-2017", "openstack-api.json")))!;
        var events = dump["events"]!.AsArray();
        events.Remove(events.Single(e => (long)e!["id"]! == 20396));
        using (var import = await client.PostAsync("/summits/sydney-2017/imports", new StringContent(dump.ToJsonString(), Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        await client.GetProblemAsync("/summits/sydney-2017/sessions/20396", HttpStatusCode.NotFound);
        using var mine = new HttpRequestMessage(HttpMethod.Get, $"/schedules/{id}.ics") { Headers = { { "Authorization", $"Bearer {token}" } } };
        var calendars = new[]
        {
            await CalendarAsync(client, "/summits/sydney-2017/sessions.ics"),
            await CalendarAsync(client, "/summits/sydney-2017/sessions.ics?day=2017-11-06&room=C3.2"),
            Ical.Net.Calendar.Load(await (await client.SendAsync(mine)).Content.ReadAsStringAsync())!,
        };
        foreach (var calendar in calendars)
        {
            var cancelled = Event(calendar, "20396@sydney-2017");
            Assert.NotNull(cancelled);
            Assert.Equal(("CANCELLED", before.Sequence + 1, before.Summary), (cancelled.Status, cancelled.Sequence, cancelled.Summary));
            Assert.Equal(before.DtStart!.AsUtc, cancelled.DtStart!.AsUtc);
        }

        Assert.Null(Event(await CalendarAsync(client, "/summits/sydney-2017/sessions.ics?day=2017-11-08"), "20396@sydney-2017"));

        // frab has no status: the phone apps' schedule keeps the session under its own GUID, titled as cancelled.
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/summits/sydney-2017/schedule.xml"));
        var xmlEvent = xml.Descendants("event").Single(e => (string?)e.Attribute("id") == "20396");
        Assert.Equal(("Cancelled: Sahara - Project Update", "11:35"), ((string?)xmlEvent.Element("title"), (string?)xmlEvent.Element("start")));
        var json = await client.GetJsonAsync("/summits/sydney-2017/schedule.json");
        var jsonEvent = json.GetProperty("schedule").GetProperty("conference").GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("rooms").EnumerateObject().SelectMany(r => r.Value.EnumerateArray()))
            .Single(e => e.GetProperty("id").GetInt32() == 20396);
        Assert.Equal(((string?)xmlEvent.Attribute("guid"), "Cancelled: Sahara - Project Update"), (jsonEvent.GetProperty("guid").GetString(), jsonEvent.GetProperty("title").GetString()));
        Assert.DoesNotContain("20396", (await client.GetStringAsync("/summits/sydney-2017/schedule.xml?day=2017-11-08")), StringComparison.Ordinal);
        var change = (await client.GetJsonAsync("/summits/sydney-2017/changes?since=1")).GetProperty("changes")[0].GetProperty("sessions").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "20396");
        Assert.Equal("Sahara - Project Update was cancelled (it was Mon 11:35 · C3.2)", change.GetProperty("sentence").GetString());
    }

    private static async Task<Ical.Net.Calendar> CalendarAsync(HttpClient client, string url) => Ical.Net.Calendar.Load(await client.GetStringAsync(url))!;

    private static Ical.Net.CalendarComponents.CalendarEvent? Event(Ical.Net.Calendar calendar, string uid) => calendar.Events.SingleOrDefault(e => e.Uid == uid);

    [Fact]
    public async Task A_stream_resumed_with_Last_Event_ID_first_hears_what_it_missed()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();
        var version = (await client.GetJsonAsync("/summits/sydney-2017")).GetProperty("summit").GetProperty("version").GetInt64();
        using (var import = await client.PostAsync("/summits/sydney-2017/imports", MovedBirdsOfAFeather()))
        {
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        }

        await using var resumed = await EventStream.OpenAsync(client, "/summits/sydney-2017/events", lastEventId: $"{version}");
        var missed = await resumed.NextAsync(within: TimeSpan.FromSeconds(5));

        Assert.Equal($"{version + 1}", missed.Id);
        Assert.Equal("20581", missed.Data.GetProperty("sessions")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Streams_beyond_the_cap_for_one_address_are_refused_with_a_problem_that_says_what_to_do()
    {
        // A closed stream's place is given back when the service next writes to it: a heartbeat a second here.
        var client = await Own(ApiFactory.OnSqlite(NewFolder(), ("Changes:HeartbeatSeconds", "1"))).ReadyClientAsync();
        var open = new List<EventStream>();
        try
        {
            for (var i = 0; i < Api.Changes.SummitEventStream.StreamsPerAddress; i++)
            {
                open.Add(await EventStream.OpenAsync(client, "/summits/sydney-2017/events"));
                Assert.Equal(HttpStatusCode.OK, open[^1].Response.StatusCode);
            }

            var refused = await client.GetAsync("/summits/sydney-2017/events");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains("GET /summits/sydney-2017/changes", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // Closing one gives its place back.
            await open[0].DisposeAsync();
            open.RemoveAt(0);
            var waited = Stopwatch.StartNew();
            while (true)
            {
                var again = await EventStream.OpenAsync(client, "/summits/sydney-2017/events");
                if (again.Response.StatusCode == HttpStatusCode.OK)
                {
                    open.Add(again);
                    break;
                }

                await again.DisposeAsync();
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "a stream's place was not given back when it closed");
                await Task.Delay(100);
            }
        }
        finally
        {
            foreach (var stream in open)
            {
                await stream.DisposeAsync();
            }

        }
    }
}
