using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Summits;

public class PeopleDecisionTests
{
    private static readonly DateTimeOffset Then = DateTimeOffset.Parse("2017-11-06T00:00:00Z");

    [Fact]
    public void A_second_answer_about_a_pair_replaces_the_first_whichever_way_round_it_names_them()
    {
        var other = PeopleDecision.Of("7", "8", false, Then);
        var first = PeopleDecision.Of("1", "2", true, Then);

        var decisions = PeopleDecision.Of("2", "1", false, Then.AddHours(1)).Into([other, first]);

        Assert.Equal([other, new PeopleDecision("1", "2", false, Then.AddHours(1))], decisions);
    }

    [Fact]
    public void Withdrawing_removes_only_that_pair()
    {
        var kept = PeopleDecision.Of("7", "8", false, Then);

        Assert.Equal([kept], PeopleDecision.Withdrawn([PeopleDecision.Of("1", "2", true, Then), kept], "2", "1"));
        Assert.Equal([kept], PeopleDecision.Withdrawn([kept], "1", "2"));
    }

    [Fact]
    public void A_speaker_is_a_record_or_someone_a_session_names_without_one()
    {
        var start = DateTimeOffset.Parse("2017-11-06T22:00:00Z");
        var snapshot = new SummitSnapshot(
            new SummitInfo("s", "S", "Australia/Sydney", new(2017, 11, 6), new(2017, 11, 8), null, []),
            [new Session("a", "A", null, null, null, null, null, start, start.AddMinutes(40), [new SessionSpeaker("10101")], [], null)],
            [new Speaker("1", "Shintaro Mizuno", "NTT", null)], 1);

        Assert.True(snapshot.HasSpeaker("1"));
        Assert.True(snapshot.HasSpeaker("10101"));
        Assert.False(snapshot.HasSpeaker("2"));
        Assert.False(snapshot.HasSpeaker("a"));
    }
}
