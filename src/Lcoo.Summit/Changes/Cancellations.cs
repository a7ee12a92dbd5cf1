using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Changes;

/// <summary>A published session that is gone (removed from the source, or no longer published), as it last was.</summary>
public sealed record CancelledSession(string Id, SessionState Was, IReadOnlyList<string> Members)
{
    /// <summary>The session as it was, for the filters a calendar was asked with (it has no speakers' records any more).</summary>
    public Session AsSession() => new(Id, Was.Title, null, null, null, null, Was.Room, Was.Start, Was.End, [], [], null) { Members = Members, Sequence = Was.Sequence };
}

/// <summary>
/// Which sessions a summit's changelog says were cancelled and are still gone: calendars keep them as cancelled events
/// (RFC 5545 STATUS:CANCELLED, SEQUENCE moved) instead of dropping them without a word.
/// </summary>
public static class Cancellations
{
    public static IReadOnlyList<CancelledSession> From(IEnumerable<SummitVersionChanges> versions, SummitSnapshot snapshot)
    {
        var latest = new Dictionary<string, PublishedChange>(StringComparer.Ordinal);
        foreach (var version in versions.OrderBy(v => v.Version))
        {
            foreach (var change in version.Sessions)
            {
                latest[change.SessionId] = change;
            }
        }

        return [.. latest.Values
            .Where(c => c.Now is null && c.Was is not null && snapshot.FindSession(c.SessionId) is not { Published: true })
            .OrderBy(c => c.Was!.Start)
            .Select(c => new CancelledSession(c.SessionId, c.Was!, c.Members))];
    }
}
