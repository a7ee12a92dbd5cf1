namespace Lcoo.Summit.Api.Storage;

/// <summary>Section <c>Storage</c>. The MongoDB connection string is <c>ConnectionStrings:Mongo</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the SQLite file when no MongoDB is configured; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Database name when the connection string names none.</summary>
    public string MongoDatabase { get; set; } = "lcoo-summit";

    /// <summary>How long a request waits for a MongoDB server before the store is reported unavailable.</summary>
    public TimeSpan MongoServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Where reads go in a replica set: <c>Primary</c> (default), <c>PrimaryPreferred</c>, <c>SecondaryPreferred</c>…
    /// Snapshots are versioned, so a read from a lagging secondary is only stale until the next version poll.
    /// </summary>
    public string MongoReadPreference { get; set; } = "Primary";

    /// <summary>The longest a MongoDB query may run before the server stops it (the answer is a 503).</summary>
    public TimeSpan MongoMaxTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an instance asks the store whether a summit changed (another instance imported).</summary>
    public TimeSpan VersionPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait between attempts to initialise a store that is not reachable at start.</summary>
    public TimeSpan InitializeRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
