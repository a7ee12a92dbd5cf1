using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Coverage;

namespace Lcoo.Summit.Api.Coverage;

/// <summary>Kept coverage plans and the schedules they give a member's delegates.</summary>
public interface ICoveragePlanStore
{
    /// <summary>
    /// Keeps a coverage plan and creates its delegates' schedules with their picks, in one write: the plan and the
    /// schedules land together or not at all (a transaction; on a MongoDB deployment without transactions, schedules
    /// written before a failure are removed again). The store gives the plan and the schedules their ids.
    /// </summary>
    Task<KeptCoveragePlan> SaveCoveragePlanAsync(KeptCoveragePlan plan, IReadOnlyList<DelegateScheduleWrite> schedules, CancellationToken ct);

    /// <summary>Removes a coverage plan and the schedules it gave its delegates (their links stop working); false when there is no such plan.</summary>
    Task<bool> DeleteCoveragePlanAsync(string slug, string id, CancellationToken ct);

    Task<KeptCoveragePlan?> GetCoveragePlanAsync(string slug, string id, CancellationToken ct);

    /// <summary>A summit's coverage plans, newest first.</summary>
    Task<IReadOnlyList<KeptCoveragePlan>> ListCoveragePlansAsync(string slug, CancellationToken ct);
}
