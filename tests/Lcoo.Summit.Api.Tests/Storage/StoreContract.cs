using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Sources;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Api.Tests.Storage;

/// <summary>
/// What every store must do. One subclass per store runs the same facts: SQLite, MongoDB through the
/// driver against the emulator, and MongoDB against a real server when MONGODB_URI is set.
/// </summary>
public abstract class StoreContract
{
    protected static readonly DateTimeOffset Monday = DateTimeOffset.Parse("2017-11-06T00:00:00Z");

    /// <summary>A fresh, initialised, empty database and its two stores.</summary>
    protected abstract Task<Stores> NewStoresAsync();

    protected sealed record Stores(
        IStorage Storage, ISummitStore Summits, IScheduleStore Schedules, IPublicationStore Publications, ICoveragePlanStore CoveragePlans, IMemberStore Members,
        ILeaseStore Leases, ISourceStore Sources);

    protected async Task<ISummitStore> NewStoreAsync() => (await NewStoresAsync()).Summits;

    /// <summary>An import of exactly these sessions and speakers, at the summit's current version.</summary>
    protected static async Task<long> SaveAsync(ISummitStore store, SummitInfo summit, IEnumerable<Session> sessions, IEnumerable<Speaker> speakers, params string[] removed)
    {
        var saved = await store.SaveImportAsync(Plan(summit, [.. sessions], [.. speakers], removed), await store.GetVersionAsync(summit.Slug, TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);
        return saved.Version;
    }

    protected static ImportPlan Plan(SummitInfo summit, IReadOnlyList<Session> sessions, IReadOnlyList<Speaker> speakers, IReadOnlyList<string>? removed = null, bool summitChanged = true) => new(
        new ImportReport(null, summit.Slug, Monday, false, [new ImportedSource("test", "openstack-api", sessions.Count, speakers.Count)],
            [.. sessions.Select(s => new SessionRef(s.Id, s.Title))], [], 0, [], [], []),
        new SummitWrite(summit, sessions, speakers, removed ?? [], summitChanged), new SummitSnapshot(summit, sessions, speakers, 0));

    protected static SummitInfo Summit(string slug = "sydney-2017") => new(
        slug, "Sydney", "Australia/Sydney", new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 8),
        "Sydney Convention and Exhibition Centre", [new Room("311", "C3.2", "Level 3"), new Room("330", "C2.4")],
        "https://www.openstack.org/summit/sydney-2017");

    protected static Session Session(string id, int startMinutes = 0, int minutes = 20, string? room = "C3.2") => new(
        id, $"Session {id}", "Abstract with 中国移动 and Orange™", "Project Updates", "Presentation", "Beginner", room,
        Monday.AddMinutes(startMinutes), Monday.AddMinutes(startMinutes + minutes),
        [new SessionSpeaker("3681"), new SessionSpeaker("9722", SpeakerRole.Moderator)], ["murano", "app-catalog"],
        $"https://www.openstack.org/summit/sydney-2017/summit-schedule/events/{id}")
    {
        Members = ["att"],
        Sources = ["openstack-api", "member-table"],
    };

    protected static Speaker Speaker(string id) => new(id, $"Ryan Van Wyk {id}", "AT&T", "Executive Director");

    [Fact]
    public async Task Initialize_is_idempotent()
    {
        var stores = await NewStoresAsync();

        await stores.Storage.InitializeAsync(TestContext.Current.CancellationToken);
        await stores.Storage.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await stores.Summits.ListSummitSlugsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_saved_schedule_loads_back_field_for_field()
    {
        var store = await NewStoreAsync();
        var sessions = new[] { Session("19266", 0), Session("20377", 30) with { Published = false, Room = null } };

        await SaveAsync(store, Summit(), sessions, [Speaker("3681")]);
        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);

        Assert.NotNull(data);
        Assert.True(Summit().SameAs(data.Summit), $"{data.Summit} differs from what was saved");
        Assert.Equal(2, data.Sessions.Count);
        AssertSameSession(sessions[0], data.Sessions[0]);
        AssertSameSession(sessions[1], data.Sessions[1]);
        Assert.Equal(Speaker("3681"), Assert.Single(data.Speakers.Values));
    }

    [Fact]
    public async Task Saving_the_same_sessions_again_replaces_them_by_key_and_moves_the_version()
    {
        var store = await NewStoreAsync();
        var v1 = await SaveAsync(store, Summit(), [Session("1"), Session("2")], [Speaker("a")]);
        var v2 = await SaveAsync(store, Summit(), [Session("1") with { Title = "Renamed" }, Session("2")], [Speaker("a")]);

        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);

