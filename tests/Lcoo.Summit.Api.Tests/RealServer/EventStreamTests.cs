using System.Diagnostics;
using System.Net;
using System.Text;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>The event stream on the service's own process, over real sockets, in Production settings: its cap per address and a closed stream's place given back.</summary>
[Trait("Feature", "Changes")]
public sealed class EventStreamTests(RealServerFixture fixture) : RealServerTests(fixture)
{
    [Fact]
    public async Task An_address_holds_eight_streams_a_ninth_is_a_429_problem_and_closing_one_frees_its_place_at_once()
    {
        var open = new List<(HttpClient Client, EventStream Stream)>();
        try
        {
            for (var i = 0; i < Api.Changes.SummitEventStream.StreamsPerAddress; i++)
            {
                var client = Service.Client();
                var stream = await EventStream.OpenAsync(client, "/summits/sydney-2017/events");
                Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
                await stream.NextAsync("heartbeat", TimeSpan.FromSeconds(10));
                open.Add((client, stream));
            }

            using var extra = Service.Client();
            using var refused = await extra.GetAsync("/summits/sydney-2017/events", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(refused.Headers.RetryAfter);

            // Kestrel sees the connection close: the place is free again well before any heartbeat would have found out.
            await open[0].Stream.DisposeAsync();
            open[0].Client.Dispose();
            open.RemoveAt(0);
            var waited = Stopwatch.StartNew();
            while (true)
            {
                var client = Service.Client();
                var again = await EventStream.OpenAsync(client, "/summits/sydney-2017/events");
                if (again.Response.StatusCode == HttpStatusCode.OK)
                {
                    open.Add((client, again));
                    break;
                }

                await again.DisposeAsync();
                client.Dispose();
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "a closed stream's place was not given back");
                await Task.Delay(100);
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10));

            // And the streams still hear an import.
            var page = Encoding.UTF8.GetString(Fixtures.Read("event-pages/20581-no-speakers-no-script.html")).Replace("11:35am-12:15pm", "12:35pm-1:15pm");
            using var coordinator = Service.Client(coordinator: true);
            using var import = await coordinator.PostAsync("/summits/sydney-2017/imports", new StringContent(page, Encoding.UTF8, "text/html"));
            Assert.Equal(HttpStatusCode.Created, import.StatusCode);
            var heard = await open[^1].Stream.NextAsync(within: TimeSpan.FromSeconds(10));
            Assert.Equal("20581", heard.Data.GetProperty("sessions")[0].GetProperty("id").GetString());
        }
        finally
        {
            foreach (var (client, stream) in open)
            {
                await stream.DisposeAsync();
                client.Dispose();
            }
        }
    }
}
