using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Sessions;

public class SessionQueryTests
{
    private static readonly SummitSnapshot Snapshot = new(
        new SummitInfo("s", "S", "Australia/Sydney", new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 8), null, []),
        [
            Make("1", "Zürich operators' meetup", 6, 9, "C3.2", "Forum", "x") with { Members = ["att"] },
            Make("2", "Murano - Project Update", 7, 11, "C3.2", "Project Updates", "y"),
            Make("3", "Kolla on Kubernetes", 7, 12, "C2.4", "Forum", "x", "y") with { Published = false },
        ],
        [new Speaker("x", "Seungkyu Ahn", "SK Telecom", null), new Speaker("y", "Felipe Monteiro", "AT and T", null)],
        1);

    private static Session Make(string id, string title, int day, int hour, string room, string track, params string[] speakers)
    {
        var start = new DateTimeOffset(2017, 11, day, hour, 40, 0, TimeSpan.FromHours(11));
        return new Session(id, title, "An abstract", track, "Presentation", null, room, start, start.AddMinutes(20), [.. speakers.Select(s => new SessionSpeaker(s))], [], null);
    }

    private static string[] Ids(SessionQuery q) => [.. Snapshot.Sessions.Where(s => q.Matches(s, Snapshot)).Select(s => s.Id)];

    [Fact]
    public void Unpublished_sessions_are_left_out_unless_asked_for()
    {
        Assert.Equal(["1", "2"], Ids(new SessionQuery()));
        Assert.Equal(["1", "2", "3"], Ids(new SessionQuery { IncludeUnpublished = true }));
    }

    [Fact]
    public void Day_is_the_venue_local_day() =>
        Assert.Equal(["2"], Ids(new SessionQuery { Day = new DateOnly(2017, 11, 7) }));

    [Fact]
    public void From_and_to_select_sessions_overlapping_the_window_half_open()
    {
        var at = new DateTimeOffset(2017, 11, 7, 11, 45, 0, TimeSpan.FromHours(11));

        Assert.Equal(["2"], Ids(new SessionQuery { From = at, To = at.AddMinutes(1) }));
        Assert.Empty(Ids(new SessionQuery { From = at.AddMinutes(15) , To = at.AddMinutes(20) }));
    }

    [Fact]
    public void Search_needs_every_word_in_title_abstract_or_speaker_names_ignoring_case_and_accents()
    {
        Assert.Equal(["1"], Ids(new SessionQuery { Text = "zurich MEETUP" }));
        Assert.Equal(["2"], Ids(new SessionQuery { Text = "monteiro murano" }));
        Assert.Empty(Ids(new SessionQuery { Text = "monteiro zurich" }));
    }

    [Fact]
    public void Speaker_matches_id_or_name_and_company_matches_any_spelling()
    {
        Assert.Equal(["2"], Ids(new SessionQuery { Speaker = "y" }));
        Assert.Equal(["2"], Ids(new SessionQuery { Speaker = "felipe  MONTEIRO" }));
        Assert.Equal(["2"], Ids(new SessionQuery { Company = "AT&T" }));
        Assert.Equal(["1"], Ids(new SessionQuery { Company = "sk telecom" }));
    }

    [Fact]
    public void Filters_combine()
    {
        Assert.Equal(["1"], Ids(new SessionQuery { Room = "c3.2", Track = "forum", Member = "att" }));
        Assert.Empty(Ids(new SessionQuery { Room = "C3.2", Member = "ntt" }));
    }

    [Fact]
    public void Title_order_sorts_case_insensitively_then_by_id() =>
        Assert.Equal(["3", "2", "1"], Snapshot.Ordered(SessionSort.Title).Select(s => s.Id));
}
