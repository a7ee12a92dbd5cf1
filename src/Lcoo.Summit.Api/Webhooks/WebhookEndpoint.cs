namespace Lcoo.Summit.Api.Webhooks;

/// <summary>
/// A member company's webhook: where to POST, which events, and the secret its payloads are signed with (Standard
/// Webhooks: <c>whsec_</c> and base64). <see cref="Paused"/> when it kept failing: deliveries wait until it is resumed.
/// </summary>
/// <param name="Events">Event types it hears (<see cref="WebhookEvents.All"/>).</param>
/// <param name="ConsecutiveFailures">Failed attempts in a row, across its deliveries; a success resets it.</param>
public sealed record WebhookEndpoint(
    string Id, string Member, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset CreatedAt,
    bool Paused = false, string? PausedReason = null, int ConsecutiveFailures = 0);

public enum DeliveryStatus
{
    /// <summary>Not yet delivered: due at its next attempt (or held while its endpoint is paused).</summary>
    Pending,

    Delivered,

    /// <summary>Every attempt of the retry schedule failed.</summary>
    Failed,
}

/// <summary>
/// One message to one endpoint, from the outbox: <see cref="Id"/> is the message's <c>webhook-id</c>, the same on every
/// attempt (the receiver's idempotency key). <see cref="Payload"/> is the exact JSON sent.
/// </summary>
public sealed record WebhookDelivery(
    string Id, string EndpointId, string Member, string Summit, long Version, string Type, string Payload, DateTimeOffset CreatedAt,
    DeliveryStatus Status, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? LastAttemptAt = null, int? LastStatus = null, string? LastError = null);

/// <summary>A version of a summit whose changes are still to be fanned out to the endpoints: written in the import's own write.</summary>
public sealed record OutboxEntry(string Summit, long Version);
