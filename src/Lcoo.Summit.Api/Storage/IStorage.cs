namespace Lcoo.Summit.Api.Storage;

/// <summary>
/// The database itself, under both stores: what kind it is, making its tables or indexes, and whether it answers.
/// Implementations throw <see cref="StoreUnavailableException"/> when the database cannot be reached.
/// </summary>
public interface IStorage
{
    /// <summary><c>sqlite</c> or <c>mongodb</c>, for health output and logs.</summary>
    string Kind { get; }

    /// <summary>Creates tables or indexes; idempotent, safe on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    Task PingAsync(CancellationToken ct);
}
