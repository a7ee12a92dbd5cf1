using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Summits;

public class VenueTimeTests
{
    private static readonly TimeZoneInfo Sydney = VenueTime.FindZone("Australia/Sydney");

    [Fact]
    public void Venue_wall_clock_maps_to_the_instant_with_the_offset_in_force_that_day()
    {
        Assert.Equal(DateTimeOffset.Parse("2017-11-07T00:40:00Z"), VenueTime.FromVenue(new DateTime(2017, 11, 7, 11, 40, 0), Sydney));
        Assert.Equal(DateTimeOffset.Parse("2017-07-07T01:40:00Z"), VenueTime.FromVenue(new DateTime(2017, 7, 7, 11, 40, 0), Sydney));
    }

    [Fact]
    public void The_day_daylight_saving_starts_is_23_hours_long()
    {
        var (start, end) = VenueTime.DayBounds(new DateOnly(2017, 10, 1), Sydney);

        Assert.Equal(TimeSpan.FromHours(23), end - start);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_moves_forward()
    {
        var instant = VenueTime.FromVenue(new DateTime(2017, 10, 1, 2, 30, 0), Sydney);

        Assert.Equal(new DateTime(2017, 10, 1, 3, 30, 0), VenueTime.ToVenue(instant, Sydney).DateTime);
    }

    [Fact]
    public void Unknown_zones_are_refused_by_name()
    {
        Assert.False(VenueTime.TryFindZone("Mars/Olympus_Mons", out _));
        Assert.Contains("Mars/Olympus_Mons", Assert.Throws<TimeZoneNotFoundException>(() => VenueTime.FindZone("Mars/Olympus_Mons")).Message);
    }
}
