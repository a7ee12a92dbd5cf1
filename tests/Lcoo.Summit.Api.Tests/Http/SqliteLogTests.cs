using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Logs are structured and carry request ids, and never a token or key, whatever the request carried.</summary>
public sealed class SqliteLogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-logs-").FullName;

    private sealed class Sink : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Sink sink, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Lines.Enqueue((category, formatter(state, exception) + exception, state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
        }
    }

    [Fact]
    public async Task A_journey_with_keys_and_tokens_leaves_none_of_them_in_the_logs()
    {
        var sink = new Sink();
        await using var service = ApiFactory.OnSqlite(_root, ("Logging:LogLevel:Default", "Information"));
        using var host = service.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink)));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.CoordinatorKey);
        await ApiFactory.WaitForHealthAsync(client, System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        using var created = await client.PostAsJsonAsync("/summits/sydney-2017/schedules", new { name = "Mine" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, token, feed) = (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("feedUrl").GetString()!);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/schedules/{id}/sessions/19266") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using (await client.SendAsync(put))
        using (await client.GetAsync(feed))
        using (await client.GetAsync($"/schedules/{id}.ics?key=wrong-key-0123456789"))
        using (await client.PostAsync("/summits/sydney-2017/imports", new StringContent("<html>x</html>")))
        {
        }

        var lines = sink.Lines.ToList();
        var all = string.Join("\n", lines.Select(l => $"{l.Category}: {l.Message} {string.Join(" ", l.State.Select(kv => $"{kv.Key}={kv.Value}"))}"));
        var feedKey = feed[(feed.IndexOf("key=", StringComparison.Ordinal) + 4)..];
        Assert.DoesNotContain(ApiFactory.CoordinatorKey, all);
        Assert.DoesNotContain(token, all);
        Assert.DoesNotContain(feedKey, all);
        Assert.DoesNotContain("wrong-key-0123456789", all);

        var request = Assert.Single(lines, l => l.Category == "Lcoo.Summit.Requests" && l.Message.StartsWith("PUT /schedules/{id}/sessions/{sessionId}", StringComparison.Ordinal));
        Assert.Contains(request.State, kv => kv.Key == "RequestId" && kv.Value is string { Length: > 0 });
        Assert.Contains(request.State, kv => kv.Key == "Status" && Equals(kv.Value, 200));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
