using Lcoo.Summit.Members;

namespace Lcoo.Summit.Schedule;

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

        if (Speaker is not null && !s.Speakers.Any(p => p.SpeakerId == Speaker || SameName(snapshot.FindSpeaker(p.SpeakerId)?.Name, Speaker)))
        {
            return false;
        }

        if (Company is not null && CompanyName.Key(Company) is var key
            && !s.Speakers.Any(p => CompanyName.Key(snapshot.FindSpeaker(p.SpeakerId)?.Company) is { } k && k == key))
        {
            return false;
        }

        return Text is null || SearchText.ContainsAll(snapshot.SearchTextOf(s), SearchText.Terms(Text));
    }

    private static bool SameName(string? name, string wanted) =>
        name is not null && Import.PersonKey.Fold(name) == Import.PersonKey.Fold(wanted);
}
