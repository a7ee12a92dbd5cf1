using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>What the pipeline decided: a plan to write, or a refusal that writes nothing.</summary>
public abstract record ImportOutcome;

/// <summary>Why an import was refused; the API turns each into a status code at its edge.</summary>
public enum ImportRefusal
{
    /// <summary>No source at all.</summary>
    NothingToImport,

    /// <summary>The summit or the member list changed since the dry run this import was to apply.</summary>
    BaseMoved,

    /// <summary>The format the caller named is not one this service reads.</summary>
    UnknownFormat,

    /// <summary>The time zone the caller named is not an IANA zone.</summary>
    UnknownTimeZone,

    /// <summary>A source is in no format this service recognises.</summary>
    NotASchedule,

    /// <summary>A source is in a known format but cannot be read (malformed, truncated, too big or deep).</summary>
    Unreadable,

    /// <summary>No such summit, and no source says what it is.</summary>
    SummitNotFound,

    /// <summary>A source describes another summit than the one imported into.</summary>
    WrongSummit,

    /// <summary>A new summit whose sources give no usable name or days.</summary>
    NoUsableSummit,

    /// <summary>The summit kept changing under the import (other imports through other instances): try again.</summary>
    Busy,
}

public sealed record ImportRefused(ImportRefusal Reason, string Title, string Detail) : ImportOutcome;

/// <summary>An import worked out: what the store writes, the report that describes it, and the summit as it will then be.</summary>
/// <param name="After">The summit once the write is done (its version is the store's to give: see <see cref="SummitSnapshot.WithVersion"/>).</param>
public sealed record ImportPlan(ImportReport Report, SummitWrite Write, SummitSnapshot After) : ImportOutcome;

/// <summary>
/// A change to one summit: its metadata, the sessions to upsert (tagged), speakers, and sessions to delete.
/// <see cref="ChangesData"/> is false when the import found everything as it was: its report is kept, the version stays.
/// </summary>
public sealed record SummitWrite(
    SummitInfo Summit, IReadOnlyList<Session> Sessions, IReadOnlyList<Speaker> Speakers, IReadOnlyList<string> RemovedSessionIds, bool SummitChanged)
{
    public bool ChangesData => SummitChanged || Sessions.Count > 0 || Speakers.Count > 0 || RemovedSessionIds.Count > 0;
}
