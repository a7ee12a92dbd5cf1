// An attendee's app written against the C# client NSwag 14.7 generates from docs/openapi.json (generated/, made by
// OpenApiClientTests), with its defaults (System.Text.Json). It plans Tuesday 11:45 at Sydney and prints what it saw
// as JSON for the test to check. Its times are the venue's wall-clock times, without an offset, as people write them.
// usage: dotnet run -- <base URL>
using System.Text.Json;
using Lcoo.Summit.NSwagClient;

using var http = new HttpClient();
var api = new SummitClient(http) { BaseUrl = args[0] };

var summits = await api.ListSummitsAsync(null);
var page = await api.ListSessionsAsync("sydney-2017", new DateTimeOffset(2017, 11, 7, 0, 0, 0, TimeSpan.FromHours(11)),
    "2017-11-07T11:45:00", "2017-11-07T11:46:00",
    null, null, null, null, null, null, null, 10, null, null, null);

var created = await api.CreateScheduleAsync("sydney-2017", new ScheduleRequest { Name = "Tuesday at Sydney" });
http.DefaultRequestHeaders.Authorization = new("Bearer", created.Token);
var version = created.Schedule.Version;
foreach (var session in page.Items)
{
    version = (await api.AddScheduleSessionAsync(session.Id, created.Id, $"\"v{version}\"")).Schedule.Version;
}

var schedule = await api.GetScheduleAsync(created.Id, null);
var etag = api.LastETag!;
int? unchanged = null;
try
{
    await api.GetScheduleAsync(created.Id, etag);
}
catch (ApiException e)
{
    unchanged = e.StatusCode;
}

using var pdf = await api.ScheduleItineraryAsync(paper: null, lang: null, id: created.Id, if_None_Match: null);
using var ics = await api.ScheduleCalendarAsync(lang: null, id: created.Id, if_None_Match: null);
var frab = await api.ScheduleScheduleJsonAsync(created.Id, null);
// A hall screen in Tokyo: the answer's words in Japanese.
var now = await api.NowAsync("sydney-2017", room: null, at: "2017-11-07T11:50:00", within: null, lang: "ja", if_None_Match: null);

ApiException<ProblemDetails>? problem = null;
try
{
    await api.GetSummitAsync("no-such-summit", null);
}
catch (ApiException<ProblemDetails> e)
{
    problem = e;
}

Console.WriteLine(JsonSerializer.Serialize(new
{
    summits = summits.Select(s => s.Slug),
    sessions = page.Items.Select(s => s.Title),
    version,
    clashes = schedule.Clashes,
    etag,
    unchanged,
    pdf = await Head(pdf.Stream, 5),
    ics = await Head(ics.Stream, 15),
    frabEvents = frab.Schedule.Conference.Days.Sum(d => d.Rooms.Values.Sum(events => events.Count)),
    frabDays = frab.Schedule.Conference.Days.Count,
    onNow = now.OnNow.Count,
    today = now.Today,
    problem = problem is null ? null : new { problem.Result.Status, problem.Result.Title, problem.Result.Detail },
}));

static async Task<string> Head(Stream stream, int length)
{
    var buffer = new byte[length];
    var read = await stream.ReadAtLeastAsync(buffer, length, throwOnEndOfStream: false);
    return System.Text.Encoding.ASCII.GetString(buffer, 0, read);
}
