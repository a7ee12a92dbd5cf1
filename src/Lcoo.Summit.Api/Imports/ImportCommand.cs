using Lcoo.Summit.Api.Seed;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// <c>dotnet run --project src/Lcoo.Summit.Api -- import &lt;file|url&gt;… --summit &lt;slug&gt; [--dry-run] [--time-zone Z] [--format F]</c>:
/// the same import as the API, on the same store, for coordinators who script it.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: import <file|url>... --summit <slug> [--dry-run] [--time-zone <IANA zone>] [--format <format>]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        var inputs = new List<string>();
        string? slug = null, zone = null, format = null;
        var dryRun = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--summit" when i + 1 < args.Length: slug = args[++i]; break;
                case "--time-zone" when i + 1 < args.Length: zone = args[++i]; break;
                case "--format" when i + 1 < args.Length: format = args[++i]; break;
                case "--dry-run": dryRun = true; break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    await output.WriteLineAsync($"unknown option {a}\n{Usage}");
                    return 2;
                default: inputs.Add(args[i]); break;
            }
        }

        if (slug is null || inputs.Count == 0)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await services.GetRequiredService<IStorage>().InitializeAsync(ct);
        await services.GetRequiredService<SeedLoader>().LoadAsync(ct);
        var reader = services.GetRequiredService<ImportRequestReader>();
        var sources = new List<ImportSource>();
        foreach (var (input, n) in inputs.Select((x, i) => (x, i + 1)))
        {
            await output.WriteLineAsync($"[{n}/{inputs.Count}] reading {input}");
            if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                var (fetched, refused) = await reader.FetchAsync(input, ct);
                if (refused is not null)
                {
                    await output.WriteLineAsync($"refused: {refused.Detail}");
                    return 1;
                }

                sources.AddRange(fetched!);
            }
            else if (Resolve(input) is { } path)
            {
                sources.Add(new ImportSource(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct), null));
            }
            else
            {
                await output.WriteLineAsync($"no such file: {input}");
                return 1;
            }
        }

        var (result, _) = await services.GetRequiredService<ImportService>().ImportAsync(slug, sources, new ImportOptions(dryRun, format, zone), ifMatch: null, ct);
        if (result is ImportRefused no)
        {
            await output.WriteLineAsync($"refused ({ImportsApi.StatusOf(no.Reason)} {no.Title}): {no.Detail}");
            return 1;
        }

        var report = ((ImportPlan)result).Report;
        await output.WriteLineAsync(Summary(report));
        foreach (var p in report.Problems)
        {
            await output.WriteLineAsync($"  {p.Severity.ToString().ToLowerInvariant()}: {p.Where}: {p.Message}");
        }

        return 0;
    }

    /// <summary>A path as given, or relative to the caller's shell folder (<c>dotnet run</c> starts in the project folder).</summary>
    private static string? Resolve(string input) =>
        File.Exists(input) ? input
        : Environment.GetEnvironmentVariable("PWD") is { } pwd && File.Exists(Path.Combine(pwd, input)) ? Path.Combine(pwd, input)
        : null;

    public static string Summary(ImportReport r) =>
        $"{r.Summit}{(r.DryRun ? " (dry run, nothing written)" : "")}: {r.Added.Count} added, {r.Changed.Count} changed, {r.Unchanged} unchanged, " +
        $"{r.Removed.Count} removed, {r.Conflicts.Count} conflicts, {r.Problems.Count} problems in the sources" +
        (r.DryRun ? "" : $" (report /summits/{r.Summit}/imports/{r.Id})");
}
