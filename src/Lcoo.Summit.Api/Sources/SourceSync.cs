using System.Security.Cryptography;
using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Imports;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Sources;

/// <summary>
/// Polls summits' sources on the one instance that holds the <c>source-sync</c> lease: a conditional GET through the
/// SSRF-safe fetch, an import when the body changed, and a line in the poll log for every poll. A failing source backs
/// off (its interval doubled per failure in a row, up to <see cref="SourceOptions.MaxBackoffSeconds"/>, and never sooner
/// than the server's Retry-After).
/// </summary>
public sealed partial class SourceSync(
    ISourceStore sources, ILeaseStore leases, ScheduleFetcher fetcher, ImportService imports, StoreReadiness readiness,
    TimeProvider clock, IOptions<SourceOptions> options, ILogger<SourceSync> log) : LeasedWork(leases, readiness, clock, log)
{
    public const string Name = "source-sync";

    protected override string LeaseName => Name;

    protected override string What => "Source polling";

    protected override TimeSpan Tick => TimeSpan.FromMilliseconds(options.Value.TickMilliseconds);

    protected override TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds));

    protected override async Task RoundAsync(CancellationToken ct)
    {
        while (await HoldAsync(ct))
        {
            var due = await sources.ListDueSourcesAsync(Clock.GetUtcNow(), 1, ct);
            if (due.Count == 0)
            {
                return;
            }

            // The lease is renewed while a poll runs, so a slow source (up to Imports:FetchTimeout) does not let another instance in.
            using var held = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var renewing = RenewAsync(held);
            try
            {
                await PollAsync(due[0], held.Token);
            }
            finally
            {
                await held.CancelAsync();
                await renewing;
            }
        }
    }

    private async Task RenewAsync(CancellationTokenSource held)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 3, Clock, held.Token);
                if (!await HoldAsync(held.Token))
                {
                    await held.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Polls one source and records the poll; returns it.</summary>
    public async Task<SourcePoll> PollAsync(KeptSource kept, CancellationToken ct)
    {
        var (source, state) = (kept.Source, kept.State);
        var started = Clock.GetTimestamp();
        // Stores keep instants to the millisecond (SQLite's column, BSON dates): the log says what they keep.
        var at = DateTimeOffset.FromUnixTimeMilliseconds(Clock.GetUtcNow().ToUnixTimeMilliseconds());
        var fetched = await fetcher.FetchAsync(source.Url, state.Validators, ct);
        var (poll, next) = await OutcomeAsync(source, state, fetched, at, ct);
        poll = poll with { Milliseconds = Math.Round(Clock.GetElapsedTime(started).TotalMilliseconds, 1) };
        next = next with { LastPoll = poll };
        if (!await sources.RecordPollAsync(source.Summit, kept.Revision, poll, next, ct))
        {
            LogReplaced(source.Summit);
        }

        return poll;
    }

    private async Task<(SourcePoll, SourceState)> OutcomeAsync(SummitSource source, SourceState state, FetchResult fetched, DateTimeOffset at, CancellationToken ct)
    {
        var onTime = at.AddSeconds(source.IntervalSeconds);
        if (fetched.NotModified)
        {
            return (new SourcePoll(at, PollOutcome.Unchanged, fetched.Status, 0, 0, null, null, 0, "Not modified since the last poll."),
                state with { NextPollAt = onTime, Failures = 0, Validators = fetched.Validators });
        }

        if (fetched.Source is not { } body)
        {
            return Failed(fetched.Status, 0, fetched.Refused?.Detail ?? "The fetch failed.", fetched.RetryAfter);
        }

        var bytes = body.Content.Length;
        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Content.Span));
        if (hash == state.BodyHash)
        {
            return (new SourcePoll(at, PollOutcome.Unchanged, fetched.Status, bytes, 0, null, null, 0, "The same body as at the last import."),
                state with { NextPollAt = onTime, Failures = 0, Validators = fetched.Validators });
        }

        ImportOutcome outcome;
        try
        {
            (outcome, _) = await imports.ImportAsync(source.Summit, [body], new ImportOptions(false, source.Format, source.TimeZone), null, ct);
        }
        catch (Exception e) when (e is not (OperationCanceledException or StoreUnavailableException))
        {
            // One source the importer trips on must not stop the others: it backs off like any failure.
            return Failed(fetched.Status, bytes, $"The import failed: {e.Message}", null);
        }

        return outcome switch
        {
            ImportPlan { Report: var report } => (
                new SourcePoll(at, PollOutcome.Imported, fetched.Status, bytes, 0, report.Id, report.Version, report.PublishedChanges.Count,
                    report.PublishedChanges.Count switch
                    {
                        0 => "Imported; nothing published changed.",
                        1 => "Imported; 1 published change.",
                        var n => $"Imported; {n} published changes.",
                    }),
                state with { NextPollAt = onTime, Failures = 0, Validators = fetched.Validators, BodyHash = hash }),
            ImportRefused refused => Failed(fetched.Status, bytes, $"{refused.Title}: {refused.Detail}", null),
            var other => throw new InvalidOperationException($"Unexpected import outcome {other}"),
        };

        (SourcePoll, SourceState) Failed(int? status, long size, string detail, TimeSpan? retryAfter)
        {
            var failures = state.Failures + 1;
            var wait = Backoff(source.IntervalSeconds, failures, options.Value.MaxBackoffSeconds, retryAfter);
            return (new SourcePoll(at, PollOutcome.Failed, status, size, 0, null, null, 0, detail),
                state with { NextPollAt = at + wait, Failures = failures });
        }
    }

    /// <summary>The interval doubled per failure in a row, at most <paramref name="maxSeconds"/> (or the interval, if longer), and no sooner than Retry-After.</summary>
    public static TimeSpan Backoff(int intervalSeconds, int failures, int maxSeconds, TimeSpan? retryAfter)
    {
        var doubled = intervalSeconds * Math.Pow(2, Math.Min(failures, 20));
        var wait = TimeSpan.FromSeconds(Math.Min(doubled, Math.Max(maxSeconds, intervalSeconds)));
        return retryAfter is { } asked && asked > wait ? asked : wait;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The source of {Summit} was replaced or removed during a poll; that poll is not recorded.")]
    private partial void LogReplaced(string summit);
}
