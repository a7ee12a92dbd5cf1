using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.EventPages;

/// <summary>
/// An OpenStack summit event page (the 2017–2018 site): title, track, abstract, the clock row
/// (<c>Tuesday, November 7, 11:40am-12:00pm</c>: venue-local, no year), the map-marker row
/// (<c>Venue - Floor - Room</c> or <c>TBD</c>), level and tags rows, speaker boxes, and the inline
/// <c>var event = {…}</c> script with the event id.
/// </summary>
public sealed partial class EventPageParser : IScheduleParser
{
    /// <summary>What the page's parts are found by: one walk of the page collects them all.</summary>
    private static readonly HashSet<string> IndexedClasses = new(["title", "info_item", "speaker_box", "abstract", "track"], StringComparer.Ordinal);

    private static readonly HashSet<string> IndexedNames = new(["script", "link", "meta"], StringComparer.Ordinal);

    public string Format => "event-page";

    public SourceTraits Traits => SourceTraits.EventPage;

    public bool CanParse(ReadOnlySpan<byte> content, string? contentType) =>
        Sniff.IsMarkup(content) && (Sniff.Contains(content, "speaker_box") || Sniff.Contains(content, "fa-clock-o") || Sniff.Contains(content, "var event"));

    [GeneratedRegex(@"var\s+event\s*=\s*\{[^}]*?[""']?\bid[""']?\s*:\s*(?<id>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptEventId();

    [GeneratedRegex(@"/events/(?<id>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlEventId();

    [GeneratedRegex(@"/speakers/(?<id>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlSpeakerId();

    [GeneratedRegex(@"^(?<weekday>[A-Za-z]+),\s*(?<month>[A-Za-z]+)\s+(?<day>\d{1,2}),\s*(?<range>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockRow();

    public ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context)
    {
        var summit = context.Summit ?? throw new ScheduleFormatException(
            "Event pages carry no year or time zone: import them into an existing summit (create the summit first).");
        SourceLimits.EnsurePlausibleDays(summit);
        var doc = HtmlDocuments.Load(content);
        var root = doc.DocumentNode;
        var page = new HtmlPageIndex(root, IndexedClasses, IndexedNames);
        var id = EventId(page) ?? throw new ScheduleFormatException(
            "The page has no event id: neither a 'var event = { id: … }' script nor an /events/{id} canonical URL.");
        var where = $"event {id}";
        var problems = new List<ImportProblem>();

        var title = Text(page.First("title"));
        if (title.Length == 0)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "missing-title", where, "The page has no title; it was kept as '(untitled)'.") { SessionId = id });
            title = "(untitled)";
        }

        var items = page.ByClass("info_item").Select(InfoItem.Of).ToList();
        var clock = InfoRow(items, "fa-clock-o");
        if (clock is null || !TryReadTimes(clock, summit, out var start, out var end, out var timeProblem))
        {
            throw new ScheduleFormatException($"Event {id}'s time row '{clock ?? "(missing)"}' is not like 'Tuesday, November 7, 11:40am-12:00pm'; nothing was imported from the page.");
        }

        if (timeProblem is not null)
        {
            problems.Add(new ImportProblem(ProblemSeverity.Warning, "weekday-mismatch", where, timeProblem) { SessionId = id });
        }

        var (people, roles) = ReadSpeakers(page.ByClass("speaker_box"));
        var session = new Session(
            id,
            title,
            HtmlText.ToPlainText(page.First("abstract")?.InnerHtml),
            NullIfEmpty(Text(page.First("track"))),
            null,
            Labelled(items, "Level:") is { } level && level != "N/A" ? level : null,
            Room(InfoRow(items, "fa-map-marker")),
            start,
            end,
            roles,
            Tags(items),
            CanonicalUrl(page));
        return new ImportedSchedule(Format, null, [session], people, problems);
    }

    private static string? EventId(HtmlPageIndex page)
    {
        foreach (var script in page.ByName("script"))
        {
            var m = ScriptEventId().Match(script.InnerText);
            if (m.Success)
            {
                return m.Groups["id"].Value;
            }
        }

        var url = CanonicalUrl(page);
        return url is not null && UrlEventId().Match(url) is { Success: true } u ? u.Groups["id"].Value : null;
    }

    private static string? CanonicalUrl(HtmlPageIndex page) =>
        page.ByName("link").FirstOrDefault(l => l.GetAttributeValue("rel", "") == "canonical")?.GetAttributeValue("href", null)
        ?? page.ByName("meta").FirstOrDefault(m => m.GetAttributeValue("property", "") == "og:url")?.GetAttributeValue("content", null);

    private static bool TryReadTimes(string row, SummitInfo summit, out DateTimeOffset start, out DateTimeOffset end, out string? problem)
    {
        start = end = default;
        problem = null;
        var m = ClockRow().Match(row);
        if (!m.Success
            || !DateTime.TryParseExact(m.Groups["month"].Value, ["MMMM", "MMM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || !int.TryParse(m.Groups["day"].Value, CultureInfo.InvariantCulture, out var dayOfMonth)
            || dayOfMonth is < 1 or > 31)
        {
            return false;
        }

        var date = SummitDays.NearestYear(summit, month.Month, Math.Min(dayOfMonth, DateTime.DaysInMonth(summit.StartDate.Year, month.Month)));
        if (!SummitDays.TryParseRange(m.Groups["range"].Value, date, summit.TimeZone, out start, out end))
        {
            return false;
        }

        if (SummitDays.TryParseWeekday(m.Groups["weekday"].Value, out var weekday) && weekday != date.DayOfWeek)
        {
            problem = $"The page says {m.Groups["weekday"].Value} but {date:MMMM d, yyyy} is a {date.DayOfWeek}; the date was kept.";
        }

        return true;
    }

    private static (List<Speaker> People, List<SessionSpeaker> Roles) ReadSpeakers(IReadOnlyList<HtmlNode> boxes)
    {
        var people = new List<Speaker>();
        var roles = new List<SessionSpeaker>();
        foreach (var box in boxes)
        {
            var (link, job, moderator) = SpeakerParts(box);
            var name = Text(link);
            if (name.Length == 0)
            {
                continue;
            }

            var href = (link is null ? null : HtmlWalk.Elements(link, "a").FirstOrDefault())?.GetAttributeValue("href", "") ?? "";
            var id = UrlSpeakerId().Match(href) is { Success: true } m ? m.Groups["id"].Value : PersonKey.FromName(name);
            var (company, jobTitle) = SplitJobTitle(Text(job));
            people.Add(new Speaker(id, name, company, jobTitle));
            roles.Add(new SessionSpeaker(id, moderator ? SpeakerRole.Moderator : SpeakerRole.Speaker));
        }

        return (people, roles);
    }

    /// <summary>The box's name and job title (the first of each) and whether it marks a moderator, from one walk of the box.</summary>
    private static (HtmlNode? Name, HtmlNode? JobTitle, bool Moderator) SpeakerParts(HtmlNode box)
    {
        HtmlNode? name = null, jobTitle = null;
        var moderator = HtmlWalk.HasClass(box, "moderator");
        foreach (var node in HtmlWalk.Elements(box))
        {
            var classes = node.GetAttributeValue("class", "");
            if (classes.Length == 0)
            {
                continue;
            }

            name ??= HtmlWalk.Lists(classes, "speaker_name") ? node : null;
            jobTitle ??= HtmlWalk.Lists(classes, "speaker_job_title") ? node : null;
            moderator = moderator || (HtmlWalk.Lists(classes, "label") && Text(node).Contains("Moderator", StringComparison.OrdinalIgnoreCase));
        }

        return (name, jobTitle, moderator);
    }

    /// <summary>"Organization, Job title": the organisation is before the first comma (stray spaces trimmed).</summary>
    private static (string? Company, string? JobTitle) SplitJobTitle(string text)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? (text, null) : (NullIfEmpty(text[..comma].Trim()), NullIfEmpty(text[(comma + 1)..].Trim()));
    }

    private static string? Room(string? row)
    {
        if (row is null || row.Equals("TBD", StringComparison.OrdinalIgnoreCase) || row.Length == 0)
        {
            return null;
        }

        var dash = row.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash < 0 ? row : row[(dash + 3)..].Trim();
    }

    /// <summary>An info row: its text, read once, and the classes of the icons it shows (<c>fa-clock-o</c>, <c>fa-map-marker</c>).</summary>
    private sealed record InfoItem(HtmlNode Node, string Text, List<string> Icons)
    {
        public static InfoItem Of(HtmlNode node) =>
            new(node, EventPageParser.Text(node), [.. HtmlWalk.Elements(node, "i").Select(i => i.GetAttributeValue("class", ""))]);

        public bool Shows(string icon) => Icons.Exists(classes => HtmlWalk.Lists(classes, icon));
    }

    private static List<string> Tags(List<InfoItem> items)
    {
        var row = items.Find(i => i.Text.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase));
        if (row is null)
        {
            return [];
        }

        var anchors = HtmlWalk.Elements(row.Node, "a").Select(Text).Where(t => t.Length > 0).ToList();
        return anchors.Count > 0 ? anchors : [.. row.Text[5..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string? InfoRow(List<InfoItem> items, string icon) => items.Find(i => i.Shows(icon))?.Text;

    private static string? Labelled(List<InfoItem> items, string label) =>
        items.Find(i => i.Text.StartsWith(label, StringComparison.OrdinalIgnoreCase))?.Text[label.Length..].Trim();

    private static string Text(HtmlNode? node) => node is null ? "" : HtmlNodeText.Of(node);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
