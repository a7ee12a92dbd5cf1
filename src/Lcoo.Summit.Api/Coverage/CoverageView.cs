using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Coverage;
using Lcoo.Summit.Text;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Coverage;

/// <summary>A coverage plan as the API shows it: who goes where, what each day needs, what stays uncovered, and whether it still holds.</summary>
/// <param name="Stale">The summit changed since the plan was made in a way that breaks some of its assignments (see broken).</param>
/// <param name="PlacesFilled">Seats filled, each session counted up to its minimum: what the planner maximises.</param>
/// <param name="PlacesShort">Seats still wanted: the sum of every session's missing delegates.</param>
/// <param name="SessionsCovered">Member sessions with at least their minimum of delegates.</param>
/// <param name="SessionsShort">Member sessions with fewer.</param>
public sealed record CoveragePlanView(
    string Id, string Summit, long SummitVersion, DateTimeOffset CreatedAt, IReadOnlyList<string> Members, CoverageOptionsView Options,
    IReadOnlyList<DelegateView> Delegates, IReadOnlyList<CoverageSessionView> Sessions, IReadOnlyList<CoverageDayView> Days,
    int PlacesFilled, int PlacesShort, int SessionsCovered, int SessionsShort, bool Optimal, string OptimalBecause, bool Stale,
    IReadOnlyList<BrokenAssignment> Broken, CoverageLinks Links)
{
    /// <param name="words">The language of the plan's sentences (why it is, or may not be, the best; what broke).</param>
    public static CoveragePlanView Of(KeptCoveragePlan kept, SummitSnapshot now, Links links, Words words)
    {
        var plan = kept.Plan;
        var zone = now.Zone;
        var broken = CoverageCheck.Broken(plan, now, words);
        var schedules = kept.Schedules.ToDictionary(s => s.DelegateId, StringComparer.Ordinal);
        return new CoveragePlanView(kept.Id, kept.Summit, plan.SummitVersion, kept.CreatedAt, plan.Members,
            CoverageOptionsView.Of(plan.Options),
            [.. plan.Delegates.Select(d => DelegateView.Of(d, plan, schedules.GetValueOrDefault(d.Id), links))],
            [.. plan.Sessions.Select(s => new CoverageSessionView(s.Id, s.Title, s.Room, TimeView.From(s.Start, zone), TimeView.From(s.End, zone), s.Members,
                [.. plan.Assignments.Where(a => a.SessionId == s.Id).Select(a => a.DelegateId)],
                plan.Uncovered.FirstOrDefault(g => g.SessionId == s.Id)?.Missing ?? 0))],
            [.. plan.Days.Select(d => new CoverageDayView(d.Date, d.MemberSessions, d.Covered, d.MemberSessions - d.Covered, d.Needed,
                d.NeededAt is { } at ? TimeView.From(at, zone) : null))],
            plan.Covered, plan.Uncovered.Sum(g => g.Missing), plan.Sessions.Count - plan.Uncovered.Count, plan.Uncovered.Count,
            plan.Optimal, plan.Because(words), broken.Count > 0, broken,
            CoverageLinks.Of(kept, links));
    }
}

/// <summary>A plan in the summit's list: enough to choose one, and whether it still holds; GET its self link for the whole plan.</summary>
/// <param name="Delegates">How many people it assigns.</param>
/// <param name="PlacesFilled">Seats filled, each session counted up to its minimum.</param>
/// <param name="PlacesShort">Seats still wanted.</param>
/// <param name="SessionsShort">Member sessions with fewer delegates than the minimum.</param>
/// <param name="Broken">How many assignments a later import broke.</param>
public sealed record CoveragePlanSummary(
    string Id, DateTimeOffset CreatedAt, long SummitVersion, IReadOnlyList<string> Members, CoverageOptionsView Options,
    int Delegates, int PlacesFilled, int PlacesShort, int SessionsShort, bool Optimal, bool Stale, int Broken, CoverageLinks Links)
{
    public static CoveragePlanSummary Of(KeptCoveragePlan kept, SummitSnapshot now, Links links)
    {
        var plan = kept.Plan;
        var broken = CoverageCheck.Broken(plan, now);
        return new CoveragePlanSummary(kept.Id, kept.CreatedAt, plan.SummitVersion, plan.Members,
            CoverageOptionsView.Of(plan.Options), plan.Assignments.Select(a => a.DelegateId).Distinct().Count(), plan.Covered,
            plan.Uncovered.Sum(g => g.Missing), plan.Uncovered.Count, plan.Optimal, broken.Count > 0, broken.Count, CoverageLinks.Of(kept, links));
    }
}

public sealed record CoverageOptionsView(int TravelMinutes, bool MayCoverOwnCompany, int MinimumPerSession)
{
    public static CoverageOptionsView Of(CoverageOptions options) =>
        new((int)options.TravelBuffer.TotalMinutes, options.MayCoverOwnCompany, options.MinimumPerSession);
}

/// <param name="Calendar">Their schedule of assignments as iCalendar (read-only link: hand it to them).</param>
/// <param name="Subscribe">The same, to subscribe to from a calendar app.</param>
/// <param name="Pdf">Their assignments as a PDF.</param>
public sealed record DelegateView(string Id, string Name, string? Company, string? Member, IReadOnlyList<string> Sessions, string? Calendar, string? Subscribe, string? Pdf)
{
    public static DelegateView Of(SummitDelegate d, CoveragePlan plan, DelegateSchedule? schedule, Links links)
    {
        var query = schedule is null ? null : $"?key={Uri.EscapeDataString(schedule.ReadKey)}";
        return new DelegateView(d.Id, d.Name, d.Company, d.MemberId, [.. plan.Assignments.Where(a => a.DelegateId == d.Id).Select(a => a.SessionId)],
            schedule is null ? null : links.To($"schedules/{schedule.ScheduleId}.ics{query}"),
            schedule is null ? null : links.Webcal($"schedules/{schedule.ScheduleId}.ics{query}"),
            schedule is null ? null : links.To($"schedules/{schedule.ScheduleId}.pdf{query}"));
    }
}

/// <param name="Delegates">Who is assigned.</param>
/// <param name="Missing">Delegates short of the minimum (0 when covered).</param>
public sealed record CoverageSessionView(string Id, string Title, string? Room, TimeView Start, TimeView End, IReadOnlyList<string> Members,
    IReadOnlyList<string> Delegates, int Missing);

/// <param name="SessionsCovered">The day's member sessions with at least their minimum of delegates.</param>
/// <param name="SessionsShort">The day's member sessions with fewer.</param>
/// <param name="Needed">The fewest delegates the day can do with: the most member sessions at once (times the minimum) plus those speaking then.</param>
public sealed record CoverageDayView(DateOnly Date, int MemberSessions, int SessionsCovered, int SessionsShort, int Needed, TimeView? NeededAt);

public sealed record CoverageLinks(string Self, string Pdf)
{
    public static CoverageLinks Of(KeptCoveragePlan kept, Links links) =>
        new(links.To($"summits/{kept.Summit}/coverage/{kept.Id}"), links.To($"summits/{kept.Summit}/coverage/{kept.Id}.pdf"));
}
