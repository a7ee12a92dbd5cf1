using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Changes;

/// <summary>
/// A change as a person reads it, at the venue's clock: "Murano - Project Update moved to Tue 14:00 · C3.2",
/// "Ship it! was cancelled (it was Tue 11:40 · C3.3)".
/// </summary>
public static class ChangeSentences
{
    public static string Of(PublishedChange change, TimeZoneInfo zone, Words? words = null)
    {
        words ??= Words.English;
        var title = change.Now?.Title ?? change.Title;
        if (change.Was is null)
        {
            return words.Format("Changes.Added", title, When(change.Now!, zone, words));
        }

        if (change.Now is null)
        {
            return words.Format("Changes.Cancelled", change.Was.Title, When(change.Was, zone, words));
        }

        var parts = new List<string>();
        if (change.Kinds.Contains(ChangeKind.Retitled))
        {
            parts.Add(words.Format("Changes.Renamed", change.Was.Title, title));
        }

        if (change.Kinds.Contains(ChangeKind.Moved))
        {
            parts.Add(words.Format("Changes.MovedTime", title, When(change.Now, zone, words)));
        }
        else if (change.Kinds.Contains(ChangeKind.RoomChanged))
        {
            parts.Add(words.Format("Changes.MovedRoom", title, change.Now.Room ?? words["Room.None"]));
        }

        if (change.Kinds.Contains(ChangeKind.SpeakersChanged))
        {
            parts.Add(change.Now.Speakers.Count == 0 ? words.Format("Changes.NoSpeakers", title) : words.Format("Changes.GivenBy", title, words.List(change.Now.Speakers)));
        }

        return string.Join(words["List.Clauses"], parts);
    }

    /// <summary>"Tue 14:00 · C3.2": the venue's day and time, and the room.</summary>
    private static string When(SessionState state, TimeZoneInfo zone, Words words) =>
        $"{words.Date("Format.DayTime", VenueTime.ToVenue(state.Start, zone))} · {state.Room ?? words["Room.None"]}";
}
