namespace Lcoo.Summit.Api.Webhooks;

/// <summary>Section <c>Webhooks</c>: how deliveries are sent and retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public const string Client = "webhooks";

    /// <summary>Whether this instance sends deliveries (one at a time across instances, under a lease); an instance that only imports may leave it off.</summary>
    public bool Dispatch { get; set; } = true;

    public int TickMilliseconds { get; set; } = 1000;

    public int LeaseSeconds { get; set; } = 30;

    /// <summary>
    /// The waits after each failed attempt, in seconds: the first attempt is at once, then the Standard Webhooks schedule
    /// (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). After the last, the delivery is failed.
    /// </summary>
    public List<double> RetrySeconds { get; set; } = [];

    public static readonly IReadOnlyList<double> DefaultRetrySeconds = [5, 300, 1800, 7200, 18000, 36000, 36000];

    /// <summary>Failed attempts in a row, across an endpoint's deliveries, after which it is paused.</summary>
    public int PauseAfterFailures { get; set; } = 10;

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public int AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Hosts, addresses or CIDR ranges a webhook may be sent to although they are internal (a receiver on the same network; tests' loopback).</summary>
    public List<string> AllowedHosts { get; set; } = [];

    public IReadOnlyList<double> Retries => RetrySeconds.Count > 0 ? RetrySeconds : DefaultRetrySeconds;
}
