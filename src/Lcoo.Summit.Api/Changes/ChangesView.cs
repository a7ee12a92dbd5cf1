using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Changes;

/// <summary>A summit's changelog: its current version, and the versions that changed what is published, newest first.</summary>
public sealed record ChangesView(string Summit, long Version, IReadOnlyList<VersionView> Changes);

/// <param name="Version">The summit's version this change made; pass it as <c>since</c> to hear only what comes after.</param>
public sealed record VersionView(long Version, DateTimeOffset At, IReadOnlyList<SessionChangeView> Sessions);

/// <summary>One session's change. <c>was</c> is null when it was added, <c>now</c> when it was cancelled.</summary>
/// <param name="Sentence">The change in words, at the venue's clock: "Murano - Project Update moved to Tue 14:00 · C3.2".</param>
public sealed record SessionChangeView(
    string Id, string Title, IReadOnlyList<ChangeKind> Kinds, SessionStateView? Was, SessionStateView? Now, IReadOnlyList<string> Members, string Sentence)
{
    public static SessionChangeView From(PublishedChange c, TimeZoneInfo zone, Words words) =>
        new(c.SessionId, c.Title, c.Kinds, SessionStateView.From(c.Was, zone), SessionStateView.From(c.Now, zone), c.Members, ChangeSentences.Of(c, zone, words));
}

public sealed record SessionStateView(TimeView Start, TimeView End, string? Room, string Title, IReadOnlyList<string> Speakers)
{
    public static SessionStateView? From(SessionState? s, TimeZoneInfo zone) =>
        s is null ? null : new(TimeView.From(s.Start, zone), TimeView.From(s.End, zone), s.Room, s.Title, s.Speakers);
}
