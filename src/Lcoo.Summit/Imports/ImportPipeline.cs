using Lcoo.Summit.Clashes;
using Lcoo.Summit.Members;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>
/// An import, as a pure function of (sources, the summit as stored, the member companies) → (what to write, the report):
/// detect each source's format, parse them all (sources that carry the summit first, so year-less ones can be placed),
/// settle the summit's metadata, merge into the stored sessions, tag, and compare the clashes before and after.
/// Any source that cannot be read refuses the whole import; nothing here reads or writes a store.
/// </summary>
public static class ImportPipeline
{
    private const string Readable =
        "It reads: OpenStack summit API JSON, frab/pretalx schedule.json and schedule.xml, OpenStack summit event pages, " +
        "and member-session tables (Topic | Summit Schedule URL | When | Who).";

    public static ImportOutcome Run(ImportRequest request, SummitSnapshot? stored, MemberDirectory members, DateTimeOffset now, ScheduleParsers? parsers = null)
    {
        parsers ??= ScheduleParsers.Default;
        var (slug, sources, options) = request;
        sources = [.. sources.Select(SourceEncoding.AsUtf8)];
        if (sources.Count == 0)
        {
            return Refuse(ImportRefusal.NothingToImport, "Nothing to import",
                "The request carried no schedule: send a file as the body or as multipart parts, or {\"url\": \"https://…\"}.");
        }

        if (options.TimeZone is not null && !VenueTime.TryFindZone(options.TimeZone, out _))
        {
            return Refuse(ImportRefusal.UnknownTimeZone, "Unknown time zone", "timeZone " + VenueTime.NotAZone(options.TimeZone));
        }

        if (options.Format is { } named && parsers.Find(named) is null)
        {
            return Refuse(ImportRefusal.UnknownFormat, "Unknown format", $"format '{named}' is not one of: {string.Join(", ", parsers.All.Select(p => p.Format))}.");
        }

        var detected = new List<(ImportSource Source, IScheduleParser Parser)>();
        foreach (var source in sources)
        {
            if ((options.Format is { } format ? parsers.Find(format) : parsers.Detect(source.Content.Span, source.ContentType)) is not { } parser)
            {
                return Refuse(ImportRefusal.NotASchedule, "Not a schedule this service reads",
                    $"{source.Name} ({source.ContentType ?? "no content type"}) is not a format this service recognises. {Readable} Nothing was imported.");
            }

            detected.Add((source, parser));
        }

        if (stored is null && !detected.Any(d => d.Parser.Traits.CarriesSummit))
        {
            return Refuse(ImportRefusal.SummitNotFound, "Summit not found",
                $"There is no summit '{slug}', and event pages and member tables carry no year or time zone. " +
                "Create the summit first (its name, time zone and days), or import its schedule (an API dump or frab), which says them.");
        }

        var problems = new List<ImportProblem>();
        var summit = stored?.Summit;
        var parsed = new List<(ImportSource Source, ImportedSchedule Schedule)>();
        foreach (var (source, parser) in detected.OrderBy(d => !d.Parser.Traits.CarriesSummit))
        {
            ImportedSchedule schedule;
            try
            {
                schedule = SourceFields.Bound(parser.Parse(source.Content, new ImportContext(summit, options.TimeZone)));
            }
            catch (ScheduleFormatException e)
            {
                return Refuse(ImportRefusal.Unreadable, $"Cannot read {source.Name} as {parser.Format}", e.Message + " Nothing was imported.");
            }

            if (schedule.Summit is { } described)
            {
                if (SourceSlugOf(stored, parsers) is { } holds && described.Slug.Length > 0 && described.Slug != holds)
                {
                    return Refuse(ImportRefusal.WrongSummit, "Source is another summit",
                        $"{source.Name} is the schedule of '{described.Slug}', while summit '{slug}' holds the schedule of '{holds}'. " +
                        $"Import it into a summit of its own, such as /summits/{described.Slug}/imports. Nothing was imported.");
                }

                var where = Prefix(source, detected.Count, "summit");
                if (SummitMetadata.Resolve(slug, summit, described, options.TimeZone, where, problems) is not { } resolved)
                {
                    return Refuse(ImportRefusal.NoUsableSummit, "No usable summit in the source",
                        $"There is no summit '{slug}' yet, and {source.Name} gives it no days a conference could have " +
                        $"({described.StartDate:yyyy-MM-dd} to {described.EndDate:yyyy-MM-dd}). Create the summit first with its days, then import. Nothing was imported.");
                }

                summit = resolved;
            }

            parsed.Add((source, schedule));
        }

        return Plan(request, stored, summit!, parsed, problems, members, now, parsers);
    }

