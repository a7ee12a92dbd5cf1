using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using Lcoo.Summit.Text;
using Microsoft.Data.Sqlite;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// schedule.xml as ConfClerk 0.7.1 (the Debian package) imports it: ConfClerk fetches it from the service over a real
/// socket, driven through its own window (tests/tools/confclerk/import.sh), and what it stored in its SQLite database
/// is read back: every session with its time, room and speakers, and the venue it shows under "Where:".
/// </summary>
[Trait("Feature", "Exports")]
public sealed class ConfClerkTests
{
    public static TheoryData<string, string?, string, string> Summits => new()
    {
        { "sydney-2017", null, "Sydney Convention and Exhibition Centre", "Sydney" },
        { "boston-2017", "openstack-api/boston-2017.json", "Hynes Convention Center", "Boston" },
    };

    [Theory]
    [MemberData(nameof(Summits))]
    public async Task ConfClerk_imports_every_session_with_its_speakers_room_and_time_and_shows_the_venue(
        string slug, string? fixture, string venue, string city)
    {
        await using var service = await KestrelService.StartAsync();
        using var client = service.CoordinatorClient();
        if (fixture is not null)
        {
            using var content = new ByteArrayContent(Fixtures.Read(fixture)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            using var imported = await client.PostAsync($"/summits/{slug}/imports", content);
            Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        }

        var expected = await SessionsAsync(client, slug);
        var home = Directory.CreateTempSubdirectory("lcoo-confclerk-").FullName;
        try
        {
            var database = await ImportIntoConfClerkAsync($"{service.BaseUrl}/summits/{slug}/schedule.xml", home);
            await using var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await db.OpenAsync();

            var conference = await RowsAsync(db, "select title, venue, city from conference", r => (Title: r.GetString(0), Venue: r.GetString(1), City: r.GetString(2)));
            Assert.Equal((venue, city), (Assert.Single(conference).Venue, conference[0].City));
            var shown = await RowsAsync(db, """
                select e.start, e.duration, e.title, r.name,
                       coalesce((select group_concat(name, ' | ') from (select p.name from event_person ep
                                 join person p on p.id = ep.xid_person and p.xid_conference = ep.xid_conference
                                 where ep.xid_event = e.id and ep.xid_conference = e.xid_conference order by p.name)), '')
                from event e
                left join event_room er on er.xid_event = e.id and er.xid_conference = e.xid_conference
                left join room r on r.id = er.xid_room
                """, r => new Listing(Describe(DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(0)).DateTime, r.GetInt32(1) / 60, r.GetString(2), r.GetString(3)),
                    [.. r.GetString(4).Split(" | ", StringSplitOptions.RemoveEmptyEntries)]));

            Assert.Equal(expected.Count, shown.Count);
            var unmatched = expected.Where(e => !shown.Any(e.IsShownAs)).Take(5).ToList();
            Assert.True(unmatched.Count == 0, $"ConfClerk shows these sessions otherwise or not at all:\n{string.Join("\n", unmatched)}\nit shows, for instance:\n{string.Join("\n", shown.Take(5))}");
            Assert.True(shown.Count(s => s.Speakers.Count > 0) >= expected.Count(e => e.Speakers.Count > 0) && expected.Any(e => e.Speakers.Count > 0));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>
    /// A session as ConfClerk lists it: its venue-local start (ConfClerk keeps wall-clock times), length, title and room,
    /// and its speakers' names (null where the source gives a speaker no name: ConfClerk then shows the export's placeholder).
    /// </summary>
    private sealed record Listing(string Session, IReadOnlyList<string?> Speakers)
    {
        public bool IsShownAs(Listing shown) => shown.Session == Session && shown.Speakers.Count == Speakers.Count
            && Speakers.OfType<string>().All(shown.Speakers.Contains);

        public override string ToString() => $"{Session}; speakers: {string.Join(" | ", Speakers.Select(s => s ?? "(no name)"))}";
    }

    private static async Task<List<Listing>> SessionsAsync(HttpClient client, string slug)
    {
        var sessions = new List<Listing>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/summits/{slug}/sessions?limit=100{(cursor is null ? "" : $"&cursor={cursor}")}");
            sessions.AddRange(page.Items().Select(s => new Listing(
                Describe(
                    s.GetProperty("start").GetProperty("local").GetDateTimeOffset().DateTime,
                    s.GetProperty("durationMinutes").GetInt32(),
                    s.GetProperty("title").GetString()!,
                    s.GetProperty("room").GetString() ?? Phrases.NoRoom),
                [.. s.GetProperty("speakers").EnumerateArray().Select(p => p.GetProperty("name").GetString())])));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        return sessions;
    }

    private static string Describe(DateTime start, int minutes, string title, string room) =>
        $"{start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {minutes}' {title} @ {room}";

    private static async Task<string> ImportIntoConfClerkAsync(string url, string home)
    {
        var script = Path.Combine(Fixtures.RepoRoot, "tests", "tools", "confclerk", "import.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, url, home]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"ConfClerk's import failed: {await errors}");
        return (await output).Trim();
    }

    private static async Task<List<T>> RowsAsync<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
