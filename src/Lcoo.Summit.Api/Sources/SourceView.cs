using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Sources;

/// <summary>A summit's source as a coordinator reads it: the setting, where polling stands, and a sentence saying so.</summary>
/// <param name="Failures">Failed polls in a row: while above 0 the source is backing off.</param>
/// <param name="Status">Where polling stands, in a sentence (last outcome, next poll, backing off).</param>
public sealed record SourceView(
    string Url, string? Format, string? TimeZone, int IntervalSeconds, DateTimeOffset NextPollAt, int Failures, bool BackingOff,
    SourcePollView? LastPoll, string Status, string Polls)
{
    public static SourceView Of(KeptSource kept, DateTimeOffset now, Links links)
    {
        var (source, state) = (kept.Source, kept.State);
        var next = state.NextPollAt <= now ? "next poll now" : $"next poll {state.NextPollAt:yyyy-MM-dd HH:mm:ss} UTC";
        var status = state.LastPoll switch
        {
            null => $"Not polled yet; {next}.",
            { Outcome: PollOutcome.Failed } last => $"{(state.Failures == 1 ? "1 failed poll" : $"{state.Failures} failed polls in a row")}, backing off; {next}. Last: {last.Detail}",
            var last => $"Last polled {last.At:yyyy-MM-dd HH:mm:ss} UTC: {SourcePollView.Said(last.Outcome)}; {next}.",
        };
        return new SourceView(source.Url, source.Format, source.TimeZone, source.IntervalSeconds, state.NextPollAt, state.Failures, state.Failures > 0,
            state.LastPoll is { } poll ? SourcePollView.Of(poll, source.Summit, links) : null, status, links.To($"summits/{source.Summit}/source/polls"));
    }
}

/// <summary>One poll in the log.</summary>
/// <param name="Outcome"><c>Imported</c> (the body changed and was imported), <c>Unchanged</c> (304, or the same body), or <c>Failed</c>.</param>
/// <param name="Status">The HTTP status the source answered; null when it did not answer at all.</param>
/// <param name="Import">The import the poll made, when it made one.</param>
public sealed record SourcePollView(
    DateTimeOffset At, PollOutcome Outcome, int? Status, long Bytes, double Milliseconds, bool Changed, long? Version, int Changes, string? Detail, string? Import)
{
    public static SourcePollView Of(SourcePoll poll, string slug, Links links) => new(
        poll.At, poll.Outcome, poll.Status, poll.Bytes, poll.Milliseconds, poll.Outcome == PollOutcome.Imported, poll.Version, poll.Changes, poll.Detail,
        poll.ImportId is { } id ? links.To($"summits/{slug}/imports/{id}") : null);

    public static string Said(PollOutcome outcome) => outcome switch
    {
        PollOutcome.Imported => "changed, imported",
        PollOutcome.Unchanged => "unchanged",
        _ => "failed",
    };
}