    private static ImportPlan Plan(ImportRequest request, SummitSnapshot? stored, SummitInfo summit, List<(ImportSource Source, ImportedSchedule Schedule)> parsed,
        List<ImportProblem> problems, MemberDirectory members, DateTimeOffset now, ScheduleParsers parsers)
    {
        var merge = ScheduleMerger.Merge(stored?.Sessions ?? [], [.. stored?.Speakers.Values ?? []], [.. parsed.Select(p => p.Schedule)], parsers);
        var upserts = SessionTagger.ForImport(stored, merge.Upserts, merge.Removed, merge.Speakers, members);
        var after = After(stored, summit, upserts, merge);
        if (SummitSpan.Widen(summit, after.Sessions) is var (wider, note))
        {
            (summit, after) = (wider, After(stored, wider, upserts, merge));
            problems.Add(note);
        }

        foreach (var (source, schedule) in parsed)
        {
            problems.AddRange(schedule.Problems.Concat(SourceChecks.Check(schedule, summit))
                .Select(x => x with { Where = Prefix(source, parsed.Count, x.Where), Source = source.Name }));
        }

        var (created, resolved) = ClashChanges.Between(stored, after, members);
        var report = new ImportReport(null, request.Slug, now, request.Options.DryRun,
            [.. parsed.Select(p => new ImportedSource(p.Source.Name, p.Schedule.Format, p.Schedule.Sessions.Count, p.Schedule.Speakers.Count))],
            merge.Added, merge.Changed, merge.Unchanged, merge.RemovedSessions, merge.Conflicts, ProblemList.Bounded(problems))
        {
            PublishedChanges = Changes.PublishedChanges.Between(stored, after),
            ClashesCreated = created,
            ClashesResolved = resolved,
        };
        var summitChanged = stored is null || !stored.Summit.SameAs(summit);
        return new ImportPlan(report, new SummitWrite(summit, upserts, merge.Speakers, merge.Removed, summitChanged), after);
    }

    /// <summary>The summit as it will be once the plan is written: what the clashes after the import are found in.</summary>
    private static SummitSnapshot After(SummitSnapshot? stored, SummitInfo summit, List<Sessions.Session> upserts, MergeResult merge)
    {
        var sessions = (stored?.Sessions ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var id in merge.Removed)
        {
            sessions.Remove(id);
        }

        foreach (var s in upserts)
        {
            sessions[s.Id] = s;
        }

        var speakers = new Dictionary<string, Speakers.Speaker>(stored?.Speakers ?? new Dictionary<string, Speakers.Speaker>(), StringComparer.Ordinal);
        foreach (var s in merge.Speakers)
        {
            speakers[s.Id] = s;
        }

        return new SummitSnapshot(summit, sessions.Values, speakers.Values, (stored?.Version ?? 0) + 1);
    }

    /// <summary>
    /// Which source summit a stored summit holds: the one its imports recorded, or, for a summit imported before that was
    /// recorded, its own slug when a source that carries the summit gave it sessions. A summit made by hand holds none yet,
    /// so its first import may be of any summit's schedule, and every later one must be of the same.
    /// </summary>
    private static string? SourceSlugOf(SummitSnapshot? stored, ScheduleParsers parsers) =>
        stored is null ? null
        : stored.Summit.SourceSlug
          ?? (stored.Sessions.Any(s => s.Sources.Any(f => parsers.Find(f)?.Traits.CarriesSummit == true)) ? stored.Summit.Slug : null);

    private static ImportRefused Refuse(ImportRefusal reason, string title, string detail) => new(reason, title, detail);

    private static string Prefix(ImportSource source, int count, string where) => count > 1 ? $"{source.Name}: {where}" : where;
}
