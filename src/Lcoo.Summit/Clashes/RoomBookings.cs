using Lcoo.Summit.Sessions;

namespace Lcoo.Summit.Clashes;

/// <summary>
/// A room booked twice at once: every group of sessions in one room (names compared ignoring case) that overlap each
/// other, found by the clash sweep. Both the clash report and an import's check of its source read it here.
/// </summary>
public static class RoomBookings
{
    /// <returns>Per double-booked room (as its first session names it), each group of its sessions that overlap.</returns>
    public static IEnumerable<(string Room, OverlapGroup<Session> Group)> DoubleBooked(IEnumerable<Session> sessions) =>
        sessions.Where(s => s.Room is not null).GroupBy(s => s.Room!, StringComparer.OrdinalIgnoreCase)
            .SelectMany(room => ClashSweep.Groups(room, s => s.Start, s => s.End).Select(g => (room.Key, g)));
}
