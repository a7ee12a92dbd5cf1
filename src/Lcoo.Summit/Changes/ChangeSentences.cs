using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Changes;

/// <summary>
/// A change as a person reads it, at the venue's clock: "Murano - Project Update moved to Tue 14:00 · C3.2",
/// "Ship it! was cancelled (it was Tue 11:40 · C3.3)".
/// </summary>
public static class ChangeSentences
{
    public static string Of(PublishedChange change, TimeZoneInfo zone)
    {
        var title = change.Now?.Title ?? change.Title;
        if (change.Was is null)
        {
            return $"{title} was added: {When(change.Now!, zone)}";
        }

        if (change.Now is null)
        {
            return $"{change.Was.Title} was cancelled (it was {When(change.Was, zone)})";
        }

        var parts = new List<string>();
        if (change.Kinds.Contains(ChangeKind.Retitled))
        {
            parts.Add($"{change.Was.Title} is now called {title}");
        }

        if (change.Kinds.Contains(ChangeKind.Moved))
        {
            parts.Add($"{title} moved to {When(change.Now, zone)}");
        }
        else if (change.Kinds.Contains(ChangeKind.RoomChanged))
        {
            parts.Add($"{title} moved to {change.Now.Room ?? Phrases.NoRoom}");
        }

        if (change.Kinds.Contains(ChangeKind.SpeakersChanged))
        {
            parts.Add(change.Now.Speakers.Count == 0 ? $"{title} has no speakers now" : $"{title} is now given by {string.Join(", ", change.Now.Speakers)}");
        }

        return string.Join("; ", parts);
    }

    /// <summary>"Tue 14:00 · C3.2": the venue's day and time, and the room.</summary>
    private static string When(SessionState state, TimeZoneInfo zone) =>
        $"{VenueTime.ToVenue(state.Start, zone).ToString("ddd HH:mm", Phrases.English)} · {state.Room ?? Phrases.NoRoom}";
}
