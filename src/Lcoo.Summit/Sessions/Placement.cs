namespace Lcoo.Summit.Sessions;

/// <summary>
/// When and where a session is: what an attendee's pick, a coverage plan's assignment and the public changelog watch.
/// Times are instants read to the minute, as every surface shows them (the same instant written with another offset, or
/// a source's seconds moving, has not moved it for anyone); rooms are compared exactly, since a room spelled otherwise
/// on the door is a change people see.
/// </summary>
public readonly record struct Placement(DateTimeOffset Start, DateTimeOffset End, string? Room)
{
    public static Placement Of(Session s) => new(s.Start, s.End, s.Room);

    /// <summary>What differs from <paramref name="was"/>: <c>start</c>, <c>end</c> and <c>room</c>, in that order.</summary>
    public IReadOnlyList<string> ChangedFrom(Placement was)
    {
        var changed = new List<string>(3);
        if (Minute(Start) != Minute(was.Start))
        {
            changed.Add("start");
        }

        if (Minute(End) != Minute(was.End))
        {
            changed.Add("end");
        }

        if (!string.Equals(Room, was.Room, StringComparison.Ordinal))
        {
            changed.Add("room");
        }

        return changed;
    }

    private static long Minute(DateTimeOffset t) => t.UtcTicks / TimeSpan.TicksPerMinute;
}
