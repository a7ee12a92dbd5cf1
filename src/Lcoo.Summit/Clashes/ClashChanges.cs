using Lcoo.Summit.Members;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Clashes;

/// <summary>A clash that a change to the schedule made or ended: its kind, sessions and reason.</summary>
public sealed record ClashChange(string Kind, IReadOnlyList<string> SessionIds, string Reason);

/// <summary>The clashes a change to a summit creates and resolves: every clash before and after, compared by what they are about.</summary>
public static class ClashChanges
{
    public static (IReadOnlyList<ClashChange> Created, IReadOnlyList<ClashChange> Resolved) Between(SummitSnapshot? before, SummitSnapshot after, MemberDirectory members)
    {
        var old = before is null ? [] : ClashDetector.Detect(before, members, ClashOptions.All).Clashes;
        var now = ClashDetector.Detect(after, members, ClashOptions.All).Clashes;
        var oldKeys = old.Select(c => c.Key).ToHashSet();
        var nowKeys = now.Select(c => c.Key).ToHashSet();
        return ([.. now.Where(c => !oldKeys.Contains(c.Key)).Select(Change)], [.. old.Where(c => !nowKeys.Contains(c.Key)).Select(Change)]);
    }

    private static ClashChange Change(Clash c) => new(c.Kind.ToString().ToLowerInvariant(), c.SessionIds, c.Reason);
}
