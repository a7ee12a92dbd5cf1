namespace Lcoo.Summit.Summits;

/// <summary>
/// A coordinator's answer about two speaker records: the same person (their sessions then clash as one person's, and
/// exports give them one identity) or not (they are no longer offered as likely the same). The ids are kept in order.
/// </summary>
public sealed record PeopleDecision(string FirstId, string SecondId, bool Same, DateTimeOffset DecidedAt)
{
    public static PeopleDecision Of(string a, string b, bool same, DateTimeOffset at) =>
        string.CompareOrdinal(a, b) <= 0 ? new(a, b, same, at) : new(b, a, same, at);

    public bool Concerns(string a, string b) => (FirstId == a && SecondId == b) || (FirstId == b && SecondId == a);

    /// <summary>A summit's decisions with this one among them: a second answer about the same pair replaces the first.</summary>
    public IReadOnlyList<PeopleDecision> Into(IEnumerable<PeopleDecision> decisions) => [.. Withdrawn(decisions, FirstId, SecondId), this];

    /// <summary>A summit's decisions without the one about these two records, if there was one.</summary>
    public static IReadOnlyList<PeopleDecision> Withdrawn(IEnumerable<PeopleDecision> decisions, string a, string b) =>
        [.. decisions.Where(d => !d.Concerns(a, b))];
}
