using System.Globalization;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Coverage;

/// <summary>What a kept plan says of the summit as it is now: the assignments a move or a removal broke, in English sentences.</summary>
public class CoverageCheckTests
{
    private static readonly HashSet<string> WorkingGroup = ["att", "ntt", "skt", "orange"];

    private static (CoveragePlan Plan, SummitSnapshot Snapshot) Planned()
    {
        var snapshot = SydneySeed.Snapshot;
        return (CoveragePlanner.Plan(snapshot, WorkingGroup, CoveragePlanner.SpeakersOf(snapshot, SydneySeed.Members, WorkingGroup), new CoverageOptions(TimeSpan.Zero)), snapshot);
    }

    [Fact]
    public void A_moved_session_is_said_in_english_days_whatever_the_hosts_culture_and_a_removed_one_is_named()
    {
        var (plan, snapshot) = Planned();
        var moved = snapshot.FindSession("19266")!;
        var removed = snapshot.FindSession("19424")!;
        var now = new SummitSnapshot(snapshot.Summit,
            [.. snapshot.Sessions.Where(s => s.Id != removed.Id).Select(s => s.Id == moved.Id ? s with { Start = s.Start.AddHours(1), End = s.End.AddHours(1), Room = null } : s)],
            snapshot.Speakers.Values, snapshot.Version + 1);
        var before = CultureInfo.CurrentCulture;
        IReadOnlyList<BrokenAssignment> broken;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            broken = CoverageCheck.Broken(plan, now);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        var reason = Assert.Single(broken, b => b.SessionId == moved.Id).Reason;
        Assert.Equal($"'{moved.Title}' moved: Tue 11:40–12:00 in {moved.Room} is now Tue 12:40–13:00 in Room not announced.", reason);
        Assert.Contains(broken, b => b.SessionId == removed.Id && b.Reason == $"'{removed.Title}' is no longer in the summit's schedule.");
    }

    [Fact]
    public void A_moved_session_is_said_in_the_language_asked_with_its_days_as_the_language_writes_them()
    {
        var (plan, snapshot) = Planned();
        var moved = snapshot.FindSession("19266")!;
        var now = new SummitSnapshot(snapshot.Summit,
            [.. snapshot.Sessions.Select(s => s.Id == moved.Id ? s with { Start = s.Start.AddHours(1), End = s.End.AddHours(1), Room = null } : s)],
            snapshot.Speakers.Values, snapshot.Version + 1);

        var french = Assert.Single(CoverageCheck.Broken(plan, now, new Words(Language.French)), b => b.SessionId == moved.Id).Reason;
        var japanese = Assert.Single(CoverageCheck.Broken(plan, now, new Words(Language.Japanese)), b => b.SessionId == moved.Id).Reason;

        Assert.Equal($"« {moved.Title} » a changé : mar. 11:40–12:00 en {moved.Room} devient mar. 12:40–13:00 en Salle non annoncée.", french);
        Assert.StartsWith($"「{moved.Title}」が変わりました：火 11:40～12:00（{moved.Room}）", japanese);
    }

    [Fact]
    public void A_plan_of_the_summits_own_version_is_not_checked_again() =>
        Assert.Empty(CoverageCheck.Broken(Planned().Plan, Planned().Snapshot));
}
