using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Import;
using Lcoo.Summit.Members;
using Lcoo.Summit.Schedule;
using MongoDB.Bson;

namespace Lcoo.Summit.Api.Imports;

/// <summary>One file or page to import, as it arrived.</summary>
public sealed record ImportSource(string Name, ReadOnlyMemory<byte> Content, string? ContentType);

/// <param name="Format">A parser's format name, when the caller says what the sources are instead of letting them be detected.</param>
/// <param name="TimeZone">The venue's IANA zone, over whatever the sources' labels say.</param>
public sealed record ImportOptions(bool DryRun = false, string? Format = null, string? TimeZone = null);

public abstract record ImportResult;

public sealed record Imported(ImportReport Report) : ImportResult;

/// <summary>Nothing was written: the status, and a sentence saying what to change.</summary>
public sealed record ImportRefused(int Status, string Title, string Detail) : ImportResult;

/// <summary>
/// Import: parse every source first (any failure refuses the whole import and writes nothing), merge
/// into what the summit holds, write in bulk, bump the version, keep the report.
/// </summary>
public sealed class ImportService(ISummitStore store, SnapshotCache snapshots, TimeProvider clock)
{
    private readonly ScheduleParsers _parsers = ScheduleParsers.Default;

    public async Task<ImportResult> ImportAsync(string slug, IReadOnlyList<ImportSource> sources, ImportOptions options, CancellationToken ct)
    {
        if (sources.Count == 0)
        {
            return new ImportRefused(400, "Nothing to import", "The request carried no schedule: send a file as the body or as multipart parts, or {\"url\": \"https://…\"}.");
        }

        if (options.TimeZone is not null && !VenueTime.TryFindZone(options.TimeZone, out _))
        {
            return new ImportRefused(400, "Unknown time zone", $"timeZone '{options.TimeZone}' is not an IANA zone such as Australia/Sydney.");
        }

        var stored = await store.GetSummitAsync(slug, ct);
        var detected = new List<(ImportSource Source, IScheduleParser Parser)>();
        foreach (var source in sources)
        {
            if (Choose(source, options) is not { } parser)
            {
                return Unreadable(source, options);
            }

            detected.Add((source, parser));
        }

        if (stored is null && detected.All(d => IsYearLess(d.Parser)))
        {
            return new ImportRefused(404, "Summit not found",
                $"There is no summit '{slug}', and these sources carry no year or time zone. Create it first with PUT /summits/{slug} (name, timeZone, startDate, endDate), then import them.");
        }

        // Sources that carry summit metadata go first, so year-less pages and tables in the same import can be placed.
        var summit = stored?.Summit;
        var parsed = new List<(ImportSource Source, ImportedSchedule Schedule)>();
        foreach (var (source, parser) in detected.OrderBy(d => IsYearLess(d.Parser)))
        {
            ImportedSchedule schedule;
            try
            {
                schedule = parser.Parse(source.Content, new ImportContext(summit, options.TimeZone));
            }
            catch (ScheduleFormatException e)
            {
                return new ImportRefused(422, $"Cannot read {source.Name} as {parser.Format}", e.Message + " Nothing was imported.");
            }

            if (schedule.Summit is { } described)
            {
                if (stored is not null && described.Slug != slug && stored.Summit.Slug == slug && IsSummitDump(parser))
                {
                    return new ImportRefused(422, "Source is another summit",
                        $"{source.Name} is the schedule of '{described.Slug}', not of '{slug}'. Import it at /summits/{described.Slug}/imports. Nothing was imported.");
                }

                summit = described with { Slug = slug, TimeZoneId = options.TimeZone ?? stored?.Summit.TimeZoneId ?? described.TimeZoneId };
            }

            parsed.Add((source, schedule));
        }

        if (summit is null)
        {
            return new ImportRefused(404, "Summit not found",
                $"There is no summit '{slug}', and the sources carry no summit metadata. Create it first with PUT /summits/{slug} (name, timeZone, startDate, endDate).");
        }

        var existing = await store.LoadSummitAsync(slug, ct);
        var schedules = parsed.Select(p => p.Schedule).ToList();
        var merge = ScheduleMerger.Merge(existing?.Sessions ?? [], existing?.Speakers ?? [], schedules);
        var problems = parsed.SelectMany(p => p.Schedule.Problems.Select(x => x with { Where = Prefix(p.Source, parsed.Count, x.Where) })
            .Concat(SourceChecks.Check(p.Schedule, summit).Select(x => x with { Where = Prefix(p.Source, parsed.Count, x.Where) }))).ToList();

        var report = new ImportReport(
            ObjectId.GenerateNewId(clock.GetUtcNow().UtcDateTime).ToString(), slug, clock.GetUtcNow(), options.DryRun,
            [.. parsed.Select(p => new ImportedSource(p.Source.Name, p.Schedule.Format, p.Schedule.Sessions.Count, p.Schedule.Speakers.Count))],
            merge.Added, merge.Changed, merge.Unchanged, merge.RemovedSessions, merge.Conflicts, ProblemList.Bounded(problems));

        var directory = new MemberDirectory(await store.ListMembersAsync(ct));
        var upserts = Tagged(existing, merge, directory);
        report = WithClashChanges(report, existing, summit, upserts, merge, directory);

        if (!options.DryRun)
        {
            await store.SaveScheduleAsync(new ScheduleWrite(summit, upserts, merge.Speakers, merge.Removed), ct);
            snapshots.Invalidate(slug);
            await store.SaveImportReportAsync(report, ct);
        }

        return new Imported(report);
    }

