using Lcoo.Summit.Sessions;

namespace Lcoo.Summit.Tests.Sessions;

/// <summary>What moved, as picks, coverage checks and the changelog all read it.</summary>
public class PlacementTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2017-11-07T11:40:00+11:00");

    private static Placement At(DateTimeOffset start, int minutes = 20, string? room = "C3.2") => new(start, start.AddMinutes(minutes), room);

    [Fact]
    public void The_same_instant_in_another_offset_or_a_few_seconds_later_has_not_moved()
    {
        Assert.Empty(At(Start.ToUniversalTime()).ChangedFrom(At(Start)));
        Assert.Empty(At(Start.AddSeconds(30), 20).ChangedFrom(At(Start)));
    }

    [Fact]
    public void A_minute_either_way_at_either_end_and_a_room_in_another_spelling_are_changes_named_in_order()
    {
        Assert.Equal(["start", "end"], At(Start.AddMinutes(1)).ChangedFrom(At(Start)));
        Assert.Equal(["end"], At(Start, 21).ChangedFrom(At(Start)));
        Assert.Equal(["start"], At(Start.AddMinutes(-1), 21).ChangedFrom(At(Start)));
        Assert.Equal(["room"], At(Start, room: "c3.2").ChangedFrom(At(Start)));
        Assert.Equal(["start", "end", "room"], At(Start.AddMinutes(5), room: null).ChangedFrom(At(Start)));
    }
}
