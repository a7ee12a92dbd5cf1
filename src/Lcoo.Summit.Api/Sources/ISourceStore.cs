namespace Lcoo.Summit.Api.Sources;

/// <summary>Each summit's source, where its polling stands, and the log of its polls.</summary>
public interface ISourceStore
{
    /// <summary>Sets a summit's source (replacing any), due at <paramref name="firstPoll"/>, with its polling state reset.</summary>
    Task<KeptSource> PutSourceAsync(SummitSource source, DateTimeOffset firstPoll, CancellationToken ct);

    Task<KeptSource?> GetSourceAsync(string slug, CancellationToken ct);

    /// <summary>Removes the source and its poll log; false when the summit had none.</summary>
    Task<bool> DeleteSourceAsync(string slug, CancellationToken ct);

    /// <summary>Sources due at <paramref name="now"/>, the longest waiting first.</summary>
    Task<IReadOnlyList<KeptSource>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct);

    /// <summary>
    /// Logs a poll and sets the state it leaves, in one write, if the source is still at <paramref name="revision"/>;
    /// false (nothing written) when a coordinator replaced or removed it meanwhile. The log keeps the newest 500 polls.
    /// </summary>
    Task<bool> RecordPollAsync(string slug, long revision, SourcePoll poll, SourceState next, CancellationToken ct);

    /// <summary>Makes the source due now (a coordinator's "poll now"); false when there is none.</summary>
    Task<bool> MakeDueAsync(string slug, DateTimeOffset now, CancellationToken ct);

    /// <summary>The newest polls first.</summary>
    Task<IReadOnlyList<SourcePoll>> ListPollsAsync(string slug, int limit, CancellationToken ct);
}
