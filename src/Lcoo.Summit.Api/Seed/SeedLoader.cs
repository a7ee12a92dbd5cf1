using Lcoo.Summit.Imports;
using System.Text.Json;
using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Seed;

/// <summary>
/// Loads <c>seed-data/</c> into a store that lacks it: each sub-folder is a summit (its name the slug), its
/// schedule files are imported, and <c>members.json</c> fills an empty member list. A summit already in the
/// store is left alone, so restarts never load the seed twice.
/// </summary>
public sealed partial class SeedLoader(
    ISummitStore store,
    IMemberStore memberStore,
    ImportService imports,
    IOptions<SeedOptions> options,
    ILogger<SeedLoader> logger)
{
    private const string MembersFile = "members.json";

    public async Task LoadAsync(CancellationToken ct)
    {
        var root = options.Value.Path ?? Path.Combine(AppContext.BaseDirectory, "seed-data");
        if (!options.Value.Enabled || !Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            await LoadMembersAsync(Path.Combine(folder, MembersFile), ct);
            await LoadSummitAsync(Path.GetFileName(folder), folder, ct);
        }
    }

    private async Task LoadSummitAsync(string slug, string folder, CancellationToken ct)
    {
        if (await store.GetVersionAsync(slug, ct) is not null)
        {
            return;
        }

        var files = Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != MembersFile).Order(StringComparer.Ordinal).ToList();
        var sources = new List<ImportSource>();
        foreach (var file in files)
        {
            sources.Add(new ImportSource(Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct), null));
        }

        var (result, _) = await imports.ImportAsync(slug, sources, new ImportOptions(), ifMatch: null, ct);
        if (result is not ImportPlan { Report: var report })
        {
            throw new InvalidDataException($"The seed of {slug} cannot be imported: {result}");
        }

        LogSeeded(slug, report.Added.Count, string.Join(", ", report.Sources.Select(s => s.Name)), report.Problems.Count);
    }

    private async Task LoadMembersAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file) || (await memberStore.ListMembersAsync(ct)).Count > 0)
        {
            return;
        }

        await using var stream = File.OpenRead(file);
        var members = await JsonSerializer.DeserializeAsync<List<MemberCompany>>(stream, JsonSerializerOptions.Web, ct) ?? [];
        await memberStore.UpsertMembersAsync(members, ct);
        LogMembers(members.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded summit {Slug}: {Count} sessions from {Files} ({Problems} problems in the sources, see GET /summits/{Slug}/imports)")]
    private partial void LogSeeded(string slug, int count, string files, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} member companies")]
    private partial void LogMembers(int count);
}
