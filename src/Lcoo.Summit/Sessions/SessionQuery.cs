using Lcoo.Summit.Members;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Sessions;

public enum SessionSort
{
    Start,
    Title,
}

/// <summary>Filters over a summit's sessions; every one set must hold. Pure: a predicate over the snapshot.</summary>
public sealed record SessionQuery
{
    /// <summary>The venue-local day the session starts on.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>With <see cref="To"/>: sessions overlapping [From, To), half-open like every interval here.</summary>
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public string? Room { get; init; }

    public string? Track { get; init; }

    public string? Type { get; init; }

    public string? Member { get; init; }

    /// <summary>A speaker id, or a name (matched however it is spaced or cased).</summary>
    public string? Speaker { get; init; }

    /// <summary>A company as any source spells it, matched through <see cref="CompanyName.Key"/>.</summary>
    public string? Company { get; init; }

    /// <summary>Words that must all appear in the title, abstract or speaker names (case and accents ignored).</summary>
    public string? Text { get; init; }

    public bool IncludeUnpublished { get; init; }

    public bool Matches(Session s, SummitSnapshot snapshot)
    {
        if ((!s.Published && !IncludeUnpublished)
            || (Day is { } day && VenueTime.VenueDay(s.Start, snapshot.Zone) != day)
            || (From is { } from && s.End <= from)
            || (To is { } to && s.Start >= to)
            || (Room is not null && !string.Equals(s.Room, Room, StringComparison.OrdinalIgnoreCase))
            || (Track is not null && !string.Equals(s.Track, Track, StringComparison.OrdinalIgnoreCase))
            || (Type is not null && !string.Equals(s.Type, Type, StringComparison.OrdinalIgnoreCase))
            || (Member is not null && !s.Members.Contains(Member, StringComparer.Ordinal)))
        {
            return false;
        }

        if (Speaker is not null && !s.Speakers.Any(p => p.SpeakerId == Speaker || SameName(snapshot.FindSpeaker(p.SpeakerId)?.Name)))
        {
            return false;
        }

        if (Company is not null
            && !s.Speakers.Any(p => CompanyName.Key(snapshot.FindSpeaker(p.SpeakerId)?.Company) is { } k && k == CompanyKey))
        {
            return false;
        }

        return Text is null || SearchText.ContainsAll(snapshot.SearchTextOf(s), Terms);
    }

    // What the query asks for, folded once per query rather than once per session; each cache remembers the value
    // it was made from, so a copy made with 'with' never answers for a different query.
    private (string? From, string[] Terms) _terms;
    private (string? From, string? Key) _company;
    private (string? From, string Name) _speaker;

    private string[] Terms => ReferenceEquals(_terms.From, Text) && _terms.Terms is not null ? _terms.Terms : (_terms = (Text, SearchText.Terms(Text ?? ""))).Terms;

    private string? CompanyKey => ReferenceEquals(_company.From, Company) && _company.From is not null ? _company.Key : (_company = (Company, CompanyName.Key(Company))).Key;

    private string SpeakerName => ReferenceEquals(_speaker.From, Speaker) && _speaker.Name is not null ? _speaker.Name : (_speaker = (Speaker, PersonKey.Fold(Speaker ?? ""))).Name;

    private bool SameName(string? name) => name is not null && PersonKey.Fold(name) == SpeakerName;
}