        Assert.Equal(1, v1);
        Assert.Equal(2, v2);
        Assert.Equal(2, data!.Version);
        Assert.Equal(["Renamed", "Session 2"], data.Sessions.Select(s => s.Title));
        Assert.Single(data.Speakers);
        Assert.Equal(2, await store.GetVersionAsync("sydney-2017", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Removed_sessions_are_gone_and_the_rest_stay()
    {
        var store = await NewStoreAsync();
        await SaveAsync(store, Summit(), [Session("1"), Session("2"), Session("3")], []);

        await SaveAsync(store, Summit(), [], [], "2");

        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);
        Assert.Equal(["1", "3"], data!.Sessions.Select(s => s.Id));
    }

    [Fact]
    public async Task Sessions_load_in_the_stable_order_start_then_id()
    {
        var store = await NewStoreAsync();
        await SaveAsync(store, Summit(), [Session("b", 10), Session("c", 0), Session("a", 10)], []);

        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);

        Assert.Equal(["c", "a", "b"], data!.Sessions.Select(s => s.Id));
    }

    [Fact]
    public async Task Two_summits_with_the_same_session_ids_stay_apart()
    {
        var store = await NewStoreAsync();
        await SaveAsync(store, Summit("sydney-2017"), [Session("1")], [Speaker("a")]);
        await SaveAsync(store, Summit("boston-2017"), [Session("1") with { Title = "Boston" }, Session("2")], []);

        var sydney = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);
        var boston = await store.LoadSummitAsync("boston-2017", TestContext.Current.CancellationToken);
        var listed = await store.ListSummitSlugsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Session 1"], sydney!.Sessions.Select(s => s.Title));
        Assert.Equal(["Boston", "Session 2"], boston!.Sessions.Select(s => s.Title));
        Assert.Empty(boston.Speakers);
        Assert.Equal(["boston-2017", "sydney-2017"], listed);
    }

    [Fact]
    public async Task An_unknown_summit_is_null_not_an_error()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetVersionAsync("nowhere-1999", TestContext.Current.CancellationToken));
        Assert.Null(await store.LoadSummitAsync("nowhere-1999", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_lease_is_held_by_one_holder_until_it_runs_out_or_is_given_back()
    {
        var leases = (await NewStoresAsync()).Leases;
        var ct = TestContext.Current.CancellationToken;
        var ttl = TimeSpan.FromSeconds(30);

        Assert.True(await leases.TryHoldAsync("source-sync", "a", Monday, ttl, ct));
        Assert.False(await leases.TryHoldAsync("source-sync", "b", Monday.AddSeconds(29), ttl, ct));
        Assert.True(await leases.TryHoldAsync("other-work", "b", Monday, ttl, ct));
        Assert.True(await leases.TryHoldAsync("source-sync", "a", Monday.AddSeconds(20), ttl, ct));
        // Renewed at 20 s, so still a's at 31 s; a holder that died stops renewing, and its lease runs out.
        Assert.False(await leases.TryHoldAsync("source-sync", "b", Monday.AddSeconds(31), ttl, ct));
        Assert.True(await leases.TryHoldAsync("source-sync", "b", Monday.AddSeconds(51), ttl, ct));
        Assert.False(await leases.TryHoldAsync("source-sync", "a", Monday.AddSeconds(52), ttl, ct));

        await leases.ReleaseAsync("source-sync", "a", ct);
        Assert.False(await leases.TryHoldAsync("source-sync", "a", Monday.AddSeconds(53), ttl, ct));
        await leases.ReleaseAsync("source-sync", "b", ct);
        Assert.True(await leases.TryHoldAsync("source-sync", "a", Monday.AddSeconds(53), ttl, ct));
    }

    [Fact]
    public async Task A_source_is_due_when_set_its_polls_are_logged_newest_first_and_a_poll_of_a_replaced_setting_is_not_kept()
    {
        var sources = (await NewStoresAsync()).Sources;
        var ct = TestContext.Current.CancellationToken;
        var source = new SummitSource("sydney-2017", "https://example.org/schedule.xml", "frab-xml", "Australia/Sydney", 300);

        var kept = await sources.PutSourceAsync(source, Monday, ct);
        await sources.PutSourceAsync(source with { Summit = "boston-2017" }, Monday.AddHours(1), ct);
        Assert.Equal(["sydney-2017"], (await sources.ListDueSourcesAsync(Monday.AddMinutes(1), 10, ct)).Select(s => s.Source.Summit));
        Assert.Equal(["sydney-2017", "boston-2017"], (await sources.ListDueSourcesAsync(Monday.AddHours(2), 10, ct)).Select(s => s.Source.Summit));

        var validators = new Lcoo.Summit.Api.Imports.FetchValidators("\"v1\"", "Mon, 06 Nov 2017 00:00:00 GMT");
        var first = new SourcePoll(Monday, PollOutcome.Imported, 200, 1234, 12.5, "report-1", 2, 3, "Imported; 3 published change(s).");
        var second = new SourcePoll(Monday.AddMinutes(5), PollOutcome.Unchanged, 304, 0, 2, null, null, 0, "Not modified since the last poll.");
        Assert.True(await sources.RecordPollAsync("sydney-2017", kept.Revision, first, new SourceState(Monday.AddMinutes(5), 0, validators, "abc", first), ct));
        Assert.True(await sources.RecordPollAsync("sydney-2017", kept.Revision, second, new SourceState(Monday.AddMinutes(10), 0, validators, "abc", second), ct));

        var loaded = (await sources.GetSourceAsync("sydney-2017", ct))!;
        Assert.Equal((source, Monday.AddMinutes(10), validators, "abc", second), (loaded.Source, loaded.State.NextPollAt, loaded.State.Validators, loaded.State.BodyHash, loaded.State.LastPoll));
        Assert.Equal([second, first], await sources.ListPollsAsync("sydney-2017", 10, ct));
        Assert.Empty(await sources.ListDueSourcesAsync(Monday.AddMinutes(9), 10, ct).ContinueWith(t => t.Result.Where(s => s.Source.Summit == "sydney-2017"), ct));

        Assert.True(await sources.MakeDueAsync("sydney-2017", Monday.AddMinutes(6), ct));
        Assert.Equal(Monday.AddMinutes(6), (await sources.GetSourceAsync("sydney-2017", ct))!.State.NextPollAt);
        Assert.False(await sources.MakeDueAsync("barcelona-2016", Monday, ct));

        // A coordinator sets the source again while a poll of the old setting runs: that poll writes nothing.
        var replaced = await sources.PutSourceAsync(source with { Url = "https://example.org/v2/schedule.xml" }, Monday.AddMinutes(7), ct);
        Assert.NotEqual(kept.Revision, replaced.Revision);
        Assert.False(await sources.RecordPollAsync("sydney-2017", kept.Revision, first, new SourceState(Monday.AddDays(1), 0, validators, "old", first), ct));
        Assert.Equal((Monday.AddMinutes(7), 0, (SourcePoll?)null), ((await sources.GetSourceAsync("sydney-2017", ct))!.State.NextPollAt, replaced.State.Failures, replaced.State.LastPoll));

        Assert.True(await sources.DeleteSourceAsync("sydney-2017", ct));
        Assert.False(await sources.DeleteSourceAsync("sydney-2017", ct));
        Assert.Null(await sources.GetSourceAsync("sydney-2017", ct));
        Assert.Empty(await sources.ListPollsAsync("sydney-2017", 10, ct));
    }

    [Fact]
    public async Task Members_are_upserted_listed_by_id_and_deleted()
    {
        var store = (await NewStoresAsync()).Members;
        await store.UpsertMembersAsync([new MemberCompany("ntt", "NTT", ["NTT"]), new MemberCompany("att", "AT&T", ["AT&T", "ATT"])], TestContext.Current.CancellationToken);
        await store.UpsertMembersAsync([new MemberCompany("att", "AT&T", ["AT&T", "ATT", "AT and T"])], TestContext.Current.CancellationToken);

        var members = await store.ListMembersAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["att", "ntt"], members.Select(m => m.Id));
        Assert.Equal(["AT&T", "ATT", "AT and T"], members[0].Aliases);

        Assert.True(await store.DeleteMemberAsync("ntt", TestContext.Current.CancellationToken));
        Assert.False(await store.DeleteMemberAsync("ntt", TestContext.Current.CancellationToken));
        Assert.Equal(["att"], (await store.ListMembersAsync(TestContext.Current.CancellationToken)).Select(m => m.Id));
    }

    [Fact]
    public async Task A_real_summit_of_904_sessions_round_trips()
    {
        var store = await NewStoreAsync();
        var schedule = new Lcoo.Summit.Imports.OpenStackApi.OpenStackApiParser()
            .Parse(Testing.Fixtures.Read("openstack-api/barcelona-2016.json"), new Lcoo.Summit.Imports.ImportContext());

        await SaveAsync(store, schedule.Summit!, schedule.Sessions, schedule.Speakers);
        var data = await store.LoadSummitAsync("barcelona-2016", TestContext.Current.CancellationToken);

        Assert.Equal(904, data!.Sessions.Count);
        Assert.Equal(809, data.Speakers.Count);
        Assert.Equal(schedule.Sessions.OrderBy(s => s, SummitSnapshot.StableOrder).Select(s => (s.Id, s.Start, s.Room, s.Title)),
            data.Sessions.Select(s => (s.Id, s.Start, s.Room, s.Title)));
    }

    [Fact]
    public async Task An_import_at_a_stale_version_is_refused_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        var v1 = await SaveAsync(store, Summit(), [Session("1")], []);

        await Assert.ThrowsAsync<SummitChangedException>(() =>
            store.SaveImportAsync(Plan(Summit(), [Session("2")], []), v1 - 1, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<SummitChangedException>(() =>
            store.SaveImportAsync(Plan(Summit("boston-2017"), [Session("3")], []), expectedVersion: 1, TestContext.Current.CancellationToken));

        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);
        Assert.Equal(v1, data!.Version);
        Assert.Equal(["1"], data.Sessions.Select(s => s.Id));
        Assert.Null(await store.LoadSummitAsync("boston-2017", TestContext.Current.CancellationToken));
        Assert.Single(await store.ListImportsAsync("sydney-2017", 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_import_that_changes_nothing_keeps_its_report_and_leaves_the_version()
    {
        var store = await NewStoreAsync();
        var v1 = await SaveAsync(store, Summit(), [Session("1")], []);

        var saved = await store.SaveImportAsync(Plan(Summit(), [], [], summitChanged: false), v1, TestContext.Current.CancellationToken);

        Assert.Equal(v1, saved.Version);
        Assert.Equal(v1, await store.GetVersionAsync("sydney-2017", TestContext.Current.CancellationToken));
        Assert.Equal(2, (await store.ListImportsAsync("sydney-2017", 10, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Reports_get_ids_from_the_store_are_listed_newest_first_and_read_back_whole()
    {
        var store = await NewStoreAsync();
        var first = await store.SaveImportAsync(Plan(Summit(), [Session("1")], []), null, TestContext.Current.CancellationToken);
        var second = await store.SaveImportAsync(Plan(Summit(), [Session("2"), Session("3")], []) is var p ? p with { Report = p.Report with { At = Monday.AddHours(1) } } : null!,
            first.Version, TestContext.Current.CancellationToken);

        var listed = await store.ListImportsAsync("sydney-2017", 10, TestContext.Current.CancellationToken);
        var read = await store.GetImportReportAsync("sydney-2017", second.Report.Id!, TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(first.Report.Id));
        Assert.NotEqual(first.Report.Id, second.Report.Id);
        Assert.Equal([second.Report.Id, first.Report.Id], listed.Select(r => r.Id));
        Assert.Equal(2, listed[0].Added);
        Assert.Equal(["test (openstack-api)"], listed[0].Sources);
        Assert.Equal(["2", "3"], read!.Added.Select(a => a.Id));
        Assert.Null(await store.GetImportReportAsync("boston-2017", second.Report.Id!, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_changelog_lists_the_versions_that_changed_what_is_published_newest_first_with_their_changes()
    {
        var store = await NewStoreAsync();
        var ct = TestContext.Current.CancellationToken;
        var before = new SummitSnapshot(Summit(), [Session("1"), Session("2")], [Speaker("3681")], 1);
        var first = await store.SaveImportAsync(Planned(null, before), null, ct);
        var moved = new SummitSnapshot(Summit(), [Session("1", startMinutes: 60, room: "C2.4"), Session("2")], [Speaker("3681")], 2);
        var second = await store.SaveImportAsync(Planned(before, moved), first.Version, ct);
        var unchanged = await store.SaveImportAsync(Plan(Summit(), [], [], summitChanged: false), second.Version, ct);

        var all = await store.ListChangesAsync("sydney-2017", 0, 10, ct);
        var since = await store.ListChangesAsync("sydney-2017", first.Version, 10, ct);

        Assert.Equal(second.Version, unchanged.Version);
        Assert.Equal([second.Version, first.Version], all.Select(v => v.Version));
        Assert.Equal([second.Version], since.Select(v => v.Version));
        var change = Assert.Single(since[0].Sessions);
        Assert.Equal("1", change.SessionId);
        Assert.Equal([Lcoo.Summit.Changes.ChangeKind.Moved, Lcoo.Summit.Changes.ChangeKind.RoomChanged], change.Kinds);
        Assert.Equal((Monday, Monday.AddMinutes(60), "C3.2", "C2.4"), (change.Was!.Start, change.Now!.Start, change.Was.Room, change.Now.Room));
        Assert.Equal(["Ryan Van Wyk 3681", "9722"], change.Now.Speakers);
        Assert.Equal(["att"], change.Members);
        Assert.Equal(2, all[1].Sessions.Count(c => c.Was is null));
        Assert.Empty(await store.ListChangesAsync("sydney-2017", second.Version, 10, ct));
        Assert.Single(await store.ListChangesAsync("sydney-2017", 0, 1, ct));
        Assert.Empty(await store.ListChangesAsync("boston-2017", 0, 10, ct));
    }

    /// <summary>An import from one snapshot to the next, its report saying what changed for the public, as the pipeline's does.</summary>
    private static ImportPlan Planned(SummitSnapshot? before, SummitSnapshot after)
    {
        var plan = Plan(after.Summit, after.Sessions, [.. after.Speakers.Values]);
        return plan with { Report = plan.Report with { PublishedChanges = Lcoo.Summit.Changes.PublishedChanges.Between(before, after) } };
    }

    [Fact]
    public async Task Retagging_writes_the_sessions_and_moves_the_version_only_from_the_version_read()
    {
        var store = await NewStoreAsync();
        var v1 = await SaveAsync(store, Summit(), [Session("1"), Session("2")], []);

        var v2 = await store.SaveTagsAsync("sydney-2017", [Session("1") with { Members = ["ntt"] }], v1, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<SummitChangedException>(() =>
            store.SaveTagsAsync("sydney-2017", [Session("2") with { Members = ["skt"] }], v1, TestContext.Current.CancellationToken));

        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);
        Assert.Equal(v1 + 1, v2);
        Assert.Equal([["ntt"], ["att"]], data!.Sessions.Select(s => s.Members.ToList()));
    }

    [Fact]
    public async Task A_summit_is_created_and_renamed_by_its_metadata_alone()
    {
        var store = await NewStoreAsync();
        var v1 = await store.SaveSummitAsync(Summit(), TestContext.Current.CancellationToken);
        await SaveAsync(store, Summit(), [Session("1")], []);

        var v3 = await store.SaveSummitAsync(Summit() with { Name = "Sydney 2017" }, TestContext.Current.CancellationToken);

        var data = await store.LoadSummitAsync("sydney-2017", TestContext.Current.CancellationToken);
        Assert.Equal((1, 3), (v1, v3));
        Assert.Equal(("Sydney 2017", 1), (data!.Summit.Name, data.Sessions.Count));
    }

    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2017-11-01T00:00:00Z");

    private static async Task<(IScheduleStore Store, string Id)> SchedulesAsync(StoreContract contract)
    {
        var store = (await contract.NewStoresAsync()).Schedules;
        var id = await store.CreateScheduleAsync(new NewSchedule("sydney-2017", "Mine", null, "hash-a", "feed-a", Now), TestContext.Current.CancellationToken);
        return (store, id);
    }

    private static Pick PickOf(string id, int minutes = 0) => new(id, Now.AddMinutes(minutes), SeenSession.Of(Session(id)));

    [Fact]
    public async Task A_schedule_is_read_only_with_its_own_token_or_feed_key()
    {
        var (store, id) = await SchedulesAsync(this);

        var mine = await store.GetScheduleAsync(id, "hash-a", TestContext.Current.CancellationToken);

        Assert.Equal(("sydney-2017", "Mine", 1L), (mine!.Summit, mine.Name, mine.Version));
        Assert.Null(await store.GetScheduleAsync(id, "hash-b", TestContext.Current.CancellationToken));
        Assert.Null(await store.GetScheduleAsync(id, "feed-a", TestContext.Current.CancellationToken));
        Assert.NotNull(await store.GetScheduleByReadKeyAsync(id, "feed-a", TestContext.Current.CancellationToken));
        Assert.Null(await store.GetScheduleAsync("not-an-id", "hash-a", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Schedules_get_their_ids_from_the_store_and_are_found_by_token_or_read_key()
    {
        var store = (await NewStoresAsync()).Schedules;
        var a = await store.CreateScheduleAsync(new NewSchedule("sydney-2017", null, null, "token-a", "key-a", Now), TestContext.Current.CancellationToken);
        var b = await store.CreateScheduleAsync(new NewSchedule("sydney-2017", null, null, "token-b", "key-b", Now), TestContext.Current.CancellationToken);

        Assert.NotEqual(a, b);
        Assert.Equal((a, b), (await store.FindByTokenAsync("token-a", TestContext.Current.CancellationToken), await store.FindByReadKeyAsync("key-b", TestContext.Current.CancellationToken)));
        Assert.Null(await store.FindByTokenAsync("key-a", TestContext.Current.CancellationToken));
        Assert.Null(await store.FindByReadKeyAsync("token-b", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_new_read_key_replaces_the_old_one_and_none_withdraws_it_while_the_picks_stay()
    {
        var (store, id) = await SchedulesAsync(this);
        var ct = TestContext.Current.CancellationToken;
        await store.AddPickAsync(id, "hash-a", PickOf("19266"), null, Now, ct);

        Assert.True(await store.SetReadKeyAsync(id, "hash-a", "feed-b", ct));
        var (old, rotated) = (await store.GetScheduleByReadKeyAsync(id, "feed-a", ct), await store.GetScheduleByReadKeyAsync(id, "feed-b", ct));
        Assert.False(await store.SetReadKeyAsync(id, "hash-b", "feed-c", ct));
        Assert.True(await store.SetReadKeyAsync(id, "hash-a", null, ct));

        Assert.Null(old);
        Assert.Equal(["19266"], rotated!.Picks.Select(p => p.SessionId));
        Assert.Null(await store.GetScheduleByReadKeyAsync(id, "feed-b", ct));
        Assert.Null(await store.FindByReadKeyAsync("feed-b", ct));
        Assert.Null(await store.GetScheduleByReadKeyAsync(id, "feed-c", ct));
        Assert.Equal(["19266"], (await store.GetScheduleAsync(id, "hash-a", ct))!.Picks.Select(p => p.SessionId));
    }

    [Fact]
    public async Task A_summits_people_decisions_are_kept_with_it_and_move_its_version()
    {
        var store = await NewStoreAsync();
        var ct = TestContext.Current.CancellationToken;
        var first = await SaveAsync(store, Summit(), [Session("19266")], [Speaker("3681"), Speaker("9722")]);
        var decided = Summit() with { PeopleDecisions = [PeopleDecision.Of("9722", "3681", true, Monday), PeopleDecision.Of("3681", "11332", false, Monday)] };

        var second = await store.SaveSummitAsync(decided, ct);
        var loaded = await store.LoadSummitAsync("sydney-2017", ct);

        Assert.True(second > first);
        Assert.Equal(decided.PeopleDecisions, loaded!.Summit.PeopleDecisions);
        Assert.Equal(("3681", "9722"), (loaded.Summit.PeopleDecisions[0].FirstId, loaded.Summit.PeopleDecisions[0].SecondId));
        Assert.Equal("3681", loaded.PersonOf("9722"));
        Assert.Equal("11332", loaded.PersonOf("11332"));
    }

    [Fact]
    public async Task Coverage_plans_load_back_whole_newest_first_and_only_under_their_summit()
    {
        var stores = await NewStoresAsync();
        var store = stores.CoveragePlans;
        var ct = TestContext.Current.CancellationToken;
        var session = Session("19266");
        var plan = new Lcoo.Summit.Coverage.CoveragePlan("sydney-2017", 4, ["att"], new Lcoo.Summit.Coverage.CoverageOptions(TimeSpan.FromMinutes(10), false, 2),
            [new Lcoo.Summit.Coverage.SummitDelegate("3681", "Ryan", "AT&T", "att")], [Lcoo.Summit.Coverage.CoveredSession.Of(session)],
            [new Lcoo.Summit.Coverage.CoverageAssignment("19266", "3681")], [new Lcoo.Summit.Coverage.CoverageGap("19266", 1)],
            [new Lcoo.Summit.Coverage.CoverageDay(new DateOnly(2017, 11, 6), 1, 0, 2, Monday)], false);

        var first = await store.SaveCoveragePlanAsync(new Lcoo.Summit.Coverage.KeptCoveragePlan("", "sydney-2017", Now, plan, [new("3681", "s1", "key")]), [], ct);
        var second = await store.SaveCoveragePlanAsync(new Lcoo.Summit.Coverage.KeptCoveragePlan("", "sydney-2017", Now.AddMinutes(1), plan, []), [], ct);
        var loaded = await store.GetCoveragePlanAsync("sydney-2017", first.Id, ct);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal([second.Id, first.Id], (await store.ListCoveragePlansAsync("sydney-2017", ct)).Select(p => p.Id));
        Assert.Null(await store.GetCoveragePlanAsync("boston-2017", first.Id, ct));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(loaded));
    }

    [Fact]
    public async Task A_coverage_plan_lands_with_its_delegates_schedules_and_picks_and_goes_with_them()
    {
        var stores = await NewStoresAsync();
        var ct = TestContext.Current.CancellationToken;
        var session = Session("19266");
        var plan = new Lcoo.Summit.Coverage.CoveragePlan("sydney-2017", 4, ["att"], new Lcoo.Summit.Coverage.CoverageOptions(TimeSpan.Zero),
            [new Lcoo.Summit.Coverage.SummitDelegate("3681", "Ryan", "AT&T", "att")], [Lcoo.Summit.Coverage.CoveredSession.Of(session)],
            [new Lcoo.Summit.Coverage.CoverageAssignment("19266", "3681")], [], [], true);
        var write = new DelegateScheduleWrite("3681", new NewSchedule("sydney-2017", "Ryan: to attend", "notes", "owner-hash", "read-hash", Now),
            [new Pick("19266", Now, SeenSession.Of(session))], "read-key");

        var kept = await stores.CoveragePlans.SaveCoveragePlanAsync(new Lcoo.Summit.Coverage.KeptCoveragePlan("", "sydney-2017", Now, plan, []), [write], ct);
        var given = Assert.Single(kept.Schedules);
        var schedule = await stores.Schedules.GetScheduleByReadKeyAsync(given.ScheduleId, "read-hash", ct);

        Assert.Equal(("3681", "read-key"), (given.DelegateId, given.ReadKey));
        Assert.Equal(["19266"], schedule!.Picks.Select(p => p.SessionId));
        Assert.Equal("Ryan: to attend", schedule.Name);
        Assert.Equal(given.ScheduleId, (await stores.CoveragePlans.GetCoveragePlanAsync("sydney-2017", kept.Id, ct))!.Schedules.Single().ScheduleId);

        Assert.False(await stores.CoveragePlans.DeleteCoveragePlanAsync("boston-2017", kept.Id, ct));
        Assert.True(await stores.CoveragePlans.DeleteCoveragePlanAsync("sydney-2017", kept.Id, ct));
        Assert.False(await stores.CoveragePlans.DeleteCoveragePlanAsync("sydney-2017", kept.Id, ct));
        Assert.Null(await stores.CoveragePlans.GetCoveragePlanAsync("sydney-2017", kept.Id, ct));
        Assert.Null(await stores.Schedules.GetScheduleByReadKeyAsync(given.ScheduleId, "read-hash", ct));
    }

    [Fact]
    public async Task Publications_are_listed_per_summit_found_by_token_and_withdrawn_once()
    {
        var store = (await NewStoresAsync()).Publications;
        var ct = TestContext.Current.CancellationToken;

        var att = await store.PublishAsync(new Lcoo.Summit.Itineraries.Publication("", "sydney-2017", ["att"], Paper.Letter, "tok-att", Now), ct);
        var group = await store.PublishAsync(new Lcoo.Summit.Itineraries.Publication("", "sydney-2017", ["att", "orange"], Paper.A4, "tok-group", Now.AddMinutes(1)), ct);
        await store.PublishAsync(new Lcoo.Summit.Itineraries.Publication("", "boston-2017", ["ntt"], Paper.A4, "tok-boston", Now), ct);

        Assert.NotEqual(att.Id, group.Id);
        Assert.False(string.IsNullOrEmpty(att.Id));
        Assert.Equal([Shown(att), Shown(group)], (await store.ListPublicationsAsync("sydney-2017", ct)).OrderBy(p => p.CreatedAt).Select(Shown));
        Assert.Equal(Shown(group), Shown((await store.FindPublicationAsync("tok-group", ct))!));
        Assert.False(await store.WithdrawPublicationAsync("boston-2017", att.Id, ct));
        Assert.True(await store.WithdrawPublicationAsync("sydney-2017", att.Id, ct));
        Assert.False(await store.WithdrawPublicationAsync("sydney-2017", att.Id, ct));
        Assert.Null(await store.FindPublicationAsync("tok-att", ct));
        Assert.Equal([Shown(group)], (await store.ListPublicationsAsync("sydney-2017", ct)).Select(Shown));
    }

    private static string Shown(Lcoo.Summit.Itineraries.Publication p) => $"{p with { Members = [] }}|{string.Join(",", p.Members)}";

    [Fact]
    public async Task The_sweep_removes_empty_schedules_past_their_time_and_a_summits_untouched_ones_and_keeps_the_rest()
    {
        var store = (await NewStoresAsync()).Schedules;
        var ct = TestContext.Current.CancellationToken;
        async Task<string> New(string summit, string token, DateTimeOffset at) =>
            await store.CreateScheduleAsync(new NewSchedule(summit, null, null, token, token + "-feed", at), ct);
        var emptyOld = await New("sydney-2017", "t1", Now.AddDays(-3));
        var emptyNew = await New("sydney-2017", "t2", Now.AddHours(-1));
        var pickedOld = await New("sydney-2017", "t3", Now.AddDays(-3));
        await store.AddPickAsync(pickedOld, "t3", PickOf("19266"), null, Now.AddDays(-3), ct);
        var pickedLate = await New("sydney-2017", "t4", Now.AddDays(-3));
        await store.AddPickAsync(pickedLate, "t4", PickOf("19266"), null, Now.AddHours(-2), ct);
        var otherSummit = await New("boston-2017", "t5", Now.AddDays(-3));
        await store.AddPickAsync(otherSummit, "t5", PickOf("19266"), null, Now.AddDays(-3), ct);

        Assert.Equal(1, await store.DeleteEmptySchedulesAsync(Now.AddDays(-1), ct));
        Assert.Equal(1, await store.DeleteUntouchedSchedulesAsync("sydney-2017", Now.AddDays(-1), ct));

        Assert.Null(await store.GetScheduleAsync(emptyOld, "t1", ct));
        Assert.NotNull(await store.GetScheduleAsync(emptyNew, "t2", ct));
        Assert.Null(await store.GetScheduleAsync(pickedOld, "t3", ct));
        Assert.NotNull(await store.GetScheduleAsync(pickedLate, "t4", ct));
        Assert.NotNull(await store.GetScheduleAsync(otherSummit, "t5", ct));
        Assert.Equal((2L, 1L), (await store.CountSchedulesAsync("sydney-2017", ct), await store.CountSchedulesAsync("boston-2017", ct)));
    }

    [Fact]
    public async Task Picks_are_a_set_and_every_change_moves_the_version()
    {
        var (store, id) = await SchedulesAsync(this);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(new ScheduleChange(ScheduleOutcome.Done, 2), await store.AddPickAsync(id, "hash-a", PickOf("19266"), null, Now, ct));
        Assert.Equal(new ScheduleChange(ScheduleOutcome.Done, 3), await store.AddPickAsync(id, "hash-a", PickOf("19424", 1), null, Now, ct));
        await store.AddPickAsync(id, "hash-a", PickOf("19266"), null, Now, ct);
        await store.RemovePickAsync(id, "hash-a", "19424", null, Now, ct);
        await store.UpdateScheduleAsync(id, "hash-a", null, "bring a charger", null, Now, ct);

        var schedule = await store.GetScheduleAsync(id, "hash-a", ct);
        Assert.Equal(["19266"], schedule!.Picks.Select(p => p.SessionId));
        Assert.Equal(SeenSession.Of(Session("19266")), schedule.Picks[0].Seen);
        Assert.Equal(("Mine", "bring a charger", 6L), (schedule.Name, schedule.Notes, schedule.Version));
    }

    [Fact]
    public async Task A_write_at_a_stale_version_or_with_the_wrong_token_changes_nothing()
    {
        var (store, id) = await SchedulesAsync(this);
        var ct = TestContext.Current.CancellationToken;
        await store.AddPickAsync(id, "hash-a", PickOf("1"), 1, Now, ct);

        Assert.Equal(new ScheduleChange(ScheduleOutcome.Stale, 2), await store.AddPickAsync(id, "hash-a", PickOf("2"), 1, Now, ct));
        Assert.Equal(ScheduleOutcome.NotFound, (await store.AddPickAsync(id, "hash-b", PickOf("3"), null, Now, ct)).Outcome);
        Assert.Equal(ScheduleOutcome.Stale, (await store.DeleteScheduleAsync(id, "hash-a", 1, ct)).Outcome);
        Assert.Equal(ScheduleOutcome.NotFound, (await store.DeleteScheduleAsync(id, "hash-b", null, ct)).Outcome);
        Assert.Equal(["1"], (await store.GetScheduleAsync(id, "hash-a", ct))!.Picks.Select(p => p.SessionId));

        Assert.Equal(ScheduleOutcome.Done, (await store.DeleteScheduleAsync(id, "hash-a", 2, ct)).Outcome);
        Assert.Null(await store.GetScheduleAsync(id, "hash-a", ct));
    }

    [Fact]
    public async Task A_hundred_concurrent_picks_all_land()
    {
        var (store, id) = await SchedulesAsync(this);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => store.AddPickAsync(id, "hash-a", PickOf($"s{i}", i), null, Now, TestContext.Current.CancellationToken))));

        var schedule = await store.GetScheduleAsync(id, "hash-a", TestContext.Current.CancellationToken);
        Assert.Equal(100, schedule!.Picks.Count);
        Assert.Equal(101, schedule.Version);
    }

    private static void AssertSameSession(Session expected, Session actual)
    {
        Assert.Equal(expected with { Speakers = [], Tags = [], Members = [], Sources = [] }, actual with { Speakers = [], Tags = [], Members = [], Sources = [] });
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.Speakers, actual.Speakers);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(TimeSpan.Zero, actual.Start.Offset);
    }
}
