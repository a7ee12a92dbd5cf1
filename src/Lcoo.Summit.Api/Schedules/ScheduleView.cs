using Lcoo.Summit.Api.Http;
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
    public static ScheduleView From(PersonalSchedule s, SummitSnapshot snapshot, Links links)
    {
        var states = s.Picks.Select(p => PickState.Of(p, snapshot)).ToList();
        var clashes = ClashDetector.ForPicks(snapshot, states.Select(x => x.Session).OfType<Session>(), s.Id).Count;
        return new ScheduleView(s.Id, s.Summit, s.Name, s.Notes, s.Version, s.CreatedAt, s.UpdatedAt,
            [.. states.Select(x => PickView.From(x, snapshot))], clashes, ScheduleLinks.Of(s.Id, links));
    }
}

/// <param name="Status">unchanged, changed (see changes) or removed (the session is gone).</param>
public sealed record PickView(string SessionId, string Status, IReadOnlyList<PickChange> Changes, DateTimeOffset AddedAt, SessionView? Session)
{
    public static PickView From(PickState state, SummitSnapshot snapshot) => new(
        state.Pick.SessionId, state.Status.ToString().ToLowerInvariant(), state.Changes, state.Pick.AddedAt,
        state.Session is null ? null : SessionView.From(state.Session, snapshot));
}

/// <summary>The schedule's resources, for its token (Authorization: Bearer); <see cref="SharedLinks"/> open them without it.</summary>
public sealed record ScheduleLinks(string Self, string Clashes, string Calendar, string Pdf, string ScheduleXml, string ScheduleJson, string Share)
{
    public static ScheduleLinks Of(string id, Links links) => new(
        links.To($"schedules/{id}"), links.To($"schedules/{id}/clashes"), links.To($"schedules/{id}.ics"), links.To($"schedules/{id}.pdf"),
        links.To($"schedules/{id}/schedule.xml"), links.To($"schedules/{id}/schedule.json"), links.To($"schedules/{id}/share"));
}

/// <summary>
/// Read-only capability links: each carries the schedule's read key, so it opens in a browser, a calendar app or a phone
/// schedule app without a header, and can be handed to a colleague. Shown when the key is made (it is stored hashed);
/// POST …/share makes a new key (the old links stop working), DELETE …/share withdraws it.
/// </summary>
/// <param name="Calendar">The iCalendar feed over https.</param>
/// <param name="Subscribe">The same feed as webcal://, which calendar apps open as a subscription.</param>
public sealed record SharedLinks(string Calendar, string Subscribe, string Pdf, string ScheduleXml, string ScheduleJson)
{
    public static SharedLinks Of(string id, string key, Links links)
    {
        var query = $"?key={Uri.EscapeDataString(key)}";
        return new SharedLinks(links.To($"schedules/{id}.ics{query}"), links.Webcal($"schedules/{id}.ics{query}"), links.To($"schedules/{id}.pdf{query}"),
            links.To($"schedules/{id}/schedule.xml{query}"), links.To($"schedules/{id}/schedule.json{query}"));
    }
}

/// <summary>What creating a schedule returns, once: the id, the token, and the read-only links.</summary>
/// <param name="Token">The bearer credential for this schedule. It is shown only now; it is stored hashed.</param>
/// <param name="FeedUrl">The read-only calendar feed (the same as <c>share.calendar</c>), to paste into a calendar app.</param>
public sealed record CreatedSchedule(string Id, string Token, string FeedUrl, SharedLinks Share, ScheduleView Schedule);

/// <summary>A change to a schedule, with the clashes its picks have now.</summary>
public sealed record ScheduleUpdate(ScheduleView Schedule, IReadOnlyList<ClashView> Clashes);

/// <summary>The body of creating or changing a personal schedule.</summary>
public sealed record ScheduleRequest(
    [StringLength(200, ErrorMessage = "At most 200 characters."), PlainText] string? Name = null,
    [StringLength(4000, ErrorMessage = "At most 4,000 characters."), PlainText(MultiLine = true)] string? Notes = null);

internal static class ScheduleClashes
{
    /// <summary>Every clash among the schedule's picks as they are now.</summary>
    public static List<ClashView> Of(PersonalSchedule s, SummitSnapshot snapshot, Lcoo.Summit.Text.Words words) =>
        [.. ClashDetector.ForPicks(snapshot, s.Picks.Select(p => snapshot.FindSession(p.SessionId)).OfType<Session>().Where(x => x.Published), s.Id, words)
            .Select(c => ClashView.From(c, snapshot, MemberDirectory.Empty))];
}
