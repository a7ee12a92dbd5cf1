using Lcoo.Summit.Clashes;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Imports;

namespace Lcoo.Summit.Tests.Clashes;

public class ClashDetectorTests
{
    private readonly ClashReport Sydney = ClashDetector.Detect(SydneySeed.Snapshot, SydneySeed.Members, ClashOptions.All);

    [Fact]
    public void The_working_groups_Tuesday_1140_slot_is_one_member_clash_of_three_sessions_and_three_members()
    {
        var clash = Assert.Single(Sydney.Clashes, c => c.Kind == ClashKind.Member && c.SessionIds.Contains("19266"));

        Assert.Equal(["19266", "19424", "20053"], clash.SessionIds.Order());
        Assert.Equal(["att", "ntt", "skt"], clash.Members);
        Assert.Equal((SydneySummit.Local(7, 11, 40), SydneySummit.Local(7, 11, 50)), (clash.WindowStart, clash.WindowEnd));
        Assert.Equal(ClashSeverity.Info, clash.Severity);
        Assert.StartsWith("The working group is in 3 places at once, Tue 7 Nov 11:40–11:50", clash.Reason);
        Assert.Contains("Decide who covers which", clash.Reason);
    }

    [Fact]
    public void Clash_sentences_name_sessions_by_title_never_by_id()
    {
        Assert.NotEmpty(Sydney.Clashes);
        Assert.All(Sydney.Clashes, c =>
        {
            Assert.All(c.SessionIds, id => Assert.DoesNotContain($"({id})", c.Reason));
            Assert.All(c.SessionIds.Select(id => SydneySeed.Snapshot.FindSession(id)!), s => Assert.Contains($"'{s.Title}'", c.Reason));
        });
    }

    [Fact]
    public void Every_clash_says_what_to_do_apart_as_the_last_sentence_of_its_reason()
    {
        var picks = ClashDetector.ForPicks(SydneySeed.Snapshot, SydneySeed.Snapshot.Sessions.Where(s => s.Start.Hour == 0), "s");
        var kinds = Sydney.Clashes.Concat(picks).ToList();

        Assert.Equal([ClashKind.Room, ClashKind.Member, ClashKind.Attendee], kinds.Select(c => c.Kind).Distinct().Order());
        Assert.All(kinds, c =>
        {
            Assert.EndsWith(". " + c.Advice, c.Reason, StringComparison.Ordinal);
            Assert.Matches("^[A-Z].*\\.$", c.Advice);
        });
    }

    [Fact]
    public void AT_and_Ts_own_Wednesday_overlap_is_reported_as_AT_and_T_in_two_places()
    {
        var clash = Assert.Single(Sydney.Clashes, c => c.Kind == ClashKind.Member && c.SessionIds.Contains("20479"));

        Assert.Equal(["19570", "20479"], clash.SessionIds.Order());
        Assert.Equal(["att"], clash.Members);
        Assert.Equal((SydneySummit.Local(8, 16, 0), SydneySummit.Local(8, 16, 10)), (clash.WindowStart, clash.WindowEnd));
        Assert.StartsWith("AT&T is in 2 places at once, Wed 8 Nov 16:00–16:10", clash.Reason);
    }

    [Fact]
    public void Events_20377_and_20378_double_book_C3_2_as_an_error()
    {
        var clash = Assert.Single(Sydney.Clashes, c => c.Kind == ClashKind.Room);

        Assert.Equal(["20377", "20378"], clash.SessionIds);
        Assert.Equal(("C3.2", ClashSeverity.Error), (clash.Subject, clash.Severity));
        Assert.Contains("Move one of them", clash.Reason);
    }

    [Fact]
    public void Shintaro_Mizino_and_Mizuno_of_NTT_are_reported_as_likely_one_person()
    {
        var same = Assert.Single(Sydney.LikelySamePeople);

        Assert.Equal(["Shintaro Mizino", "Shintaro Mizuno"], new[] { same.FirstName, same.SecondName }.Order());
        Assert.Equal("NTT", same.Company);
    }

    [Fact]
    public void A_member_filter_keeps_to_that_members_sessions()
    {
        var att = ClashDetector.Detect(SydneySeed.Snapshot, SydneySeed.Members,
            new ClashOptions(new HashSet<ClashKind> { ClashKind.Member }, new HashSet<string> { "att" }));

        Assert.Equal(["19570,20479"], att.Clashes.Select(c => string.Join(",", c.SessionIds.Order())));
    }

    private static readonly DateTimeOffset Nine = SydneySummit.Local(7, 9, 0);

    private static Session S(string id, int from, int minutes, string room, params string[] speakers) =>
        new(id, $"Talk {id}", null, null, null, null, room, Nine.AddMinutes(from), Nine.AddMinutes(from + minutes), [.. speakers.Select(p => new SessionSpeaker(p))], [], null);

    private static SummitSnapshot Snapshot(params Session[] sessions) =>
        new(SydneySummit.Info, sessions, [new Speaker("p", "Jared Stein", "AT&T", null)], 1);

    [Fact]
    public void A_person_in_two_rooms_at_once_is_a_speaker_warning_that_names_them_and_the_rooms()
    {
        var report = ClashDetector.Detect(Snapshot(S("a", 0, 40, "C3.2", "p"), S("b", 30, 40, "C4.1", "p")), MemberDirectory.Empty, ClashOptions.All);

        var clash = Assert.Single(report.Clashes);
        Assert.Equal((ClashKind.Speaker, ClashSeverity.Warning, "p"), (clash.Kind, clash.Severity, clash.Subject));
        Assert.StartsWith("Jared Stein (AT&T) is due in 'Talk a' in C3.2 and 'Talk b' in C4.1 at once, Tue 7 Nov 09:30–09:40", clash.Reason);
    }

