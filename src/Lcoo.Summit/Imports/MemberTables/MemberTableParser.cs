using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.MemberTables;

/// <summary>
/// Member-session tables like the LCOO deck's: a heading per day ("… - Tuesday") and rows of
/// Topic | Summit Schedule URL | When (<c>09:50-10:30</c>) | Who (<c>Name (Company)</c>…). The event id
/// is the number in the URL; the date comes from the heading's weekday within the summit's days.
/// Rows whose titles and URLs were shifted, duplicated rows and rows without a title are repaired
/// where the table itself shows how, and reported either way.
/// </summary>
public sealed partial class MemberTableParser : IScheduleParser
{
    public string Format => "member-table";

    public SourceTraits Traits => SourceTraits.MemberTable;

    public bool CanParse(ReadOnlySpan<byte> content, string? contentType) =>
        Sniff.IsMarkup(content) && Sniff.Contains(content, "<table") && Sniff.Contains(content, "Schedule URL");

    [GeneratedRegex(@"/events/(?<id>\d+)(?:/(?<slug>[^/?#\s]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex EventUrl();

    internal sealed record Row(string Where, string Id, string? Slug, string Title, string Url, string When, DateOnly Day, string Who)
    {
        /// <summary>The title and its parts, each with its slug, computed once per row.</summary>
        public IReadOnlyList<(string Title, string Slug)> Candidates { get; } =
            [.. TitleCandidates(Title).Where(t => t.Length > 0).Distinct().Select(t => (t, OpenStackSlug.FromTitle(t)))];
    }

    public ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context)
    {
        var summit = context.Summit ?? throw new ScheduleFormatException(
            "Member-session tables carry no year or time zone: import them into an existing summit (create the summit first).");
        SourceLimits.EnsurePlausibleDays(summit);
        var doc = HtmlDocuments.Load(content);
        var problems = new List<ImportProblem>();
        var rows = ReadRows(doc, summit, problems);
        SourceLimits.Count(rows.Count, SourceLimits.Sessions, "rows");
        var tables = rows.GroupBy(r => r.Day).ToList();
        var sessions = new Dictionary<string, Session>(StringComparer.Ordinal);
        var speakers = new Dictionary<string, Speaker>(StringComparer.Ordinal);

        foreach (var table in tables)
        {
            var dayRows = table.ToList();
            // By reference: a row is a record, and hashing its seven strings on every look-up was a sixth of the parse.
            var titles = dayRows.ToDictionary<Row, Row, string>(r => r, r => ResolveTitle(r, dayRows, problems), ReferenceEqualityComparer.Instance);
            SplitRunTogetherTitles(dayRows, titles, problems);
            foreach (var row in dayRows)
            {
                var title = titles[row];
                if (row.Slug is null && row.Title.Length > 0)
                {
                    problems.Add(new ImportProblem(ProblemSeverity.Info, "url-without-slug", row.Where,
                        $"Event {row.Id}'s URL ends at its number, with no title in it, so the row's title could not be checked against the URL.") { SessionId = row.Id });
                }

                if (!SummitDays.TryParseRange(row.When, row.Day, summit.TimeZone, out var start, out var end))
                {
                    problems.Add(new ImportProblem(ProblemSeverity.Error, "bad-times", row.Where,
                        $"'{row.When}' is not a time range like 09:50-10:30; the row was skipped.") { SessionId = row.Id });
                    continue;
                }

                var people = WhoCell.Parse(row.Who)
                    .Select(p => new Speaker(PersonKey.FromName(p.Name), p.Name, p.Company, null))
                    .DistinctBy(p => p.Id)
                    .ToList();
                var session = new Session(row.Id, title, null, null, null, null, null, start, end,
                    [.. people.Select(p => new SessionSpeaker(p.Id))], [], row.Url);

                if (sessions.TryGetValue(row.Id, out var first))
                {
                    var (had, has) = (first.Speakers.Select(p => speakers[p.SpeakerId].Name).ToList(), people.Select(p => p.Name).ToList());
                    var who = had.SequenceEqual(has) ? "" : $" The rows name different people (first: {string.Join(", ", had)}; repeat: {string.Join(", ", has)}); everyone named was kept.";
                    problems.Add(new ImportProblem(ProblemSeverity.Warning, "duplicate-row", row.Where,
                        $"Event {row.Id} ('{first.Title}') is listed again; the repeat was merged into the first row" +
                        (first.Start == start && first.End == end ? "." : $", keeping the first row's time ({row.When} differs).") + who) { SessionId = row.Id });
                    session = first with
                    {
                        Speakers = [.. first.Speakers.Concat(session.Speakers).DistinctBy(s => s.SpeakerId)],
                    };
                }

                sessions[row.Id] = session;
                foreach (var p in people)
                {
                    speakers[p.Id] = p;
                }
            }
        }

        ReportSpellings(rows, problems);
        return new ImportedSchedule(Format, null, [.. sessions.Values], [.. speakers.Values], problems);
    }

    /// <summary>
    /// A cell that runs two titles together ("AT&amp;T's CI/CD Revolution: A Conversation: Ship it! …") when a later part is
    /// the title another row's URL was found to name: that part is the other event's, the rest is this one's.
    /// </summary>
    private static void SplitRunTogetherTitles(List<Row> dayRows, Dictionary<Row, string> titles, List<ImportProblem> problems)
    {
        foreach (var row in dayRows)
        {
            var own = titles[row];
            var taken = dayRows.Where(r => !ReferenceEquals(r, row) && r.Id != row.Id && titles[r].Length > 3 && own.EndsWith(": " + titles[r], StringComparison.Ordinal))
                .Select(r => (Row: r, Title: titles[r])).FirstOrDefault();
            if (taken.Row is null)
            {
                continue;
            }

            titles[row] = own[..^(taken.Title.Length + 2)].TrimEnd(':', ' ');
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "titles-run-together", row.Where,
                $"The title cell runs two titles together: '{taken.Title}' is event {taken.Row.Id}'s (the URL in {taken.Row.Where} names it). " +
                $"Event {row.Id} was given the rest: '{titles[row]}'.") { SessionId = row.Id });
        }
    }

    /// <summary>One person spelled two ways in the table ("Shintaro Mizino" and "Shintaro Mizuno", both NTT): said, not guessed away.</summary>
    private static void ReportSpellings(List<Row> rows, List<ImportProblem> problems)
    {
        var companyKeys = new Dictionary<string, string?>(StringComparer.Ordinal);
        // A name is compared once, from the first row that gives it, whichever company that row says.
        var named = rows.SelectMany(r => WhoCell.Parse(r.Who).Where(p => p.Company is not null).Select(p => (Row: r, p.Name, p.Company, Folded: PersonKey.Fold(p.Name),
                Key: companyKeys.TryGetValue(p.Company!, out var key) ? key : companyKeys[p.Company!] = Members.CompanyName.Key(p.Company))))
            .Where(x => x.Key is not null)
            .DistinctBy(x => x.Folded);
        foreach (var (a, b) in Clashes.LikelySamePeople.SpelledTwoWays(named, x => x.Key, x => x.Folded))
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "name-spellings", b.Row.Where,
                $"'{b.Name}' ({b.Company}, {b.Row.Where}) and '{a.Name}' ({a.Company}, {a.Row.Where}) differ by a letter or two: probably one " +
                "person spelled two ways. Both were kept as named; decide whether they are one person (a people decision, kept with the summit).") { SessionId = b.Row.Id });
        }
    }

    /// <summary>
    /// A row's title, checked against its URL slug. When the slug names another row's title (the deck's
    /// shifted rows), that title is the event's; a row with no title takes its title the same way, or
    /// from the slug.
    /// </summary>
    private static string ResolveTitle(Row row, List<Row> dayRows, List<ImportProblem> problems)
    {
        var title = row.Title;
        if (row.Slug is null || (title.Length > 0 && Matches(row, row.Slug)))
        {
            if (title.Length == 0)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Warning, "missing-title", row.Where,
                    $"The row for event {row.Id} has no title and its URL no slug; it was kept as '(untitled)'.") { SessionId = row.Id });
                return "(untitled)";
            }

            return title;
        }

        var fromOtherRow = dayRows.Where(r => !ReferenceEquals(r, row))
            .SelectMany(r => r.Candidates.Select(t => (Row: r, t.Title, t.Slug)))
            .FirstOrDefault(c => c.Slug == row.Slug);
        if (fromOtherRow.Row is not null)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, title.Length == 0 ? "missing-title" : "shifted-row", row.Where,
                (title.Length == 0 ? $"The row for event {row.Id} has no title" : $"The title '{title}' does not match event {row.Id}'s URL ({row.Slug})") +
                $"; the URL matches the title in {fromOtherRow.Row.Where}, so titles and URLs look shifted. The event was given the title '{fromOtherRow.Title}'.") { SessionId = row.Id });
            return fromOtherRow.Title;
        }

        if (title.Length == 0)
        {
            var fromSlug = Humanize(row.Slug);
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "missing-title", row.Where,
                $"The row for event {row.Id} has no title; it was named from its URL: '{fromSlug}'.") { SessionId = row.Id });
            return fromSlug;
        }

        problems.Add(new ImportProblem(ProblemSeverity.Info, "title-url-mismatch", row.Where,
            $"The title '{title}' differs from event {row.Id}'s URL slug '{row.Slug}' (renamed since?); the table's title was kept.") { SessionId = row.Id });
        return title;
    }

    private static bool Matches(Row row, string slug) => row.Candidates.Any(t => t.Slug == slug);

    /// <summary>The title, and its parts: deck cells run several titles together with ": ".</summary>
    private static IEnumerable<string> TitleCandidates(string title)
    {
        var trimmed = title.TrimEnd(':', ' ');
        yield return trimmed;
        foreach (var part in trimmed.Split(": ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part.TrimEnd(':');
        }
    }

    private static string Humanize(string slug)
    {
        var words = slug.Replace('-', ' ');
        return words.Length == 0 ? "(untitled)" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static List<Row> ReadRows(HtmlDocument doc, SummitInfo summit, List<ImportProblem> problems)
    {
        var rows = new List<Row>();
        DateOnly? day = null;
        string dayName = "";
        foreach (var node in HtmlWalk.Elements(doc.DocumentNode))
        {
            if (node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                var heading = HtmlNodeText.Of(node);
                var dash = heading.LastIndexOf(" - ", StringComparison.Ordinal);
                if (dash >= 0 && SummitDays.TryParseWeekday(heading[(dash + 3)..], out var weekday))
                {
                    dayName = weekday.ToString();
                    day = SummitDays.ByWeekday(summit, weekday);
                    if (day is null)
                    {
                        problems.Add(new ImportProblem(ProblemSeverity.Error, "unknown-day", $"heading '{heading}'",
                            $"The summit ({summit.StartDate:yyyy-MM-dd} to {summit.EndDate:yyyy-MM-dd}) has no single {weekday}; the rows under it were skipped."));
                    }
                }
            }
            else if (node.Name == "table")
            {
                rows.AddRange(ReadTable(node, day, dayName, problems));
            }
        }

        return rows;
    }

    private static IEnumerable<Row> ReadTable(HtmlNode table, DateOnly? day, string dayName, List<ImportProblem> problems)
    {
        var trs = HtmlWalk.Elements(table, "tr").ToList();
        var header = trs.FirstOrDefault(tr => tr.Elements("th").Any()) ?? trs.FirstOrDefault();
        if (header is null)
        {
            yield break;
        }

        var names = Cells(header).Select(c => HtmlNodeText.Of(c).ToLowerInvariant()).ToList();
        int Column(params string[] keys) => names.FindIndex(n => keys.Any(k => n.Contains(k, StringComparison.Ordinal)));
        var (topic, url, when, who) = (Column("topic", "title"), Column("url", "link"), Column("when", "time"), Column("who", "speaker"));
        if (url < 0 || when < 0)
        {
            yield break;
        }

        var number = 0;
        foreach (var tr in trs.Where(tr => tr != header))
        {
            number++;
            var cells = Cells(tr);
            string Cell(int i) => i >= 0 && i < cells.Count ? HtmlNodeText.Of(cells[i]) : "";
            var title = Cell(topic).TrimEnd(':', ' ');
            var where = $"{dayName} row {number}" + (title.Length > 0 ? $" ('{Shorten(title)}')" : "");
            var link = (url < cells.Count ? HtmlWalk.Elements(cells[url], "a").FirstOrDefault()?.GetAttributeValue("href", null) : null) ?? Cell(url);
            var match = EventUrl().Match(link);
            if (!match.Success)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Error, "no-event-url", where,
                    $"The row has no summit event URL ('{Shorten(link)}'), so it cannot be matched to a session; it was skipped."));
                continue;
            }

            if (day is null)
            {
                problems.Add(new ImportProblem(ProblemSeverity.Error, "no-day", where, "The row is not under a day heading of the summit; it was skipped."));
                continue;
            }

            var slug = match.Groups["slug"].Success ? match.Groups["slug"].Value : null;
            yield return new Row(where, match.Groups["id"].Value, slug, title, HtmlEntity.DeEntitize(link), Cell(when), day.Value, Cell(who));
        }
    }

    private static List<HtmlNode> Cells(HtmlNode tr) => [.. tr.ChildNodes.Where(c => c.Name is "td" or "th")];

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
