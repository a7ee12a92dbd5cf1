using Lcoo.Summit.Text;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Coverage;

/// <summary>A person the working group sends: a summit speaker of a member company, or someone added by name.</summary>
/// <param name="Id">The speaker's person id at the summit (<see cref="SummitSnapshot.PersonOf"/>), or a name key for someone added.</param>
/// <param name="MemberId">The member company they are from, if any.</param>
public sealed record SummitDelegate(string Id, string Name, string? Company, string? MemberId);

/// <param name="TravelBuffer">Time to get from one room to another: sessions closer than this do not share a delegate.</param>
/// <param name="MayCoverOwnCompany">Whether a delegate may sit in a session of their own company.</param>
/// <param name="MinimumPerSession">Delegates each member session should have.</param>
public sealed record CoverageOptions(TimeSpan TravelBuffer, bool MayCoverOwnCompany = true, int MinimumPerSession = 1);

/// <summary>A member session as the plan saw it: if an import moves it, the assignments made for it may no longer hold.</summary>
public sealed record CoveredSession(string Id, string Title, string? Room, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Members)
{
    public static CoveredSession Of(Session s) => new(s.Id, s.Title, s.Room, s.Start, s.End, s.Members);
}

public sealed record CoverageAssignment(string SessionId, string DelegateId);

/// <param name="Missing">Delegates short of the minimum.</param>
public sealed record CoverageGap(string SessionId, int Missing);

/// <param name="Needed">The fewest delegates the day can do with: the most member sessions running at once (times the
/// minimum), plus the delegates giving talks at that moment.</param>
/// <param name="NeededAt">When that peak is.</param>
public sealed record CoverageDay(DateOnly Date, int MemberSessions, int Covered, int Needed, DateTimeOffset? NeededAt);

/// <summary>
/// Who from the working group goes where. Every assignment keeps the delegate in one place at a time (their own talks
/// are fixed commitments, with the travel buffer around them); sessions short of their minimum are listed with what
/// is missing.
/// </summary>
/// <param name="Optimal">Whether no plan with these people covers more: true when every session has its minimum, or when
/// every overlap group was searched exhaustively.</param>
public sealed record CoveragePlan(
    string Summit,
    long SummitVersion,
    IReadOnlyList<string> Members,
    CoverageOptions Options,
    IReadOnlyList<SummitDelegate> Delegates,
    IReadOnlyList<CoveredSession> Sessions,
    IReadOnlyList<CoverageAssignment> Assignments,
    IReadOnlyList<CoverageGap> Uncovered,
    IReadOnlyList<CoverageDay> Days,
    bool Optimal)
{
    /// <summary>Why the plan is, or may not be, the best there is: every session has its minimum, the search was exhaustive, or it ran out of budget.</summary>
    public string Because(Words words) =>
        words[Uncovered.Count == 0 ? "Coverage.Because.Complete" : Optimal ? "Coverage.Because.Proven" : "Coverage.Because.Budget"];

    /// <summary>SummitDelegate-places filled, counting each session up to its minimum: what the planner maximises.</summary>
    public int Covered => Sessions.Sum(s => Math.Min(Options.MinimumPerSession, Assignments.Count(a => a.SessionId == s.Id)));
}

/// <summary>The personal schedule a delegate was given with their assignments, and its read key for their links.</summary>
public sealed record DelegateSchedule(string DelegateId, string ScheduleId, string ReadKey);

/// <summary>A plan as kept: the summit version it was made against, and each delegate's schedule.</summary>
public sealed record KeptCoveragePlan(string Id, string Summit, DateTimeOffset CreatedAt, CoveragePlan Plan, IReadOnlyList<DelegateSchedule> Schedules);
