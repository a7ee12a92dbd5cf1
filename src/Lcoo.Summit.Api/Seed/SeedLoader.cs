using System.Text.Json;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Import;
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
    SnapshotCache snapshots,
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
        if (await store.GetSummitAsync(slug, ct) is not null)
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal).Where(f => Path.GetFileName(f) != MembersFile))
        {
            var bytes = await File.ReadAllBytesAsync(file, ct);
            if (ScheduleParsers.Default.Detect(bytes, null) is not { } parser)
            {
                continue;
            }

            var schedule = parser.Parse(bytes, ImportContext.Empty);
            var summit = (schedule.Summit ?? throw new InvalidDataException($"Seed file {file} carries no summit metadata.")) with { Slug = slug };
            await store.SaveScheduleAsync(ScheduleWrite.Of(summit, schedule.Sessions, schedule.Speakers), ct);
            snapshots.Invalidate(slug);
            LogSeeded(slug, schedule.Sessions.Count, Path.GetFileName(file));
        }
    }

    private async Task LoadMembersAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file) || (await store.ListMembersAsync(ct)).Count > 0)
        {
            return;
        }

        await using var stream = File.OpenRead(file);
        var members = await JsonSerializer.DeserializeAsync<List<MemberCompany>>(stream, JsonSerializerOptions.Web, ct) ?? [];
        await store.UpsertMembersAsync(members, ct);
        LogMembers(members.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded summit {Slug}: {Count} sessions from {File}")]
    private partial void LogSeeded(string slug, int count, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} member companies")]
    private partial void LogMembers(int count);
}
