using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Summits;

/// <summary>What a coordinator's PUT of a summit changes, and what its imports gave it that stays.</summary>
public class SummitDescribedTests
{
    private static readonly DateOnly May21 = new(2018, 5, 21), May24 = new(2018, 5, 24);

    private static SummitInfo Imported() => new("bcn", "Barcelona", "Europe/Madrid", new(2016, 10, 25), new(2016, 10, 28), "CCIB",
        [new Room("r1", "AC Hall 1", "P1")], "https://www.openstack.org/summit/barcelona-2016/")
    {
        SourceSlug = "barcelona-2016",
        City = "Barcelona",
        PeopleDecisions = [PeopleDecision.Of("1", "2", true, DateTimeOffset.UnixEpoch)],
    };

    [Fact]
    public void A_new_summit_is_what_the_coordinator_says_trimmed()
    {
        var summit = SummitInfo.Described("vancouver-2018", null, "  Vancouver 2018 ", "America/Vancouver", May21, May24, " Convention Centre ");

        Assert.Equal(new SummitInfo("vancouver-2018", "Vancouver 2018", "America/Vancouver", May21, May24, "Convention Centre", []), summit with { Rooms = [] });
        Assert.Empty(summit.Rooms);
        Assert.Null(summit.SourceSlug);
        Assert.Empty(summit.PeopleDecisions);
    }

    [Fact]
    public void Describing_a_summit_keeps_what_its_imports_gave_it()
    {
        var stored = Imported();

        var summit = SummitInfo.Described("bcn", stored, "OpenStack Barcelona", "Europe/Madrid", new(2016, 10, 24), new(2016, 10, 28), null);

        Assert.Equal("OpenStack Barcelona", summit.Name);
        Assert.Equal(new DateOnly(2016, 10, 24), summit.StartDate);
        Assert.Equal("CCIB", summit.Venue);
        Assert.Equal(stored.Rooms, summit.Rooms);
        Assert.Equal(stored.SourceUrl, summit.SourceUrl);
        // The source's own id is what a later import's source must match: losing it would refuse the next import.
        Assert.Equal("barcelona-2016", summit.SourceSlug);
        Assert.Equal("Barcelona", summit.City);
        Assert.Equal(stored.PeopleDecisions, summit.PeopleDecisions);
    }

    [Fact]
    public void A_venue_given_replaces_the_stored_one()
    {
        Assert.Equal("Fira Gran Via", SummitInfo.Described("bcn", Imported(), "B", "Europe/Madrid", May21, May24, "Fira Gran Via ").Venue);
    }
}
