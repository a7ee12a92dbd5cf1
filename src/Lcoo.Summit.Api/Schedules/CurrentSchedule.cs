using System.Security.Claims;
using Lcoo.Summit.Api.Auth;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>
/// The personal schedule a request is about, resolved once per request (from the credential the schedule policy let
/// through) before any handler runs: the schedule, its summit's snapshot, and whether the caller may change it.
/// </summary>
public sealed class CurrentSchedule
{
    private PersonalSchedule? _schedule;
    private SummitSnapshot? _snapshot;

    public PersonalSchedule Schedule => _schedule ?? throw new InvalidOperationException("The schedule filter did not run for this endpoint.");

    public SummitSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("The schedule filter did not run for this endpoint.");

    public string Id => Schedule.Id;

    /// <summary>The picks that are still published sessions, in time order.</summary>
    public IReadOnlyList<Lcoo.Summit.Sessions.Session> Picked() =>
        [.. Schedule.Picks.Select(p => Snapshot.FindSession(p.SessionId)).OfType<Lcoo.Summit.Sessions.Session>().Where(s => s.Published).OrderBy(s => s, SummitSnapshot.StableOrder)];

    /// <summary>Picks that were cancelled since they were picked: the exports keep them, as cancelled.</summary>
    public Task<IReadOnlyList<Lcoo.Summit.Changes.CancelledSession>> CancelledAsync(Changes.CancelledSessions cancellations, CancellationToken ct)
    {
        var picked = Schedule.Picks.Select(p => p.SessionId).ToHashSet(StringComparer.Ordinal);
        return cancellations.OfAsync(Snapshot, c => picked.Contains(c.Id), ct);
    }

    /// <summary>What exports call the schedule.</summary>
    public string Title => Schedule.Name ?? $"{Snapshot.Summit.Name} — my schedule";

    public Lcoo.Summit.Exports.FrabExport Frab(Http.Links links) =>
        new(Snapshot, Picked(), $"{Snapshot.Version}.{Schedule.Version}", links.Base, Title);

    /// <summary>The hash of the attendee's token: what every write's owner filter holds. Empty for a read key.</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>Loads the schedule for the group's endpoints; 404 when the credential names one that is gone.</summary>
    public static async ValueTask<object?> ResolveAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var current = http.RequestServices.GetRequiredService<CurrentSchedule>();
        if (!await current.LoadAsync(http.User, http.RequestServices, http.RequestAborted))
        {
            return Problems.ScheduleNotFound();
        }

        return await next(context);
    }

    private async Task<bool> LoadAsync(ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        if (user.FindFirst(CredentialHandler.ScheduleClaim)?.Value is not { } id || user.FindFirst(CredentialHandler.CredentialClaim)?.Value is not { } hash)
        {
            return false;
        }

        var store = services.GetRequiredService<IScheduleStore>();
        var attendee = user.IsInRole(CredentialHandler.AttendeeRole);
        _schedule = attendee ? await store.GetScheduleAsync(id, hash, ct) : await store.GetScheduleByReadKeyAsync(id, hash, ct);
        TokenHash = attendee ? hash : "";
        _snapshot = _schedule is null ? null : await services.GetRequiredService<SnapshotCache>().GetAsync(_schedule.Summit, ct);
        return _snapshot is not null;
    }
}
