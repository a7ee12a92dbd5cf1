using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Imports;

/// <summary>What a parser may know beyond the bytes.</summary>
/// <param name="Summit">The summit being imported into, when it exists: year, dates and zone for sources that lack them.</param>
/// <param name="TimeZoneOverride">A zone the coordinator asserts is right for the venue, over the source's label.</param>
public sealed record ImportContext(SummitInfo? Summit = null, string? TimeZoneOverride = null);

/// <summary>A source the parser cannot read at all: wrong shape, not the format, truncated.</summary>
public sealed class ScheduleFormatException(string message, Exception? inner = null) : Exception(message, inner);
