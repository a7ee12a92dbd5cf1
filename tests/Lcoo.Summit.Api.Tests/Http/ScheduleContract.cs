using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>The attendee's journey over HTTP on each store: private schedules, clashes, concurrency, iCal.</summary>
public abstract class ScheduleContract : ServiceOwner
{
    protected abstract ApiFactory NewService();

    private sealed record Attendee(string Id, string Token, string FeedUrl);

    private static async Task<Attendee> CreateAsync(HttpClient client, string summit = "sydney-2017", string name = "My Sydney")
    {
        using var response = await client.PostAsJsonAsync($"/summits/{summit}/schedules", new { name });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Attendee(body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("feedUrl").GetString()!);
    }

    private static HttpRequestMessage As(Attendee who, HttpMethod method, string url, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", who.Token) } };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? ETag)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag?.ToString());
        }
    }

    [Fact]
    public async Task An_attendee_builds_a_schedule_picks_clashing_sessions_sees_why_and_deletes_it()
    {
        var client = await NewService().ReadyClientAsync();
        var me = await CreateAsync(client);

        var first = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19266"));
        var second = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19424"));
        var clashes = await SendAsync(client, As(me, HttpMethod.Get, $"/schedules/{me.Id}/clashes"));
        var read = await SendAsync(client, As(me, HttpMethod.Get, $"/schedules/{me.Id}"));
        var again = As(me, HttpMethod.Get, $"/schedules/{me.Id}");
        again.Headers.TryAddWithoutValidation("If-None-Match", read.ETag);
        var unchanged = await SendAsync(client, again);
        var stillV3 = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/20053", ifMatch: read.ETag));
        var renamed = await SendAsync(client, new HttpRequestMessage(HttpMethod.Patch, $"/schedules/{me.Id}")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", me.Token) },
            Content = JsonContent.Create(new { notes = "Tuesday is busy" }),
        });
        var deleted = await SendAsync(client, As(me, HttpMethod.Delete, $"/schedules/{me.Id}"));
        var gone = await SendAsync(client, As(me, HttpMethod.Get, $"/schedules/{me.Id}"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Empty(first.Body.GetProperty("clashes").EnumerateArray());
        var clash = Assert.Single(second.Body.GetProperty("clashes").EnumerateArray());
        Assert.Equal("attendee", clash.GetProperty("kind").GetString());
        Assert.StartsWith("You picked 'Murano - Project Update' in C3.2 and 'Guaranteed Provisioning", clash.GetProperty("reason").GetString());
        Assert.Single(clashes.Body.EnumerateArray());
        Assert.Equal(["19266", "19424"], read.Body.GetProperty("sessions").EnumerateArray().Select(p => p.GetProperty("sessionId").GetString()).Order());
        Assert.Equal(1, read.Body.GetProperty("clashes").GetInt32());
        Assert.Matches("^\"v3\\.s\\d+\"$", read.ETag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.Status);
        Assert.Equal((HttpStatusCode.OK, "\"v4\""), (stillV3.Status, stillV3.ETag));
        Assert.Equal(("My Sydney", "Tuesday is busy"), (renamed.Body.GetProperty("schedule").GetProperty("name").GetString(), renamed.Body.GetProperty("schedule").GetProperty("notes").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task Every_change_answers_with_every_clash_the_schedule_has_now_as_a_warning()
    {
        var client = await NewService().ReadyClientAsync();
        var me = await CreateAsync(client);

        await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19266"));
        await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19424"));
        var unrelated = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/20581"));
        var renamed = await SendAsync(client, new HttpRequestMessage(HttpMethod.Patch, $"/schedules/{me.Id}")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", me.Token) },
            Content = JsonContent.Create(new { name = "Tuesday" }),
        });
        var dropped = await SendAsync(client, As(me, HttpMethod.Delete, $"/schedules/{me.Id}/sessions/19424"));

        foreach (var answer in new[] { unrelated, renamed })
        {
            var clash = Assert.Single(answer.Body.GetProperty("clashes").EnumerateArray());
            Assert.Equal(("attendee", "warning"), (clash.GetProperty("kind").GetString(), clash.GetProperty("severity").GetString()));
            Assert.Equal(["19266", "19424"], clash.GetProperty("sessions").EnumerateArray().Select(x => x.GetProperty("id").GetString()).Order());
        }

        Assert.Empty(dropped.Body.GetProperty("clashes").EnumerateArray());
        Assert.Equal(0, dropped.Body.GetProperty("schedule").GetProperty("clashes").GetInt32());
    }

    [Fact]
    public async Task The_read_link_opens_without_a_header_rotates_and_is_withdrawn_while_the_schedule_stays()
    {
        var service = NewService();
        var client = await service.ReadyClientAsync();
        var anonymous = service.CreateClient();
        var me = await CreateAsync(client);
        await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19266"));
        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Another" });
        var first = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("share");

        var opened = await OpenAllAsync(anonymous, me.FeedUrl);
        var rotated = await SendAsync(client, As(me, HttpMethod.Post, $"/schedules/{me.Id}/share"));
        var newLinks = rotated.Body;
        var oldAfterRotation = await OpenAllAsync(anonymous, me.FeedUrl);
        var newAfterRotation = await OpenAllAsync(anonymous, newLinks.GetProperty("calendar").GetString()!);
        using var shareWithoutToken = await anonymous.PostAsync($"/schedules/{me.Id}/share", null);
        var withdrawn = await SendAsync(client, As(me, HttpMethod.Delete, $"/schedules/{me.Id}/share"));
        var afterWithdrawal = await OpenAllAsync(anonymous, newLinks.GetProperty("calendar").GetString()!);
        var stillMine = await SendAsync(client, As(me, HttpMethod.Get, $"/schedules/{me.Id}"));
        var otherStillOpens = await OpenAllAsync(anonymous, first.GetProperty("calendar").GetString()!);

        Assert.Equal(["application/pdf", "application/xml", "application/json", "text/calendar"], opened);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);
        Assert.StartsWith("webcal://", newLinks.GetProperty("subscribe").GetString());
        Assert.NotEqual(me.FeedUrl, newLinks.GetProperty("calendar").GetString());
        Assert.Equal(["404", "404", "404", "404"], oldAfterRotation);
        Assert.Equal(opened, newAfterRotation);
        Assert.Equal(HttpStatusCode.Unauthorized, shareWithoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.Status);
        Assert.Equal(["404", "404", "404", "404"], afterWithdrawal);
        Assert.Equal(["19266"], stillMine.Body.GetProperty("sessions").EnumerateArray().Select(p => p.GetProperty("sessionId").GetString()));
        Assert.Equal(opened, otherStillOpens);
    }

    /// <summary>Opens the PDF, frab XML, frab JSON and calendar links made from one calendar link: each answer's media type or status.</summary>
    private static async Task<List<string>> OpenAllAsync(HttpClient anonymous, string calendarUrl)
    {
        var query = calendarUrl[calendarUrl.IndexOf('?', StringComparison.Ordinal)..];
        var path = new Uri(calendarUrl).AbsolutePath[..^".ics".Length];
        var kinds = new List<string>();
        foreach (var url in new[] { $"{path}.pdf{query}", $"{path}/schedule.xml{query}", $"{path}/schedule.json{query}", $"{path}.ics{query}" })
        {
            using var response = await anonymous.GetAsync(url);
            kinds.Add(response.IsSuccessStatusCode ? response.Content.Headers.ContentType!.MediaType! : $"{(int)response.StatusCode}");
        }

        return kinds;
    }

    [Fact]
    public async Task Without_a_token_it_is_401_and_with_another_attendees_token_404()
    {
        var client = await NewService().ReadyClientAsync();
        var alice = await CreateAsync(client, name: "Alice");
        var bob = await CreateAsync(client, name: "Bob");
        await SendAsync(client, As(alice, HttpMethod.Put, $"/schedules/{alice.Id}/sessions/19266"));

        using var anonymous = await client.GetAsync($"/schedules/{alice.Id}");
        var bobReadsAlice = await SendAsync(client, As(bob, HttpMethod.Get, $"/schedules/{alice.Id}"));
        var bobWritesAlice = await SendAsync(client, As(bob, HttpMethod.Put, $"/schedules/{alice.Id}/sessions/19424"));
        var bobDeletesAlice = await SendAsync(client, As(bob, HttpMethod.Delete, $"/schedules/{alice.Id}"));
        var noSuchSchedule = await SendAsync(client, As(bob, HttpMethod.Get, "/schedules/6a0000000000000000000099"));
        var bobs = await SendAsync(client, As(bob, HttpMethod.Get, $"/schedules/{bob.Id}"));
        var alices = await SendAsync(client, As(alice, HttpMethod.Get, $"/schedules/{alice.Id}"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.NotFound, bobReadsAlice.Status);
        Assert.Equal(HttpStatusCode.NotFound, bobWritesAlice.Status);
        Assert.Equal(HttpStatusCode.NotFound, bobDeletesAlice.Status);
        Assert.Equal(bobReadsAlice.Body.GetProperty("detail").GetString(), noSuchSchedule.Body.GetProperty("detail").GetString());
        Assert.Empty(bobs.Body.GetProperty("sessions").EnumerateArray());
        Assert.Equal(["19266"], alices.Body.GetProperty("sessions").EnumerateArray().Select(p => p.GetProperty("sessionId").GetString()));
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_and_changes_nothing()
    {
        var client = await NewService().ReadyClientAsync();
        var me = await CreateAsync(client);
        var added = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19266", ifMatch: "\"v1\""));

        var stale = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19424", ifMatch: "\"v1\""));
        var weak = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/19424", ifMatch: "W/" + added.ETag));
        var current = await SendAsync(client, As(me, HttpMethod.Delete, $"/schedules/{me.Id}/sessions/19266", ifMatch: added.ETag));

        Assert.Equal(("\"v2\"", HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed), (added.ETag, stale.Status, weak.Status));
        Assert.Contains("version 2", stale.Body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, current.Status);
        Assert.Empty(current.Body.GetProperty("schedule").GetProperty("sessions").EnumerateArray());
    }

    [Fact]
    public async Task A_hundred_parallel_adds_of_different_sessions_all_land()
    {
        var client = await NewService().ReadyClientAsync();
        using (var import = new ByteArrayContent(Fixtures.Read("openstack-api/boston-2017.json")))
        {
            import.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var imported = await client.PostAsync("/summits/boston-2017/imports", import);
            Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        }

        var me = await CreateAsync(client, "boston-2017");
        var ids = (await client.GetJsonAsync("/summits/boston-2017/sessions?limit=100")).Items().Select(s => s.GetProperty("id").GetString()!).ToList();

        var results = await Task.WhenAll(ids.Select(id => SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/{id}"))));
        var schedule = await SendAsync(client, As(me, HttpMethod.Get, $"/schedules/{me.Id}"));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(ids.Order(), schedule.Body.GetProperty("sessions").EnumerateArray().Select(p => p.GetProperty("sessionId").GetString()!).Order());
        Assert.Equal(101, schedule.Body.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_session_a_later_import_moves_shows_as_changed_and_its_calendar_sequence_moves()
    {
        var client = await NewService().ReadyClientAsync();
        var me = await CreateAsync(client);
        await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/20581"));
        var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
        var before = Ical.Net.Calendar.Load(await Calendar(client, me))!.Events.Single();

        using (await client.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html")))
        {
        }

        var read = await SendAsync(client, As(me, HttpMethod.Get, $"/schedules/{me.Id}"));
        var after = Ical.Net.Calendar.Load(await Calendar(client, me))!.Events.Single();

        var pick = read.Body.GetProperty("sessions")[0];
        Assert.Equal("changed", pick.GetProperty("status").GetString());
        Assert.Contains(pick.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "start"
            && c.GetProperty("was").GetString() == "2017-11-06T11:35+11:00" && c.GetProperty("now").GetString() == "2017-11-06T12:35+11:00");
        Assert.Equal((0, 1), (before.Sequence, after.Sequence));
        Assert.Equal("20581@sydney-2017", after.Uid);
    }

    [Fact]
    public async Task The_calendar_parses_back_event_for_event_at_the_sessions_venue_local_times()
    {
        var client = await NewService().ReadyClientAsync();
        var me = await CreateAsync(client);
        foreach (var id in new[] { "19266", "20565", "19883" })
        {
            await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/{id}"));
        }

        var byToken = Ical.Net.Calendar.Load(await Calendar(client, me))!;
        using var feed = await client.GetAsync(me.FeedUrl);
        var byFeed = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        using var wrongKey = await client.GetAsync($"/schedules/{me.Id}.ics?key=not-the-key");

        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
        Assert.Equal(byToken.Events.Select(e => e.Uid), byFeed.Events.Select(e => e.Uid));
        var zone = byToken.TimeZones.Single();
        Assert.Equal("Australia/Sydney", zone.TzId);
        foreach (var e in byToken.Events)
        {
            var session = await client.GetJsonAsync($"/summits/sydney-2017/sessions/{e.Uid!.Split('@')[0]}");
            Assert.Equal(session.GetProperty("start").GetProperty("local").GetDateTimeOffset().DateTime, e.DtStart!.Value);
            Assert.Equal(session.GetProperty("start").GetProperty("utc").GetDateTimeOffset().UtcDateTime, e.DtStart.AsUtc);
            Assert.Equal(session.GetProperty("end").GetProperty("utc").GetDateTimeOffset().UtcDateTime, e.DtEnd!.AsUtc);
            Assert.Equal("Australia/Sydney", e.DtStart.TzId);
            Assert.Equal(session.GetProperty("room").GetString(), e.Location);
            Assert.Equal(session.GetProperty("title").GetString(), e.Summary);
        }

        var murano = byToken.Events.Single(e => e.Uid == "19266@sydney-2017");
        Assert.Contains("Felipe Monteiro (AT&T)", murano.Description);
        Assert.EndsWith("/events/19266/murano-project-update", murano.Url!.ToString());
    }

    [Fact]
    public async Task Calendar_times_stay_right_across_a_daylight_saving_change()
    {
        var client = await NewService().ReadyClientAsync();
        using (var import = new StringContent(DstSummit, Encoding.UTF8, "application/json"))
        using (var response = await client.PostAsync("/summits/dst-2026/imports", import))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var me = await CreateAsync(client, "dst-2026");
        foreach (var id in new[] { "before", "across", "after" })
        {
            await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/{id}"));
        }

        var events = Ical.Net.Calendar.Load(await Calendar(client, me))!.Events.ToDictionary(e => e.Uid!.Split('@')[0]);
        var berlin = VenueTime.FindZone("Europe/Berlin");

        Assert.Equal((new DateTime(2026, 10, 24, 10, 0, 0), DateTime.Parse("2026-10-24T08:00:00Z").ToUniversalTime()), (events["before"].DtStart!.Value, events["before"].DtStart!.AsUtc));
        Assert.Equal((new DateTime(2026, 10, 26, 10, 0, 0), DateTime.Parse("2026-10-26T09:00:00Z").ToUniversalTime()), (events["after"].DtStart!.Value, events["after"].DtStart!.AsUtc));
        Assert.Equal(DateTime.Parse("2026-10-24T23:30:00Z").ToUniversalTime(), events["across"].DtStart!.AsUtc);
        // Three hours from 01:30 CEST end at 03:30 CET: the clock went back an hour in between.
        Assert.Equal(DateTime.Parse("2026-10-25T02:30:00Z").ToUniversalTime(), events["across"].DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 25, 3, 30, 0), events["across"].DtEnd!.Value);
        Assert.Equal(VenueTime.ToVenue(DateTimeOffset.Parse("2026-10-25T02:30:00Z"), berlin).DateTime, events["across"].DtEnd!.Value);
    }

    private static async Task<string> Calendar(HttpClient client, Attendee who)
    {
        using var request = As(who, HttpMethod.Get, $"/schedules/{who.Id}.ics");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_members_sessions_are_a_calendar_too()
    {
        var client = await NewService().ReadyClientAsync();

        using var response = await client.GetAsync("/summits/sydney-2017/members/att/sessions.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(15, calendar.Events.Count);
        Assert.All(calendar.Events, e => Assert.Contains("att", e.Categories));
    }

    [Fact]
    public async Task Picking_a_session_the_summit_does_not_have_is_a_404()
    {
        var client = await NewService().ReadyClientAsync();
        var me = await CreateAsync(client);

        var missing = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/99999"));
        var unpublished = await SendAsync(client, As(me, HttpMethod.Put, $"/schedules/{me.Id}/sessions/20378"));
        using var noSummit = await client.PostAsJsonAsync("/summits/nowhere-1999/schedules", new { name = "x" });

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.Status);
        Assert.Equal(HttpStatusCode.NotFound, noSummit.StatusCode);
    }

    // A summit across the end of summer time in Berlin (25 Oct 2026, 03:00 CEST -> 02:00 CET).
    private const string DstSummit = """
        {"schedule": {"version": "1", "conference": {"acronym": "dst-2026", "title": "DST Summit", "start": "2026-10-24", "end": "2026-10-26",
          "daysCount": 3, "timeslot_duration": "00:10", "time_zone_name": "Europe/Berlin",
          "days": [{"index": 1, "date": "2026-10-24", "rooms": {"Hall": [
            {"guid": "before", "id": 1, "date": "2026-10-24T10:00:00+02:00", "duration": "01:00", "room": "Hall", "title": "Before", "persons": []},
            {"guid": "across", "id": 2, "date": "2026-10-25T01:30:00+02:00", "duration": "03:00", "room": "Hall", "title": "Across the change", "persons": []}]}},
            {"index": 3, "date": "2026-10-26", "rooms": {"Hall": [
            {"guid": "after", "id": 3, "date": "2026-10-26T10:00:00+01:00", "duration": "01:00", "room": "Hall", "title": "After", "persons": []}]}}]}}}
        """;
}

[Trait("Feature", "Schedules")]
public sealed class SqliteScheduleTests : ScheduleContract
{
    protected override ApiFactory NewService() => Own(ApiFactory.OnSqlite(NewFolder()));
}

[Trait("Feature", "Schedules")]
public sealed class MongoScheduleTests(MongoEmulator emulator) : ScheduleContract, IClassFixture<MongoEmulator>
{
    protected override ApiFactory NewService() =>
        Own(ApiFactory.OnMongo(emulator.ConnectionString, ("Storage:MongoDatabase", MongoEmulator.UniqueName("schedule"))));
}
