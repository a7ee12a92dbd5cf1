using System.Net;
using System.Text;
using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Api.Storage;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace Lcoo.Summit.Api.Webhooks;

/// <summary>
/// Sends webhooks on the one instance that holds the <c>webhooks</c> lease: fans each outbox entry out into deliveries,
/// then sends the deliveries that are due, signed as Standard Webhooks says, through the guarded client (its resilience
/// handler retries a transient failure within the attempt). A failed attempt is tried again on the retry schedule; an
/// endpoint failing <see cref="WebhookOptions.PauseAfterFailures"/> attempts in a row, or answering 410 Gone, is paused.
/// At least once: an attempt cut short by a crash is made again with the same <c>webhook-id</c>.
/// </summary>
public sealed partial class WebhookDispatcher(
    IWebhookStore webhooks, ISummitStore summits, ICoveragePlanStore plans, SnapshotCache snapshots, ILeaseStore leases,
    IHttpClientFactory http, StoreReadiness readiness, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> log) : LeasedWork(leases, readiness, clock, log)
{
    public const string Name = "webhooks";

    private WebhookOptions Options => options.Value;

    protected override string LeaseName => Name;

    protected override string What => "Webhook dispatch";

    protected override bool Enabled => Options.Dispatch;

    protected override TimeSpan Tick => TimeSpan.FromMilliseconds(Options.TickMilliseconds);

    // A lease outlives three attempt timeouts, so it cannot lapse within one send.
    protected override TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(Options.LeaseSeconds, Options.AttemptTimeoutSeconds * 3 + 5));

    protected override async Task RoundAsync(CancellationToken ct)
    {
        if (await HoldAsync(ct))
        {
            await FanOutAsync(ct);
            await SendDueAsync(ct);
        }
    }

    private async Task FanOutAsync(CancellationToken ct)
    {
        foreach (var entry in await webhooks.ListOutboxAsync(50, ct))
        {
            var endpoints = await webhooks.ListEndpointsAsync(null, ct);
            var changes = (await summits.ListChangesAsync(entry.Summit, entry.Version - 1, 1, ct)).FirstOrDefault(v => v.Version == entry.Version);
            var deliveries = Array.Empty<WebhookDelivery>() as IReadOnlyList<WebhookDelivery>;
            if (changes is not null && endpoints.Count > 0 && await snapshots.GetAsync(entry.Summit, ct) is { } snapshot)
            {
                var broken = endpoints.Any(e => e.Events.Contains(WebhookEvents.CoverageBroken))
                    ? WebhookMessages.BrokenBy(changes, await plans.ListCoveragePlansAsync(entry.Summit, ct), snapshot)
                    : [];
                deliveries = WebhookMessages.Deliveries(entry, changes, snapshot.Zone, endpoints, broken, Clock.GetUtcNow());
            }

            await webhooks.FanOutAsync(entry, deliveries, ct);
        }
    }

    private async Task SendDueAsync(CancellationToken ct)
    {
        while (true)
        {
            var due = await webhooks.ListDueDeliveriesAsync(Clock.GetUtcNow(), 20, ct);
            if (due.Count == 0)
            {
                return;
            }

            var sent = 0;
            foreach (var delivery in due)
            {
                // Renewed per send.
                if (!await HoldAsync(ct))
                {
                    return;
                }

                if (await webhooks.GetEndpointAsync(delivery.Member, delivery.EndpointId, ct) is { Paused: false } endpoint)
                {
                    await SendAsync(delivery, endpoint, ct);
                    sent++;
                }
            }

            // Only deliveries whose endpoint went away or paused meanwhile: they wait for the next tick, not a spin.
            if (sent == 0)
            {
                return;
            }
        }
    }

    /// <summary>One attempt, recorded with what it did to the endpoint.</summary>
    public async Task SendAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, CancellationToken ct)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(Clock.GetUtcNow().ToUnixTimeMilliseconds());
        var (status, error) = await PostAsync(delivery, endpoint, at, ct);
        var attempts = delivery.Attempts + 1;
        if (status is >= 200 and < 300)
        {
            await webhooks.RecordAttemptAsync(
                delivery with { Status = DeliveryStatus.Delivered, Attempts = attempts, LastAttemptAt = at, LastStatus = status, LastError = null },
                endpoint with { ConsecutiveFailures = 0 }, ct);
            return;
        }

        var retries = Options.Retries;
        var failedFor = error ?? $"answered {status} {(HttpStatusCode)status!}";
        var next = attempts <= retries.Count
            ? delivery with { Attempts = attempts, NextAttemptAt = at.AddSeconds(retries[attempts - 1]) }
            : delivery with { Attempts = attempts, Status = DeliveryStatus.Failed };
        var failures = endpoint.ConsecutiveFailures + 1;
        var pause = status == 410 ? $"Paused: the receiver answered 410 Gone at {at:u}, which says it wants no more deliveries."
            : failures >= Options.PauseAfterFailures ? $"Paused after {failures} failed attempts in a row (the last {failedFor}, at {at:u})."
            : null;
        var resume = $" Fix the receiver, then POST /members/{endpoint.Member}/webhooks/{endpoint.Id}/resume: what waits is sent at once.";
        await webhooks.RecordAttemptAsync(next with { LastAttemptAt = at, LastStatus = status, LastError = failedFor },
            endpoint with { ConsecutiveFailures = failures, Paused = endpoint.Paused || pause is not null, PausedReason = pause is null ? endpoint.PausedReason : pause + resume }, ct);
        if (pause is not null)
        {
            LogPaused(endpoint.Id, endpoint.Member, pause);
        }
    }

    private async Task<(int? Status, string? Error)> PostAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, DateTimeOffset at, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.Id);
        request.Headers.Add("webhook-timestamp", at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(endpoint.Secret).Sign(delivery.Id, at, delivery.Payload));
        try
        {
            using var response = await http.CreateClient(WebhookOptions.Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return ((int)response.StatusCode, null);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return (null, Refusal(e)?.Message ?? $"could not be sent: {e.Message}");
        }
    }

    private static Imports.RefusedAddressException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is Imports.RefusedAddressException refused)
            {
                return refused;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {Endpoint} of {Member} paused: {Reason}")]
    private partial void LogPaused(string endpoint, string member, string reason);
}