    [Fact]
    public void A_travel_buffer_makes_a_tight_room_change_a_clash_but_never_the_same_room()
    {
        var sessions = new[] { S("a", 0, 30, "C3.2", "p"), S("b", 35, 30, "C4.1", "p"), S("c", 65, 30, "C4.1", "p") };
        var buffered = new ClashOptions(new HashSet<ClashKind> { ClashKind.Speaker }, TravelBuffer: TimeSpan.FromMinutes(10));

        Assert.Empty(ClashDetector.Detect(Snapshot(sessions), MemberDirectory.Empty, ClashOptions.All).Clashes);
        var clash = Assert.Single(ClashDetector.Detect(Snapshot(sessions), MemberDirectory.Empty, buffered).Clashes);
        Assert.Equal(["a", "b"], clash.SessionIds);
        Assert.True(clash.Gap);
        Assert.Equal((SydneySummit.Local(7, 9, 30), SydneySummit.Local(7, 9, 35)), (clash.WindowStart, clash.WindowEnd));
        Assert.StartsWith("Jared Stein (AT&T) has only 5 minutes between rooms, Tue 7 Nov 09:30–09:35: 'Talk a' in C3.2 and 'Talk b' in C4.1.", clash.Reason);
        Assert.DoesNotContain("at once", clash.Reason);
    }

    [Theory]
    [InlineData("sydney")]
    [InlineData("boston")]
    [InlineData("barcelona")]
    public void Every_travel_clash_on_a_real_summit_has_the_gap_as_its_window_and_every_other_the_overlap(string summit)
    {
        var snapshot = summit switch { "boston" => Itineraries.PrintedSummits.Boston, "barcelona" => Itineraries.PrintedSummits.Barcelona, _ => SydneySeed.Snapshot };
        var options = new ClashOptions(new HashSet<ClashKind> { ClashKind.Speaker, ClashKind.Member }, TravelBuffer: TimeSpan.FromMinutes(15));

        var clashes = ClashDetector.Detect(snapshot, SydneySeed.Members, options).Clashes;

        Assert.Contains(clashes, c => c.Gap);
        Assert.All(clashes, c =>
        {
            var sessions = c.SessionIds.Select(id => snapshot.FindSession(id)!).ToList();
            var (lastStart, firstEnd) = (sessions.Max(s => s.Start), sessions.Min(s => s.End));
            Assert.Equal(c.Gap ? (firstEnd, lastStart) : (lastStart, firstEnd), (c.WindowStart, c.WindowEnd));
            Assert.True(c.WindowStart <= c.WindowEnd, $"{c.Reason}: the window runs backwards");
            Assert.Equal(c.Gap, c.Reason.Contains("between rooms", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_same_event_listed_twice_is_a_duplicate_not_a_clash()
    {
        var report = ClashDetector.Detect(Snapshot(S("a", 0, 30, "C3.2", "p"), S("a2", 0, 30, "C3.2", "p") with { Title = "talk A" }), MemberDirectory.Empty, ClashOptions.All);

        var duplicate = Assert.Single(report.Clashes);
        Assert.Equal(ClashKind.Duplicate, duplicate.Kind);
        Assert.Equal(["a", "a2"], duplicate.SessionIds);
    }

    [Fact]
    public void The_same_title_and_time_in_another_room_is_two_events_and_a_room_spelled_in_another_case_is_one()
    {
        var apart = ClashDetector.Detect(Snapshot(S("a", 0, 30, "C3.2"), S("a2", 0, 30, "C4.1") with { Title = "Talk a" }), MemberDirectory.Empty, ClashOptions.All);
        var together = ClashDetector.Detect(Snapshot(S("a", 0, 30, "Room C3"), S("a2", 0, 30, "ROOM c3") with { Title = "Talk a" }), MemberDirectory.Empty, ClashOptions.All);
        var noRoom = ClashDetector.Detect(Snapshot(S("a", 0, 30, "C3.2"), S("a2", 0, 30, null!) with { Title = "Talk a" }), MemberDirectory.Empty, ClashOptions.All);

        Assert.DoesNotContain(apart.Clashes, c => c.Kind == ClashKind.Duplicate);
        Assert.Equal(ClashKind.Duplicate, Assert.Single(together.Clashes).Kind);
        Assert.DoesNotContain(noRoom.Clashes, c => c.Kind == ClashKind.Duplicate);
    }

    /// <summary>Clashes read in time order; at one time, room errors first, then speakers, then members, each by its key.</summary>
    [Fact]
    public void Clashes_at_one_time_are_ordered_by_kind_then_key_after_earlier_ones()
    {
        var members = new MemberDirectory([new MemberCompany("att", "AT&T", ["AT&T"])]);
        var snapshot = new SummitSnapshot(SydneySummit.Info,
        [
            S("late1", 60, 30, "B2") with { Members = ["att"] }, S("late2", 60, 30, "B2"),
            S("late3", 60, 30, "A1", "p"), S("late4", 60, 30, "A1"),
            S("late5", 70, 30, "C9", "p") with { Members = ["att"] },
            S("early1", 0, 30, "Z9", "q"), S("early2", 10, 30, "Y8", "q"),
        ], [new Speaker("p", "Jared Stein", "AT&T", null), new Speaker("q", "Ada Lovelace", null, null)], 1);

        var report = ClashDetector.Detect(snapshot, members, ClashOptions.All);

        Assert.Equal(["Speaker|q|early1,early2", "Room|A1|late3,late4", "Room|B2|late1,late2", "Speaker|p|late3,late5", "Member|att|late1,late5"],
            report.Clashes.Select(c => c.Key));
    }
}
