namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Named leases in the database, so work that must run on one instance at a time (polling sources, sending webhooks)
/// does: the holder renews it while it works; when the holder dies, the lease runs out and another instance takes it.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes or renews the lease until <paramref name="now"/> + <paramref name="ttl"/>; false while another holder's is unexpired.</summary>
    Task<bool> TryHoldAsync(string name, string holder, DateTimeOffset now, TimeSpan ttl, CancellationToken ct);

    /// <summary>Gives the lease back at once, if <paramref name="holder"/> has it.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken ct);
}
