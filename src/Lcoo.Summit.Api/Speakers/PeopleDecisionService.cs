using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Speakers;

/// <summary>Records and withdraws coordinators' decisions about two speaker records, one write per answer, under the summit's lock.</summary>
public sealed class PeopleDecisionService(ISummitStore store, SnapshotCache snapshots, SummitLocks locks, TimeProvider clock)
{
    public Task<PeopleDecisionOutcome> DecideAsync(string slug, string firstId, string secondId, bool same, CancellationToken ct) =>
        ChangeAsync(slug, stored =>
                firstId == secondId ? PeopleDecisionRefusal.SameRecord
                : !stored.HasSpeaker(firstId) ? PeopleDecisionRefusal.FirstUnknown
                : !stored.HasSpeaker(secondId) ? PeopleDecisionRefusal.SecondUnknown
                : null,
            decisions => PeopleDecision.Of(firstId, secondId, same, clock.GetUtcNow()).Into(decisions), ct);

    public Task<PeopleDecisionOutcome> ForgetAsync(string slug, string firstId, string secondId, CancellationToken ct) =>
        ChangeAsync(slug, stored => stored.Summit.PeopleDecisions.Any(d => d.Concerns(firstId, secondId)) ? null : PeopleDecisionRefusal.NoDecision,
            decisions => PeopleDecision.Withdrawn(decisions, firstId, secondId), ct);

    private async Task<PeopleDecisionOutcome> ChangeAsync(string slug, Func<SummitSnapshot, PeopleDecisionRefusal?> refusal,
        Func<IReadOnlyList<PeopleDecision>, IReadOnlyList<PeopleDecision>> change, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        if (await store.LoadSummitAsync(slug, ct) is not { } stored)
        {
            return new(null, PeopleDecisionRefusal.NoSummit);
        }

        if (refusal(stored) is { } refused)
        {
            return new(stored, refused);
        }

        var summit = stored.Summit with { PeopleDecisions = change(stored.Summit.PeopleDecisions) };
        var version = await store.SaveSummitAsync(summit, ct);
        snapshots.Invalidate(slug);
        return new(new SummitSnapshot(summit, stored.Sessions, stored.Speakers.Values, version), null);
    }
}

public enum PeopleDecisionRefusal { NoSummit, SameRecord, FirstUnknown, SecondUnknown, NoDecision }

/// <param name="Summit">The summit with the decisions as they now stand (null when there is no such summit).</param>
/// <param name="Refused">Why nothing was written, or null when the answer was kept.</param>
public sealed record PeopleDecisionOutcome(SummitSnapshot? Summit, PeopleDecisionRefusal? Refused);
