using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lcoo.Summit.Api.Changes;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Coverage;

namespace Lcoo.Summit.Api.Webhooks;

/// <summary>A webhook's payload, shaped as Standard Webhooks suggests: what happened, when, and its data.</summary>
public sealed record WebhookMessage<T>(string Type, DateTimeOffset Timestamp, T Data);

/// <summary>One of the member's sessions changed: the change as the changelog gives it (was, now, the sentence).</summary>
public sealed record SessionEventData(string Summit, long Version, string Member, SessionChangeView Session);

/// <summary>A change broke assignments of one of the member's coverage plans: which, and why, in words.</summary>
public sealed record CoverageEventData(string Summit, long Version, string Member, string Plan, IReadOnlyList<BrokenAssignment> Broken);

/// <summary>A coverage plan and the assignments a version's changes broke.</summary>
public sealed record BrokenPlan(string PlanId, IReadOnlyList<string> Members, IReadOnlyList<BrokenAssignment> Broken);

/// <summary>
/// What one outbox entry (a summit's version) becomes: a delivery per endpoint for each change of its member's sessions
/// that the endpoint listens for, and for each of its member's coverage plans the change broke. Message ids are made
/// from what the message is about, so the same version fanned out again makes the same ids.
/// </summary>
public static class WebhookMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<WebhookDelivery> Deliveries(
        OutboxEntry entry, SummitVersionChanges? changes, TimeZoneInfo zone, IReadOnlyList<WebhookEndpoint> endpoints, IReadOnlyList<BrokenPlan> broken, DateTimeOffset now)
    {
        if (changes is null)
        {
            return [];
        }

        var deliveries = new List<WebhookDelivery>();
        foreach (var endpoint in endpoints)
        {
            foreach (var change in changes.Sessions.Where(c => c.Members.Contains(endpoint.Member)))
            {
                if (WebhookEvents.Of(change).FirstOrDefault(endpoint.Events.Contains) is not { } type)
                {
                    continue;
                }

                var data = new SessionEventData(entry.Summit, entry.Version, endpoint.Member, SessionChangeView.From(change, zone, Lcoo.Summit.Text.Words.English));
                deliveries.Add(Delivery(endpoint, entry, MessageId(entry, "session", change.SessionId), type, JsonSerializer.Serialize(new WebhookMessage<SessionEventData>(type, changes.At, data), Json), now));
            }

            if (!endpoint.Events.Contains(WebhookEvents.CoverageBroken))
            {
                continue;
            }

            foreach (var plan in broken.Where(p => p.Members.Contains(endpoint.Member) && p.Broken.Count > 0))
            {
                var data = new CoverageEventData(entry.Summit, entry.Version, endpoint.Member, plan.PlanId, plan.Broken);
                deliveries.Add(Delivery(endpoint, entry, MessageId(entry, "coverage", plan.PlanId), WebhookEvents.CoverageBroken,
                    JsonSerializer.Serialize(new WebhookMessage<CoverageEventData>(WebhookEvents.CoverageBroken, changes.At, data), Json), now));
            }
        }

        return deliveries;
    }

    /// <summary>The assignments of each plan that this version's changes broke (not those an earlier version broke).</summary>
    public static IReadOnlyList<BrokenPlan> BrokenBy(SummitVersionChanges changes, IEnumerable<KeptCoveragePlan> plans, Lcoo.Summit.Summits.SummitSnapshot now)
    {
        var changed = changes.Sessions.Select(c => c.SessionId).ToHashSet(StringComparer.Ordinal);
        return [.. plans
            .Select(p => new BrokenPlan(p.Id, p.Plan.Members, [.. CoverageCheck.Broken(p.Plan, now).Where(b => changed.Contains(b.SessionId))]))
            .Where(p => p.Broken.Count > 0)];
    }

    private static WebhookDelivery Delivery(WebhookEndpoint endpoint, OutboxEntry entry, string id, string type, string payload, DateTimeOffset now) =>
        new(id, endpoint.Id, endpoint.Member, entry.Summit, entry.Version, type, payload, now, DeliveryStatus.Pending, 0, now);

    private static string MessageId(OutboxEntry entry, string about, string id) =>
        "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{entry.Summit}\n{entry.Version}\n{about}\n{id}")))[..32];
}
