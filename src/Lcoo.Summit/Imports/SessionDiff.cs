using System.Globalization;
using Lcoo.Summit.Sessions;

namespace Lcoo.Summit.Imports;

/// <summary>The fields a person would call changed between two versions of a session, old → new.</summary>
public static class SessionDiff
{
    public static IReadOnlyList<FieldChange> Compare(Session old, Session @new)
    {
        var changes = new List<FieldChange>();
        void Check(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, Shown(a), Shown(b)));
            }
        }

        Check("title", old.Title, @new.Title);
        Check("abstract", old.Abstract, @new.Abstract);
        Check("track", old.Track, @new.Track);
        Check("type", old.Type, @new.Type);
        Check("level", old.Level, @new.Level);
        Check("room", old.Room, @new.Room);
        Check("start", Instant(old.Start), Instant(@new.Start));
        Check("end", Instant(old.End), Instant(@new.End));
        Check("url", old.SourceUrl, @new.SourceUrl);
        Check("published", old.Published.ToString(), @new.Published.ToString());
        Check("speakers", People(old), People(@new));
        Check("tags", string.Join(", ", old.Tags), string.Join(", ", @new.Tags));
        return changes;
    }

    /// <summary>Long values (abstracts) are shown by their start: a report says what changed, it does not keep both texts.</summary>
    private static string? Shown(string? value) => value is { Length: > 300 } ? value[..297] + "..." : value;

    private static string Instant(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string People(Session s) =>
        string.Join(", ", s.Speakers.Select(p => p.Role == SpeakerRole.Moderator ? $"{p.SpeakerId} (moderator)" : p.SpeakerId));
}
