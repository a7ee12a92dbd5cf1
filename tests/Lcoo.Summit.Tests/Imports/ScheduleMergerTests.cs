using Lcoo.Summit.Imports;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;

namespace Lcoo.Summit.Tests.Imports;

public class ScheduleMergerTests
{
    private static readonly DateTimeOffset Start = SydneySummit.Local(7, 11, 40);

    private static Session S(string id, string title = "T", string? room = null, int minutes = 20, params string[] speakers) =>
        new(id, title, null, null, null, null, room, Start, Start.AddMinutes(minutes), [.. speakers.Select(p => new SessionSpeaker(p))], [], null);

    /// <param name="complete">Whether the format lists a whole schedule: declared by its parser, checked here.</param>
    private static ImportedSchedule Source(string format, bool complete, params Session[] sessions)
    {
        Assert.Equal(complete, ScheduleParsers.Default.TraitsOf(format).IsWholeSchedule);
        return new(format, null, sessions, [], []);
    }

    [Fact]
    public void Importing_the_same_source_twice_changes_nothing()
    {
        var source = Source("openstack-api", true, S("1", room: "C3.2"), S("2"));
        var first = ScheduleMerger.Merge([], [], [source]);

        var second = ScheduleMerger.Merge(first.Upserts, first.Speakers, [source]);

        Assert.Equal(2, first.Added.Count);
        Assert.Equal((0, 0, 2), (second.Added.Count, second.Changed.Count, second.Unchanged));
        Assert.Empty(second.Upserts);
    }

    [Theory]
    [InlineData("Speaker 3681", "Ryan Van Wyk")]
    [InlineData("Speaker Jones", "Speaker Jones")]
    [InlineData("Speaker 3681 Jr", "Speaker 3681 Jr")]
    public void A_speaker_stays_named_unless_the_newer_source_has_only_the_placeholder(string newer, string kept)
    {
        var known = new Speaker("3681", "Ryan Van Wyk", "AT&T", null);
        var first = ScheduleMerger.Merge([], [], [new ImportedSchedule("openstack-api", null, [S("1", speakers: "3681")], [known], [])]);

        var again = ScheduleMerger.Merge(first.Upserts, first.Speakers, [new ImportedSchedule("openstack-api", null, [S("1", speakers: "3681")], [known with { Name = newer }], [])]);

        // Speakers are written when they change: one not written keeps its stored name.
        Assert.Equal(kept, again.Speakers.SingleOrDefault(p => p.Id == "3681")?.Name ?? known.Name);
        Assert.Equal(newer == Speaker.Unnamed("3681"), (known with { Name = newer }).IsUnnamed);
    }

    [Fact]
    public void A_field_only_one_source_has_is_kept_and_a_disagreement_is_reported_not_overwritten()
    {
        var api = ScheduleMerger.Merge([], [], [Source("openstack-api", true, S("19266", "Murano - Project Update", "C3.2"))]);

        var deck = ScheduleMerger.Merge(api.Upserts, [], [Source("member-table", false, S("19266", "Murano Project Update"))]);

        var murano = Assert.Single(deck.Upserts);
        Assert.Equal(("Murano - Project Update", "C3.2"), (murano.Title, murano.Room));
        var conflict = Assert.Single(deck.Conflicts);
        Assert.Equal(("title", "Murano - Project Update", "openstack-api", "Murano Project Update", "member-table"),
            (conflict.Field, conflict.Kept, conflict.KeptFrom, conflict.Other, conflict.OtherFrom));
        Assert.Equal(["openstack-api", "member-table"], murano.Sources);
        Assert.Empty(deck.Changed);
    }

    [Fact]
    public void A_better_source_corrects_a_weaker_one_and_the_change_is_listed()
    {
        var deck = ScheduleMerger.Merge([], [], [Source("member-table", false, S("1", "Old title"))]);

        var api = ScheduleMerger.Merge(deck.Upserts, [], [Source("openstack-api", true, S("1", "New title", "C3.2"))]);

        var change = Assert.Single(api.Changed);
        Assert.Contains(change.Fields, f => f is { Field: "title", Old: "Old title", New: "New title" });
        Assert.Contains(change.Fields, f => f is { Field: "room", Old: null, New: "C3.2" });
    }

    [Fact]
    public void A_complete_source_removes_only_the_sessions_it_alone_gave()
    {
        var first = ScheduleMerger.Merge([], [], [Source("openstack-api", true, S("1"), S("2"), S("3")), Source("member-table", false, S("3"), S("9"))]);

        var second = ScheduleMerger.Merge(first.Upserts, [], [Source("openstack-api", true, S("1"))]);

        Assert.Equal(["2"], second.Removed);
        Assert.Equal(3, second.Unchanged);
    }

    [Fact]
    public void A_person_named_by_a_table_and_by_id_elsewhere_is_one_speaker()
    {
        var people = new[] { new Speaker("3681", "Felipe Monteiro", "AT&T", null), new Speaker("name:felipe-monteiro", "Felipe Monteiro", "AT&T", null) };
        var withTable = ScheduleMerger.Merge([], [], [new ImportedSchedule("member-table", null, [S("1", speakers: "name:felipe-monteiro")], [people[1]], [])]);

        var withPage = ScheduleMerger.Merge(withTable.Upserts, withTable.Speakers, [new ImportedSchedule("event-page", null, [S("1", speakers: "3681")], [people[0]], [])]);

        Assert.Equal(["3681"], Assert.Single(withPage.Upserts).Speakers.Select(s => s.SpeakerId));
    }
}
