using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// Runs the import pipeline against the store: one import of a summit at a time in this instance, the summit and
/// members read, the plan worked out, and plan and report written together if the summit has not moved meanwhile
/// (another instance's import); if it has, the import is worked out again against the new state.
/// </summary>
public sealed class ImportService(
    ISummitStore store, Members.IMemberStore memberStore, SnapshotCache snapshots, SummitLocks locks, Changes.SummitVersionWatch watch, Webhooks.WebhookDispatcher webhooks, TimeProvider clock)
{
    private const int Attempts = 5;

    /// <summary>What an import is worked out against: the summit's version and the member list. A dry run answers it as its ETag.</summary>
    public static string BaseOf(long? version, MemberDirectory members) => $"\"v{version ?? 0}-m{members.Fingerprint[..12]}\"";

    /// <param name="ifMatch">The bases a dry run was worked out against (or <c>*</c>: the summit exists): the import is then exactly that dry run, or refused.</param>
    public async Task<(ImportOutcome Outcome, string Base)> ImportAsync(
        string slug, IReadOnlyList<ImportSource> sources, ImportOptions options, IfMatchHeader? ifMatch, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadSummitAsync(slug, ct);
            var members = new MemberDirectory(await memberStore.ListMembersAsync(ct));
            var baseTag = BaseOf(stored?.Version, members);
            if (ifMatch is { Any: true } && stored is null)
            {
                return (new ImportRefused(ImportRefusal.BaseMoved, "No such summit",
                    $"If-Match: * asks that summit '{slug}' exist, and it does not: create it (PUT /summits/{slug}) or import without If-Match. Nothing was imported."), baseTag);
            }

            if (ifMatch is not null && !ifMatch.Matches(baseTag))
            {
                return (new ImportRefused(ImportRefusal.BaseMoved, "Changed since the dry run",
                    $"Summit '{slug}' or the member list changed since the dry run (If-Match names another state; it is now {baseTag}): " +
                    "run the dry run again and apply that. Nothing was imported."), baseTag);
            }

            var outcome = await BackgroundCpu.RunAsync(() => ImportPipeline.Run(new ImportRequest(slug, sources, options), stored, members, clock.GetUtcNow()));
            if (outcome is not ImportPlan plan || options.DryRun)
            {
                return (outcome, baseTag);
            }

            try
            {
                var saved = await store.SaveImportAsync(plan, stored?.Version, ct);
                snapshots.Put(plan.After.WithVersion(saved.Version));
                watch.Moved(plan.After.Summit.Slug, saved.Version);
                webhooks.Wake();
                return (plan with { Report = saved.Report }, baseTag);
            }
            catch (SummitChangedException) when (ifMatch is not null)
            {
                return (new ImportRefused(ImportRefusal.BaseMoved, "Changed since the dry run",
                    $"Summit '{slug}' changed while this import was being written: run the dry run again and apply that. Nothing was imported."), baseTag);
            }
            catch (SummitChangedException) when (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), clock, ct);
            }
            catch (SummitChangedException)
            {
                return (new ImportRefused(ImportRefusal.Busy, "Summit busy",
                    $"Summit '{slug}' kept changing while this import was worked out ({Attempts} tries): other imports are running. Try again in a minute; nothing was imported."), "");
            }
        }
    }
}
