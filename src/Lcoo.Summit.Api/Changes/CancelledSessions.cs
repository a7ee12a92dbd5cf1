using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Changes;

/// <summary>The sessions a summit's changelog says were cancelled and are still gone, for the calendars that had them.</summary>
public sealed class CancelledSessions(ISummitStore store)
{
    public async Task<IReadOnlyList<CancelledSession>> OfAsync(SummitSnapshot snapshot, Func<CancelledSession, bool> wasIn, CancellationToken ct) =>
        [.. Cancellations.From(await store.ListChangesAsync(snapshot.Summit.Slug, 0, ChangesApi.MostVersions, ct), snapshot).Where(wasIn)];
}
