using System.Globalization;
using System.Threading.RateLimiting;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>Section <c>Schedules</c>: how many anonymous schedules may be made, and how long unused ones are kept.</summary>
public sealed class ScheduleLimits
{
    public const string Section = "Schedules";

    /// <summary>New schedules one client address may make in an hour (a venue's Wi-Fi puts hundreds of attendees behind one).</summary>
    public int PerAddressPerHour { get; set; } = 300;

    /// <summary>Schedules one summit may hold at once (the largest OpenStack summits had about 7,500 attendees).</summary>
    public int PerSummit { get; set; } = 50_000;

    /// <summary>A schedule nobody picked anything into is removed this long after its last change.</summary>
    public TimeSpan EmptyKeptFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Once a summit has been over this long, its schedules not changed for as long are removed.</summary>
    public TimeSpan KeptAfterSummit { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The quota on making schedules: a fixed hourly window per client address (in memory, per instance) and a cap per
/// summit (counted in the store, so it holds across instances). A refusal is a 429 that says which limit and when to retry.
/// </summary>
public sealed class ScheduleQuota(IOptions<ScheduleLimits> options, IScheduleStore store) : IDisposable
{
    private readonly ScheduleLimits _limits = options.Value;

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerAddressPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <returns>Null when a schedule may be made; otherwise the 429 to answer.</returns>
    public async Task<ProblemHttpResult?> RefuseAsync(HttpContext http, string summit, CancellationToken ct)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _perAddress.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromHours(1);
            return TooMany(http, retry, $"This address made {Count(_limits.PerAddressPerHour)} schedules in the last hour, as many as it may. " +
                $"Try again in {Minutes(retry)}, or keep using a schedule already made (its link opens it on any device).");
        }

        if (await store.CountSchedulesAsync(summit, ct) >= _limits.PerSummit)
        {
            return TooMany(http, TimeSpan.FromHours(1), $"Summit '{summit}' holds {Count(_limits.PerSummit)} personal schedules, as many as it may. " +
                "Schedules nobody picked a session into are removed after a day; try again later, or keep using a schedule already made.");
        }

        return null;
    }

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan retry, string detail)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many schedules", detail: detail);
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan t) => t.TotalMinutes < 2 ? $"{Count((int)Math.Ceiling(t.TotalSeconds))} s" : $"{Count((int)Math.Ceiling(t.TotalMinutes))} minutes";

    public void Dispose() => _perAddress.Dispose();
}