    /// <summary>Clashes the import creates and resolves: the summit's clashes before and after, compared.</summary>
    private static ImportReport WithClashChanges(ImportReport report, SummitData? existing, SummitInfo summit, List<Session> upserts, MergeResult merge, MemberDirectory members)
    {
        var before = existing is null ? [] : ClashDetector.Detect(new SummitSnapshot(existing.Summit, existing.Sessions, existing.Speakers, 0), members, ClashOptions.All).Clashes;
        var sessions = (existing?.Sessions ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var id in merge.Removed)
        {
            sessions.Remove(id);
        }

        foreach (var s in upserts)
        {
            sessions[s.Id] = s;
        }

        var speakers = (existing?.Speakers ?? []).Concat(merge.Speakers).GroupBy(s => s.Id).Select(g => g.Last());
        var after = ClashDetector.Detect(new SummitSnapshot(summit, sessions.Values, speakers, 0), members, ClashOptions.All).Clashes;
        var beforeKeys = before.Select(c => c.Key).ToHashSet();
        var afterKeys = after.Select(c => c.Key).ToHashSet();
        static ClashChange Change(Clash c) => new(c.Kind.ToString().ToLowerInvariant(), c.SessionIds, c.Reason);
        return report with
        {
            ClashesCreated = [.. after.Where(c => !beforeKeys.Contains(c.Key)).Select(Change)],
            ClashesResolved = [.. before.Where(c => !afterKeys.Contains(c.Key)).Select(Change)],
        };
    }

    /// <summary>The merge's sessions with member tags, plus stored sessions whose tags moved because a speaker's company did.</summary>
    private static List<Session> Tagged(SummitData? existing, MergeResult merge, MemberDirectory members)
    {
        var speakers = (existing?.Speakers ?? []).Concat(merge.Speakers).GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var upserts = merge.Upserts.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var removed = merge.Removed.ToHashSet(StringComparer.Ordinal);
        var result = merge.Upserts.Select(s => SessionTagger.Tag(s, speakers, members)).ToList();
        var untouched = (existing?.Sessions ?? []).Where(s => !upserts.ContainsKey(s.Id) && !removed.Contains(s.Id));
        result.AddRange(SessionTagger.Retag(untouched, speakers, members));
        return result;
    }

    private IScheduleParser? Choose(ImportSource source, ImportOptions options) =>
        options.Format is { } format ? _parsers.Find(format) : _parsers.Detect(source.Content.Span, source.ContentType);

    private ImportRefused Unreadable(ImportSource source, ImportOptions options) => options.Format is { } format && _parsers.Find(format) is null
        ? new ImportRefused(400, "Unknown format", $"format '{format}' is not one of: {string.Join(", ", _parsers.All.Select(p => p.Format))}.")
        : new ImportRefused(415, "Not a schedule this service reads",
            $"{source.Name} ({source.ContentType ?? "no content type"}) is not a format this service recognises. It reads: OpenStack summit API JSON, " +
            "frab/pretalx schedule.json and schedule.xml, OpenStack summit event pages, and member-session tables (Topic | Summit Schedule URL | When | Who). Nothing was imported.");

    private static bool IsYearLess(IScheduleParser parser) =>
        parser is Lcoo.Summit.Import.MemberTables.MemberTableParser or Lcoo.Summit.Import.EventPages.EventPageParser;

    private static bool IsSummitDump(IScheduleParser parser) => parser is Lcoo.Summit.Import.OpenStackApi.OpenStackApiParser;

    private static string Prefix(ImportSource source, int count, string where) => count > 1 ? $"{source.Name}: {where}" : where;
}
