using Lcoo.Summit.Api.Seed;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// Creates the schema or indexes and loads the seed, retrying until the store answers: the service
/// starts and reports 503 while MongoDB is unreachable, and becomes ready when it returns, without a restart.
/// </summary>
public sealed partial class StoreInitializer(
    IStorage store,
    SeedLoader seed,
    StoreReadiness readiness,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<StoreInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.InitializeAsync(stoppingToken);
                await seed.LoadAsync(stoppingToken);
                readiness.MarkReady();
                LogReady(store.Kind);
                return;
            }
            catch (StoreUnavailableException e)
            {
                readiness.LastError = e.Message;
                LogUnavailable(store.Kind, options.Value.InitializeRetryDelay, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never let start-up work stop the host: /health stays 503 and the next attempt may succeed.
                readiness.LastError = e.Message;
                LogFailed(store.Kind, options.Value.InitializeRetryDelay, e);
            }

            await Task.Delay(options.Value.InitializeRetryDelay, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {Kind} is ready")]
    private partial void LogReady(string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Initialising the {Kind} store failed, retrying in {Delay}")]
    private partial void LogFailed(string kind, TimeSpan delay, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store {Kind} is unavailable, retrying in {Delay}: {Reason}")]
    private partial void LogUnavailable(string kind, TimeSpan delay, string reason);
}
