using Lcoo.Summit.Kiosk;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Kiosk;

/// <summary>
/// What a kiosk shows, against a brute-force oracle at every minute from the day before a summit to the day after, and at
/// every instant a session starts, ends or enters the window (and a tick either side): on now, up next (one entry per
/// room, a session without a room its own entry, in start order), the next session however far, and when the answer
/// next changes (never late, never now, and only at an instant something happens). Over Sydney, whole and filtered to
/// one room, and over a small summit built to have rooms with two starts in an hour, sessions without a room and
/// unpublished ones.
/// </summary>
public class NowAndNextOracleTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>Two starts in one room within the hour, two sessions with no room at the same time, one unpublished, back-to-back ends and starts.</summary>
    private static SummitSnapshot Small()
    {
        var day = new DateTimeOffset(2017, 11, 7, 9, 0, 0, TimeSpan.FromHours(11));
        Session At(string id, string? room, int start, int minutes, bool published = true) =>
            new(id, id, null, null, null, null, room, day.AddMinutes(start), day.AddMinutes(start + minutes), [], [], null) { Published = published };
        var summit = new SummitInfo("small", "Small", "Australia/Sydney", new DateOnly(2017, 11, 7), new DateOnly(2017, 11, 8), null, []);
        return new SummitSnapshot(summit,
        [
            At("a", "Hall A", 0, 20), At("b", "Hall A", 20, 20), At("c", "hall a", 40, 30), At("d", null, 30, 40), At("e", null, 30, 10),
            At("f", "Hall B", 30, 60), At("g", "Hall B", 45, 10, published: false), At("h", "Hall C", 60 * 24, 40),
        ], [], 1);
    }

    private static (string Name, SummitSnapshot Snapshot, string? Room)[] Cases()
    {
        var sydney = SydneySeed.Snapshot;
        var busiest = sydney.Sessions.Where(s => s.Room is not null).GroupBy(s => s.Room!).MaxBy(g => g.Count())!.Key;
        return [("Sydney", sydney, null), ($"Sydney, {busiest} only", sydney, busiest), ("small", Small(), null), ("small, Hall A only", Small(), "HALL A")];
    }

    private static IEnumerable<DateTimeOffset> Instants(SummitSnapshot snapshot, TimeSpan within)
    {
        var (first, _) = VenueTime.DayBounds(snapshot.Summit.StartDate.AddDays(-1), snapshot.Zone);
        var (_, last) = VenueTime.DayBounds(snapshot.Summit.EndDate.AddDays(1), snapshot.Zone);
        for (var at = first; at < last; at = at.AddMinutes(1))
        {
            yield return at;
        }

        foreach (var edge in snapshot.Sessions.SelectMany(s => new[] { s.Start, s.End, s.Start - within }))
        {
            yield return edge.AddTicks(-1);
            yield return edge;
            yield return edge.AddTicks(1);
        }
    }

    /// <summary>The rules as a person would state them, one session at a time, with nothing shared with the code under test.</summary>
    private static (IReadOnlyList<string> OnNow, IReadOnlyList<(string Room, string Id)> UpNext, string? Next) Oracle(
        SummitSnapshot snapshot, DateTimeOffset at, TimeSpan within, string? room)
    {
        var shown = snapshot.Sessions.Where(s => s.Published && (room is null || string.Equals(s.Room, room, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var onNow = new List<string>();
        var upNext = new List<(string, string)>();
        var rooms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? next = null;
        foreach (var s in shown)
        {
            var started = !(at < s.Start);
            var ended = !(at < s.End);
            if (started && !ended)
            {
                onNow.Add(s.Id);
            }

            if (!started)
            {
                next ??= s.Id;
                var soon = s.Start - at <= within;
                if (soon && (s.Room is null || rooms.Add(s.Room)))
                {
                    upNext.Add((s.Room ?? Phrases.NoRoom, s.Id));
                }
            }
        }

        return (onNow, upNext, next);
    }

    private static string Shown((IReadOnlyList<string> OnNow, IReadOnlyList<(string Room, string Id)> UpNext, string? Next) answer) =>
        $"now [{string.Join(",", answer.OnNow)}] next [{string.Join(",", answer.UpNext.Select(u => $"{u.Room}:{u.Id}"))}] then {answer.Next ?? "-"}";

    private static string Shown(NowAndNext answer) => Shown(([.. answer.OnNow.Select(s => s.Id)], [.. answer.UpNext.Select(u => (u.Room, u.Session.Id))], answer.NextSession?.Id));

    [Fact]
    public void At_every_minute_and_every_edge_the_kiosk_shows_what_the_oracle_says()
    {
        var wrong = new List<string>();
        foreach (var (name, snapshot, room) in Cases())
        {
            foreach (var at in Instants(snapshot, Hour))
            {
                var expected = Shown(Oracle(snapshot, at, Hour, room));
                var actual = Shown(NowAndNext.Compute(snapshot, at, Hour, room));
                if (expected != actual && wrong.Count < 20)
                {
                    wrong.Add($"{name} at {at:u}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_answer_is_said_to_change_after_now_never_later_than_it_does_and_only_when_something_happens()
    {
        var wrong = new List<string>();
        foreach (var (name, snapshot, room) in Cases())
        {
            var happenings = snapshot.Sessions.SelectMany(s => new[] { s.Start, s.End, s.Start - Hour }).Distinct().Order().ToList();
            foreach (var at in Instants(snapshot, Hour))
            {
                var changesAt = NowAndNext.Compute(snapshot, at, Hour, room).ChangesAt;
                var now = Shown(Oracle(snapshot, at, Hour, room));
                DateTimeOffset? truly = happenings.Where(h => h > at).Cast<DateTimeOffset?>().FirstOrDefault(h => Shown(Oracle(snapshot, h!.Value, Hour, room)) != now);
                var problem = changesAt switch
                {
                    null when truly is not null => $"says nothing changes, but the answer changes at {truly:u}",
                    { } c when c <= at => $"says it changes at {c:u}, not after now",
                    { } c when truly is not null && c > truly => $"says {c:u}, later than the change at {truly:u}",
                    { } c when !happenings.Contains(c) => $"says {c:u}, when nothing starts, ends or enters the window",
                    _ => null,
                };
                if (problem is not null && wrong.Count < 20)
                {
                    wrong.Add($"{name} at {at:u}: {problem}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
