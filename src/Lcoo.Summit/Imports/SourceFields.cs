using System.Globalization;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports;

/// <summary>
/// What a source's fields may hold, applied to every parsed schedule before it is merged: text longer than its field's
/// limit is cut (a 20,000-character title is an attack on every page and PDF that wraps it, not a title), and a link
/// that is not absolute http(s) with a host is dropped; a company of "None" (or "N/A", "-") is no company. Each cut and each dropped link is a problem in the report.
/// The limits are those <c>PUT</c> applies to the same fields, and far above what real summits hold (Barcelona's
/// longest title is 163 characters, its longest abstract 3,588).
/// </summary>
public static class SourceFields
{
    public const int Title = 300;
    public const int Name = 200;
    public const int Label = 200;
    public const int Abstract = 20_000;
    public const int Tags = 100;

    public static ImportedSchedule Bound(ImportedSchedule schedule)
    {
        var problems = new List<ImportProblem>();
        var summit = schedule.Summit is { } s ? Bound(s, problems) : null;
        var sessions = schedule.Sessions.Select(x => Bound(x, problems)).ToList();
        var speakers = schedule.Speakers.Select(x => Bound(x, problems)).ToList();
        return problems.Count == 0 && !schedule.Speakers.Any(NamesNoCompany)
            ? schedule
            : schedule with { Summit = summit, Sessions = sessions, Speakers = speakers, Problems = [.. schedule.Problems, .. problems] };
    }

    private static SummitInfo Bound(SummitInfo s, List<ImportProblem> problems)
    {
        var field = new Fields("summit", null, problems);
        return s with
        {
            Name = field.Text("name", s.Name, Name)!,
            Venue = field.Text("venue", s.Venue, Label),
            Rooms = [.. s.Rooms.Select(r => r with { Name = field.Text("room name", r.Name, Label)!, Floor = field.Text("room floor", r.Floor, Label) })],
            SourceUrl = field.Link("url", s.SourceUrl),
        };
    }

    private static Session Bound(Session s, List<ImportProblem> problems)
    {
        var field = new Fields($"event {Shorten(s.Id)}", s.Id, problems);
        var tags = s.Tags.Count > Tags ? [.. s.Tags.Take(Tags)] : s.Tags;
        if (tags.Count < s.Tags.Count)
        {
            field.Report("tags", $"list holds {s.Tags.Count.ToString("N0", CultureInfo.InvariantCulture)} tags; the first {Tags} were kept.");
        }

        return s with
        {
            Title = field.Text("title", s.Title, Title)!,
            Abstract = field.Text("abstract", s.Abstract, Abstract),
            Track = field.Text("track", s.Track, Label),
            Type = field.Text("type", s.Type, Label),
            Level = field.Text("level", s.Level, Label),
            Room = field.Text("room", s.Room, Label),
            Tags = [.. tags.Select(t => field.Text("tag", t, Label)!)],
            SourceUrl = field.Link("url", s.SourceUrl),
        };
    }

    private static Speaker Bound(Speaker p, List<ImportProblem> problems)
    {
        var field = new Fields($"speaker {Shorten(p.Id)}", null, problems);
        return p with
        {
            Name = field.Text("name", p.Name, Name)!,
            // "None", "N/A", "-": the source's way of saying there is no company, read the same everywhere.
            Company = NamesNoCompany(p) ? null : field.Text("company", p.Company, Label),
            JobTitle = field.Text("job title", p.JobTitle, Label),
        };
    }

    private static bool NamesNoCompany(Speaker p) => p.Company is not null && Members.CompanyName.Key(p.Company) is null;

    /// <summary>The text cut to <paramref name="limit"/> characters with "…" where it was cut, never inside a surrogate pair.</summary>
    public static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var end = limit - 1;
        if (char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }

    private static string Shorten(string id) => id.Length <= 40 ? id : Cut(id, 40);

    /// <summary>The checks of one record's fields, reporting under its name.</summary>
    private sealed record Fields(string Where, string? SessionId, List<ImportProblem> Problems)
    {
        public string? Text(string what, string? value, int limit)
        {
            if (value is null || value.Length <= limit)
            {
                return value;
            }

            Problems.Add(new ImportProblem(ProblemSeverity.Warning, "field-too-long", Where,
                $"The {what} is {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; it was cut to {limit.ToString("N0", CultureInfo.InvariantCulture)}.")
            {
                SessionId = SessionId,
            });
            return Cut(value, limit);
        }

        public string? Link(string what, string? value)
        {
            if (value is null || WebLink.IsSafe(value))
            {
                return value;
            }

            Problems.Add(new ImportProblem(ProblemSeverity.Warning, "link-refused", Where,
                $"The {what} '{Cut(value, 80)}' is not an absolute http or https link of at most {WebLink.MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters; it was left out.")
            {
                SessionId = SessionId,
            });
            return null;
        }

        public void Report(string what, string message) =>
            Problems.Add(new ImportProblem(ProblemSeverity.Warning, "field-too-long", Where, $"The {what} {message}") { SessionId = SessionId });
    }
}
