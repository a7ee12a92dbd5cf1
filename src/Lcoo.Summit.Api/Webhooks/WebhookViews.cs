using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Webhooks;

/// <summary>An endpoint as a coordinator reads it. The secret is shown once, when the endpoint is made.</summary>
/// <param name="Status">Active, or paused and why, in a sentence.</param>
/// <param name="Secret">The signing secret (<c>whsec_…</c>), only in the answer that made the endpoint: verify each delivery's <c>webhook-signature</c> with it.</param>
public sealed record WebhookView(
    string Id, string Member, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, bool Paused, int ConsecutiveFailures, string Status,
    string Deliveries, string? Secret = null)
{
    public static WebhookView Of(WebhookEndpoint e, Links links, bool withSecret = false) => new(
        e.Id, e.Member, e.Url, e.Events, e.CreatedAt, e.Paused, e.ConsecutiveFailures,
        e.Paused ? e.PausedReason ?? "Paused." : e.ConsecutiveFailures > 0 ? e.ConsecutiveFailures == 1 ? "Active; the last attempt failed." : $"Active; the last {e.ConsecutiveFailures} attempts failed." : "Active.",
        links.To($"members/{e.Member}/webhooks/{e.Id}/deliveries"), withSecret ? e.Secret : null);
}

/// <summary>One message to the endpoint and how its sending stands.</summary>
/// <param name="Id">The message's <c>webhook-id</c>: the same on every attempt, the receiver's idempotency key.</param>
/// <param name="NextAttemptAt">When it is tried next, while pending.</param>
public sealed record DeliveryView(
    string Id, string Type, string Summit, long Version, DeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt, int? LastStatus, string? LastError)
{
    public static DeliveryView Of(WebhookDelivery d) => new(
        d.Id, d.Type, d.Summit, d.Version, d.Status, d.Attempts, d.CreatedAt, d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null,
        d.LastAttemptAt, d.LastStatus, d.LastError);
}
