using System.Net;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;

using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Changes;

/// <summary>
/// <c>GET /summits/{slug}/events</c>: a server-sent event stream per client. Each time the summit's version moves
/// (<see cref="SummitVersionWatch"/>), a <c>version</c> event with the version as its id and what it changed as its
/// data; a <c>heartbeat</c> event when nothing happened for a while; what was missed first, after a reconnect with
/// Last-Event-ID. The stream ends when the client goes or the service stops.
/// </summary>
public static class SummitEventStream
{
    public const int StreamsPerAddress = 8;

    public static async Task<Results<ServerSentEventsResult<VersionView>, ProblemHttpResult>> Stream(
        string slug, string? lang, HttpContext http, SnapshotCache snapshots, ISummitStore store, SummitVersionWatch watch, IHostApplicationLifetime lifetime, TimeProvider clock,
        CancellationToken ct)
    {
        // Each stream says its changes in its own language: the page's, which EventSource can only give in the address.
        if (!RequestLanguage.TryRead(http, lang, out var language, out var wrong))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language", detail: wrong);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        if (!watch.TryOpenStream(address, StreamsPerAddress))
        {
            http.Response.Headers.RetryAfter = "30";
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many event streams",
                detail: $"This address has {StreamsPerAddress} event streams open already: close one (one per page is enough), or poll GET /summits/{slug}/changes.");
        }

        var resumeFrom = long.TryParse(http.Request.Headers["Last-Event-ID"], out var last) && last >= 0 ? last : snapshot.Version;
        var subscription = watch.Subscribe(slug, snapshot.Version);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Response.RegisterForDispose(subscription);
        http.Response.RegisterForDispose(stop);
        http.Response.OnCompleted(() =>
        {
            watch.CloseStream(address);
            return Task.CompletedTask;
        });
        return TypedResults.ServerSentEvents(Events(slug, resumeFrom, snapshot.Version, subscription, watch.Heartbeat, store, snapshots, clock, new Words(language), stop.Token));
    }

    private static async IAsyncEnumerable<SseItem<VersionView>> Events(
        string slug, long sent, long current, SummitVersionWatch.Subscription subscription, TimeSpan heartbeat, ISummitStore store, SnapshotCache snapshots,
        TimeProvider clock, Words words, [EnumeratorCancellation] CancellationToken ct)
    {
        // A heartbeat at once sends the answer's headers: the client knows it is listening (EventSource's open).
        yield return new SseItem<VersionView>(new VersionView(current, clock.GetUtcNow(), []), "heartbeat");

        // A client resuming from an older version hears what it missed before anything new.
        if (sent < current)
        {
            await foreach (var missed in Since(slug, sent, current, store, snapshots, clock, words, ct))
            {
                yield return missed;
            }

            sent = current;
        }

        while (!ct.IsCancellationRequested)
        {
            long? moved;
            try
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(heartbeat);
                moved = await subscription.Versions.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                moved = null;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            if (moved is not { } version)
            {
                yield return new SseItem<VersionView>(new VersionView(sent, clock.GetUtcNow(), []), "heartbeat");
                continue;
            }

            if (version <= sent)
            {
                continue;
            }

            await foreach (var item in Since(slug, sent, version, store, snapshots, clock, words, ct))
            {
                yield return item;
            }

            sent = version;
        }
    }

    /// <summary>The versions after <paramref name="since"/> up to <paramref name="upTo"/>, oldest first; the last one even when it changed nothing published.</summary>
    private static async IAsyncEnumerable<SseItem<VersionView>> Since(
        string slug, long since, long upTo, ISummitStore store, SnapshotCache snapshots, TimeProvider clock, Words words, [EnumeratorCancellation] CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(slug, ct);
        var zone = snapshot?.Zone ?? TimeZoneInfo.Utc;
        var versions = (await store.ListChangesAsync(slug, since, ChangesApi.MostVersions, ct)).Where(v => v.Version <= upTo).OrderBy(v => v.Version).ToList();
        foreach (var v in versions)
        {
            yield return Item(new VersionView(v.Version, v.At, [.. v.Sessions.Select(c => SessionChangeView.From(c, zone, words))]));
        }

        if (versions.Count == 0 || versions[^1].Version < upTo)
        {
            yield return Item(new VersionView(upTo, clock.GetUtcNow(), []));
        }
    }

    private static SseItem<VersionView> Item(VersionView view) =>
        new(view, "version") { EventId = view.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ReconnectionInterval = TimeSpan.FromSeconds(2) };
}
