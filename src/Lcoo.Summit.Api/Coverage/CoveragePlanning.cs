using System.Globalization;
using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Schedules;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Coverage;

/// <summary>
/// Plans who from the working group goes where (off the request thread: the search is CPU work) and keeps the plan
/// with a personal schedule for each assigned delegate, in one write.
/// </summary>
public sealed class CoveragePlanning(SnapshotCache snapshots, MemberDirectoryCache members, ICoveragePlanStore plans, TimeProvider clock)
{
    public async Task<CoveragePlanned> PlanAsync(string slug, CoverageRequest body, Words words, CancellationToken ct)
    {
        var directory = await members.GetAsync(ct);
        if (body.Members is not null && MemberIds.Problem(body.Members, directory) is { } wrong)
        {
            return new(null, null, wrong);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return new(null, null, null);
        }

        var chosen = (body.Members is { Count: > 0 } ids ? ids : directory.Members.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        var delegates = CoveragePlanner.Delegates(snapshot, directory, chosen, body.SummitSpeakers ?? true, (body.Delegates ?? []).Select(d => (d.Name!, d.Company)));
        var options = new CoverageOptions(TimeSpan.FromMinutes(body.TravelMinutes ?? 0), body.MayCoverOwnCompany ?? true, body.MinimumPerSession ?? 1);
        var plan = await BackgroundCpu.RunAsync(() => CoveragePlanner.Plan(snapshot, chosen, delegates, options));
        var now = clock.GetUtcNow();
        var kept = await plans.SaveCoveragePlanAsync(new KeptCoveragePlan("", slug, now, plan, []), SchedulesOf(plan, snapshot, words, now), ct);
        return new(kept, snapshot, null);
    }

    /// <summary>
    /// Each assigned delegate's schedule of their assignments. Nobody owns it (its owner token is not kept): only the
    /// read key its calendar and PDF links carry opens it.
    /// </summary>
    private static List<DelegateScheduleWrite> SchedulesOf(CoveragePlan plan, SummitSnapshot snapshot, Words words, DateTimeOffset now) =>
        [.. plan.Delegates.Where(d => plan.Assignments.Any(a => a.DelegateId == d.Id)).Select(person =>
        {
            var key = ScheduleTokens.NewToken();
            return new DelegateScheduleWrite(person.Id,
                new NewSchedule(snapshot.Summit.Slug, words.Format("Coverage.Schedule.Name", person.Name),
                    words.Format("Coverage.Schedule.Note", now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                    ScheduleTokens.Hash(ScheduleTokens.NewToken()), ScheduleTokens.Hash(key), now),
                [.. plan.Assignments.Where(a => a.DelegateId == person.Id).Select(a => new Pick(a.SessionId, now, SeenSession.Of(snapshot.FindSession(a.SessionId)!)))],
                key);
        })];
}

/// <param name="Plan">The plan as kept, or null when nothing was planned.</param>
/// <param name="Snapshot">The summit it was planned on.</param>
/// <param name="MembersProblem">Why the members asked for are refused; null with no plan means there is no such summit.</param>
public sealed record CoveragePlanned(KeptCoveragePlan? Plan, SummitSnapshot? Snapshot, string? MembersProblem);
