using Lcoo.Summit.Changes;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Changes;

/// <summary>The changelog's facts over every session of the real summits, not one example.</summary>
public class PublishedChangesTests
{
    private static SummitSnapshot With(SummitSnapshot s, IEnumerable<Lcoo.Summit.Sessions.Session> sessions) => new(s.Summit, sessions, s.Speakers.Values, s.Version + 1);

    public static TheoryData<string> Summits => ["sydney", "boston"];

    private static SummitSnapshot Summit(string name) => name == "sydney"
        ? SydneySeed.Snapshot
        : Assert.IsType<ImportPlan>(ImportPipeline.Run(new ImportRequest("boston-2017",
            [new ImportSource("boston.json", Fixtures.Read("openstack-api/boston-2017.json"), null)], new ImportOptions()), null, SydneySeed.Members, DateTimeOffset.UnixEpoch)).After;

    [Theory]
    [MemberData(nameof(Summits))]
    public void The_same_summit_again_changes_nothing_and_a_first_import_adds_every_published_session(string name)
    {
        var summit = Summit(name);

        Assert.Empty(PublishedChanges.Between(summit, With(summit, summit.Sessions)));
        var first = PublishedChanges.Between(null, summit);
        Assert.Equal(summit.Sessions.Where(s => s.Published).Select(s => s.Id).Order(), first.Select(c => c.SessionId).Order(StringComparer.Ordinal));
        Assert.All(first, c => Assert.Equal([ChangeKind.Added], c.Kinds));
    }

    [Theory]
    [MemberData(nameof(Summits))]
    public void Every_published_session_moved_an_hour_is_one_move_from_its_time_to_the_new_one(string name)
    {
        var summit = Summit(name);
        foreach (var session in summit.Sessions.Where(s => s.Published))
        {
            var later = session with { Start = session.Start.AddHours(1), End = session.End.AddHours(1) };
            var change = Assert.Single(PublishedChanges.Between(summit, With(summit, summit.Sessions.Select(s => s.Id == session.Id ? later : s))));

            Assert.Equal((session.Id, session.Start, later.Start), (change.SessionId, change.Was!.Start, change.Now!.Start));
            Assert.Equal([ChangeKind.Moved], change.Kinds);
            Assert.Equal(session.Members, change.Members);
            Assert.StartsWith($"{session.Title} moved to {VenueTime.ToVenue(later.Start, summit.Zone):ddd HH:mm}", ChangeSentences.Of(change, summit.Zone), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_session_removed_or_no_longer_published_is_cancelled_and_one_published_is_added()
    {
        var summit = SydneySeed.Snapshot;
        var published = summit.Sessions.Where(s => s.Published).ToList();
        var (removed, hidden) = (published[0], published[1]);
        var unpublished = summit.Sessions.FirstOrDefault(s => !s.Published);

        var after = With(summit, summit.Sessions.Where(s => s.Id != removed.Id)
            .Select(s => s.Id == hidden.Id ? s with { Published = false } : s.Id == unpublished?.Id ? s with { Published = true } : s));
        var changes = PublishedChanges.Between(summit, after);

        Assert.Equal(new[] { removed.Id, hidden.Id }.Order(StringComparer.Ordinal), changes.Where(c => c.Kinds.SequenceEqual([ChangeKind.Cancelled])).Select(c => c.SessionId).Order(StringComparer.Ordinal));
        Assert.All(changes.Where(c => c.Now is null), c => Assert.Contains(" was cancelled (it was ", ChangeSentences.Of(c, summit.Zone), StringComparison.Ordinal));
        Assert.Equal(unpublished is null ? [] : [unpublished.Id], changes.Where(c => c.Was is null).Select(c => c.SessionId));
    }

    [Fact]
    public void A_new_room_title_and_speakers_are_each_said_and_a_changed_abstract_is_not_a_change()
    {
        var summit = SydneySeed.Snapshot;
        var session = summit.Sessions.First(s => s.Published && s.Speakers.Count > 1);
        var changed = session with { Room = "Room 101", Title = "Renamed", Speakers = session.Speakers.Take(1).ToList(), Abstract = "Other words" };

        var change = Assert.Single(PublishedChanges.Between(summit, With(summit, summit.Sessions.Select(s => s.Id == session.Id ? changed : s))));
        var abstractOnly = PublishedChanges.Between(summit, With(summit, summit.Sessions.Select(s => s.Id == session.Id ? s with { Abstract = "Other words" } : s)));

        Assert.Equal([ChangeKind.RoomChanged, ChangeKind.Retitled, ChangeKind.SpeakersChanged], change.Kinds);
        Assert.Equal($"{session.Title} is now called Renamed; Renamed moved to Room 101; Renamed is now given by {change.Now!.Speakers[0]}", ChangeSentences.Of(change, summit.Zone));
        Assert.Empty(abstractOnly);
    }
}
