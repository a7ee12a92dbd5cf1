using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// Runs the import pipeline against the store: one import of a summit at a time in this instance, the summit and
/// members read, the plan worked out, and plan and report written together if the summit has not moved meanwhile
/// (another instance's import); if it has, the import is worked out again against the new state.
/// </summary>
public sealed class ImportService(ISummitStore store, SnapshotCache snapshots, SummitLocks locks, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<ImportOutcome> ImportAsync(string slug, IReadOnlyList<ImportSource> sources, ImportOptions options, CancellationToken ct)
    {
        using var turn = await locks.TakeAsync(slug, ct);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadSummitAsync(slug, ct);
            var members = new MemberDirectory(await store.ListMembersAsync(ct));
            var outcome = await BackgroundCpu.RunAsync(() => ImportPipeline.Run(new ImportRequest(slug, sources, options), stored, members, clock.GetUtcNow()));
            if (outcome is not ImportPlan plan || options.DryRun)
            {
                return outcome;
            }

            try
            {
                var saved = await store.SaveImportAsync(plan, stored?.Version, ct);
                snapshots.Put(plan.After.WithVersion(saved.Version));
                return plan with { Report = saved.Report };
            }
            catch (SummitChangedException) when (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), clock, ct);
            }
            catch (SummitChangedException)
            {
                return new ImportRefused(ImportRefusal.Busy, "Summit busy",
                    $"Summit '{slug}' kept changing while this import was worked out ({Attempts} tries): other imports are running. Try again in a minute; nothing was imported.");
            }
        }
    }
}
