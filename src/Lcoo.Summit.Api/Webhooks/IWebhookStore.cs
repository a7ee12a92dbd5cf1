namespace Lcoo.Summit.Api.Webhooks;

/// <summary>
/// Members' webhook endpoints, the outbox, and deliveries. The outbox is written by
/// <see cref="Storage.ISummitStore.SaveImportAsync"/> in the import's own write (a version that changed what is published
/// is an outbox entry); <see cref="FanOutAsync"/> turns an entry into deliveries and removes it in one write, keyed so that
/// doing it twice after a crash makes no second delivery.
/// </summary>
public interface IWebhookStore
{
    Task SaveEndpointAsync(WebhookEndpoint endpoint, CancellationToken ct);

    Task<WebhookEndpoint?> GetEndpointAsync(string member, string id, CancellationToken ct);

    /// <summary>A member's endpoints, or every member's when <paramref name="member"/> is null; oldest first.</summary>
    Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(string? member, CancellationToken ct);

    /// <summary>Removes the endpoint and its deliveries; false when there is none.</summary>
    Task<bool> DeleteEndpointAsync(string member, string id, CancellationToken ct);

    /// <summary>Versions waiting to be fanned out, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(int limit, CancellationToken ct);

    /// <summary>Keeps the deliveries (those already kept, by endpoint and id, stay as they are) and removes the entry, in one write.</summary>
    Task FanOutAsync(OutboxEntry entry, IReadOnlyList<WebhookDelivery> deliveries, CancellationToken ct);

    /// <summary>Pending deliveries due at <paramref name="now"/> whose endpoint is not paused, the longest waiting first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct);

    /// <summary>Records an attempt: the delivery as it now stands, and its endpoint's failure count and pause, in one write.</summary>
    Task RecordAttemptAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, CancellationToken ct);

    /// <summary>An endpoint's deliveries, newest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string endpointId, int limit, CancellationToken ct);

    /// <summary>Makes an endpoint's pending deliveries due at <paramref name="now"/> (a resumed endpoint is tried again at once).</summary>
    Task MakeDueAsync(string endpointId, DateTimeOffset now, CancellationToken ct);
}
