using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Clashes;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>A personal schedule as its owner sees it: each pick with its session now, and whether an import changed it.</summary>
public sealed record ScheduleView(
    string Id, string Summit, string? Name, string? Notes, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<PickView> Sessions, int Clashes, ScheduleLinks Links)
{
    public static ScheduleView From(PersonalSchedule s, SummitSnapshot snapshot)
    {
        var states = s.Picks.Select(p => PickState.Of(p, snapshot)).ToList();
        var clashes = ClashDetector.ForPicks(snapshot, states.Select(x => x.Session).OfType<Session>(), s.Id).Count;
        return new ScheduleView(s.Id, s.Summit, s.Name, s.Notes, s.Version, s.CreatedAt, s.UpdatedAt,
            [.. states.Select(x => PickView.From(x, snapshot))], clashes,
            new ScheduleLinks($"/schedules/{s.Id}", $"/schedules/{s.Id}/clashes", $"/schedules/{s.Id}.ics"));
    }
}

/// <param name="Status">unchanged, changed (see changes) or removed (the session is gone).</param>
public sealed record PickView(string SessionId, string Status, IReadOnlyList<PickChange> Changes, DateTimeOffset AddedAt, SessionView? Session)
{
    public static PickView From(PickState state, SummitSnapshot snapshot) => new(
        state.Pick.SessionId, state.Status.ToString().ToLowerInvariant(), state.Changes, state.Pick.AddedAt,
        state.Session is null ? null : SessionView.From(state.Session, snapshot));
}

public sealed record ScheduleLinks(string Self, string Clashes, string Calendar);

/// <summary>What creating a schedule returns, once: the id and both tokens.</summary>
/// <param name="Token">The bearer credential for this schedule. It is shown only now; it is stored hashed.</param>
/// <param name="FeedUrl">A read-only calendar URL to subscribe to; its key only reads the calendar.</param>
public sealed record CreatedSchedule(string Id, string Token, string FeedUrl, ScheduleView Schedule);

/// <summary>A change to a schedule, with the clashes its picks have now.</summary>
public sealed record ScheduleUpdate(ScheduleView Schedule, IReadOnlyList<ClashView> Clashes);

/// <summary>The body of creating or changing a personal schedule.</summary>
public sealed record ScheduleRequest(
    [StringLength(200, ErrorMessage = "At most 200 characters.")] string? Name,
    [StringLength(4000, ErrorMessage = "At most 4,000 characters.")] string? Notes);

internal static class ScheduleClashes
{
    public static List<ClashView> Of(PersonalSchedule s, SummitSnapshot snapshot, string? involving = null) =>
        [.. ClashDetector.ForPicks(snapshot, s.Picks.Select(p => snapshot.FindSession(p.SessionId)).OfType<Session>().Where(x => x.Published), s.Id)
            .Where(c => involving is null || c.SessionIds.Contains(involving))
            .Select(c => ClashView.From(c, snapshot, MemberDirectory.Empty))];
}
