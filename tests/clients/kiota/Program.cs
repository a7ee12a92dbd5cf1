// An attendee's app written against the C# client Kiota 1.38 generates from docs/openapi.json (generated/, made by
// OpenApiClientTests). It plans Tuesday 11:45 at Sydney and prints what it saw as JSON for the test to check.
// usage: dotnet run -- <base URL>
using System.Text.Json;
using Lcoo.Summit.KiotaClient;
using Lcoo.Summit.KiotaClient.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

var answers = new AnswerLog();
using var http = KiotaClientFactory.Create([.. KiotaClientFactory.CreateDefaultHandlers(), answers]);
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = args[0] };
var api = new SummitClient(adapter);

var summits = await api.Summits.GetAsync() ?? [];
var page = await api.Summits["sydney-2017"].Sessions.GetAsync(r =>
{
    r.QueryParameters.Day = new Date(2017, 11, 7);
    r.QueryParameters.From = "2017-11-07T11:45:00+11:00";
    r.QueryParameters.To = "2017-11-07T11:46:00+11:00";
    r.QueryParameters.Limit = 10;
});
var sessions = page?.Items ?? [];

var created = await api.Summits["sydney-2017"].Schedules.PostAsync(new ScheduleRequest { Name = "Tuesday at Sydney" })
    ?? throw new InvalidOperationException("no schedule was created");
void Owner<T>(RequestConfiguration<T> r) where T : class, new() => r.Headers.Add("Authorization", $"Bearer {created.Token}");

var version = created.Schedule!.Version ?? 0;
foreach (var session in sessions)
{
    var update = await api.Schedules[created.Id!].Sessions[session.Id!].PutAsync(r =>
    {
        Owner(r);
        r.Headers.Add("If-Match", $"\"v{version}\"");
    });
    version = update!.Schedule!.Version ?? 0;
}

// The schedule's ETag, read from the answer's headers, then sent back: the service answers 304.
var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
var schedule = await api.Schedules[created.Id!].GetAsync(r => { Owner(r); r.Options.Add(headers); });
var etag = headers.ResponseHeaders["ETag"].Single();
// Kiota gives no body (null) for a 304; the answer log shows the status.
var again = await api.Schedules[created.Id!].GetAsync(r => { Owner(r); r.Headers.Add("If-None-Match", etag); });
var unchanged = again is null ? answers.Statuses.Last() : (int?)null;

await using var pdf = await api.Schedules.WithIdPdf(created.Id!).GetAsync(Owner) ?? Stream.Null;
await using var ics = await api.Schedules.WithIdIcs(created.Id!).GetAsync(Owner) ?? Stream.Null;
var frab = await api.Schedules[created.Id!].ScheduleJson.GetAsync(Owner);
var now = await api.Summits["sydney-2017"].Now.GetAsync(r => r.QueryParameters.At = "2017-11-07T11:50:00+11:00");

ProblemDetails? problem = null;
try
{
    await api.Summits["no-such-summit"].GetAsync();
}
catch (ProblemDetails e)
{
    problem = e;
}

Console.WriteLine(JsonSerializer.Serialize(new
{
    summits = summits.Select(s => s.Slug),
    sessions = sessions.Select(s => s.Title),
    version,
    clashes = schedule?.Clashes,
    etag,
    unchanged,
    pdf = await Head(pdf, 5),
    ics = await Head(ics, 15),
    // Kiota types no map: a day's rooms (room name → events) arrive as untyped arrays.
    frabEvents = frab?.Schedule?.Conference?.Days?.Sum(d => d.Rooms?.AdditionalData.Values.OfType<UntypedArray>().Sum(a => a.GetValue().Count()) ?? 0),
    frabDays = frab?.Schedule?.Conference?.Days?.Count,
    onNow = now?.OnNow?.Count,
    problem = problem is null ? null : new { problem.Status, problem.Title, problem.Detail },
}));

static async Task<string> Head(Stream stream, int length)
{
    var buffer = new byte[length];
    var read = await stream.ReadAtLeastAsync(buffer, length, throwOnEndOfStream: false);
    return System.Text.Encoding.ASCII.GetString(buffer, 0, read);
}

/// <summary>Middleware that notes the status of every answer (Kiota exposes none for a 304).</summary>
internal sealed class AnswerLog : DelegatingHandler
{
    public List<int> Statuses { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        Statuses.Add((int)response.StatusCode);
        return response;
    }
}
