using System.Text.Json;

namespace Lcoo.Summit.Testing;

/// <summary>A text/event-stream read as a browser's EventSource reads it: events of lines, ended by a blank line.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    public sealed record Event(string Type, string? Id, JsonElement Data);

    private EventStream(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

    public HttpResponseMessage Response => _response;

    public static async Task<EventStream> OpenAsync(HttpClient client, string url, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Accept", "text/event-stream" } } };
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event of this type (others, such as heartbeats, are skipped), or a timeout.</summary>
    public async Task<Event> NextAsync(string type = "version", TimeSpan? within = null)
    {
        using var cancel = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var (eventType, id, data) = ("message", (string?)null, new List<string>());
            string? line;
            while ((line = await _reader.ReadLineAsync(cancel.Token)) is { Length: > 0 })
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
                switch (field)
                {
                    case "event": eventType = value; break;
                    case "id": id = value; break;
                    case "data": data.Add(value); break;
                }
            }

            if (line is null)
            {
                throw new EndOfStreamException("The event stream ended.");
            }

            if (data.Count > 0 && eventType == type)
            {
                return new Event(eventType, id, JsonDocument.Parse(string.Join("\n", data)).RootElement.Clone());
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
