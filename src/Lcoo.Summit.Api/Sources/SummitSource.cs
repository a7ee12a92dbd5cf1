using Lcoo.Summit.Api.Imports;

namespace Lcoo.Summit.Api.Sources;

/// <summary>Where a summit's schedule is published, and how to read it: what the service polls and imports from.</summary>
/// <param name="Format">A parser's name (<c>openstack-api</c>, <c>frab-xml</c>…), or null to detect it from the content.</param>
/// <param name="TimeZone">The venue's IANA zone over the source's own labels, as an import's <c>timeZone=</c>.</param>
public sealed record SummitSource(string Summit, string Url, string? Format, string? TimeZone, int IntervalSeconds);

/// <summary>Where polling of a source stands: when next, how many failures in a row, and what the last copy was.</summary>
/// <param name="BodyHash">SHA-256 of the last body imported: a server without validators that answers the same body again imports nothing.</param>
public sealed record SourceState(DateTimeOffset NextPollAt, int Failures, FetchValidators Validators, string? BodyHash, SourcePoll? LastPoll)
{
    public static SourceState First(DateTimeOffset at) => new(at, 0, new FetchValidators(null, null), null, null);
}

/// <summary>A source as kept: <paramref name="Revision"/> moves each time a coordinator sets it, so a poll of an old setting is not recorded over a new one.</summary>
public sealed record KeptSource(SummitSource Source, SourceState State, long Revision);

public enum PollOutcome
{
    /// <summary>The body changed and was imported (the import may still have changed nothing published).</summary>
    Imported,

    /// <summary>The server answered 304, or the same body as last time: nothing imported.</summary>
    Unchanged,

    /// <summary>The fetch or the import failed; the next poll backs off.</summary>
    Failed,
}

/// <summary>One poll, as the log keeps it.</summary>
/// <param name="Status">The HTTP status the source answered; null when it did not answer (refused address, timeout, connection failed).</param>
/// <param name="Changes">How many published changes the import made (0 when it changed nothing published).</param>
public sealed record SourcePoll(DateTimeOffset At, PollOutcome Outcome, int? Status, long Bytes, double Milliseconds, string? ImportId, long? Version, int Changes, string? Detail);
