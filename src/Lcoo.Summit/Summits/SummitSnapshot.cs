using System.Collections.Frozen;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Summits;

/// <summary>
/// An immutable, versioned view of one summit: what queries, clashes, kiosks and PDFs read.
/// Sessions are kept in the stable order (start, then id) so paging is a binary search.
/// </summary>
public sealed class SummitSnapshot
{
    public static readonly IComparer<Session> StableOrder = Comparer<Session>.Create(static (a, b) =>
    {
        var byStart = a.Start.CompareTo(b.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
    });

    private readonly FrozenDictionary<string, Session> _sessionsById;
    private readonly Lazy<FrozenDictionary<string, string>> _searchText;
    private readonly Lazy<Session[]> _byTitle;
    private readonly Lazy<FrozenDictionary<string, string>> _floors;

    public SummitSnapshot(SummitInfo summit, IEnumerable<Session> sessions, IEnumerable<Speaker> speakers, long version)
    {
        Summit = summit;
        Version = version;
        var ordered = sessions.ToArray();
        Array.Sort(ordered, StableOrder);
        Sessions = ordered;
        _sessionsById = ordered.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        Speakers = speakers.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        Zone = summit.TimeZone;
        // Folding every abstract for search, and sorting by title, wait for the first query that needs them.
        _searchText = new Lazy<FrozenDictionary<string, string>>(() => ordered.ToFrozenDictionary(s => s.Id, s => SearchText.Fold(string.Join('\n',
            new[] { s.Title, s.Abstract }.Concat(s.Speakers.Select(p => FindSpeaker(p.SpeakerId)?.Name)).OfType<string>())), StringComparer.Ordinal));
        _byTitle = new Lazy<Session[]>(() =>
        {
            var byTitle = ordered.ToArray();
            Array.Sort(byTitle, TitleOrder);
            return byTitle;
        });
        _floors = new Lazy<FrozenDictionary<string, string>>(() => summit.Rooms.Where(r => !string.IsNullOrWhiteSpace(r.Floor))
            .DistinctBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(r => r.Name, r => r.Floor!, StringComparer.OrdinalIgnoreCase));
    }

    private SummitSnapshot(SummitSnapshot same, long version)
    {
        (Summit, Version, Zone, Sessions, Speakers) = (same.Summit, version, same.Zone, same.Sessions, same.Speakers);
        (_sessionsById, _searchText, _byTitle, _floors) = (same._sessionsById, same._searchText, same._byTitle, same._floors);
    }

    /// <summary>The same summit as stored at <paramref name="version"/>: what an import that computed it hands its instance.</summary>
    public SummitSnapshot WithVersion(long version) => version == Version ? this : new SummitSnapshot(this, version);

    public static readonly IComparer<Session> TitleOrder = Comparer<Session>.Create(static (a, b) =>
    {
        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Id, b.Id);
    });

    public SummitInfo Summit { get; }

    /// <summary>Bumped by every write to the summit; instances reload when it moves.</summary>
    public long Version { get; }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<Session> Sessions { get; }

    public IReadOnlyDictionary<string, Speaker> Speakers { get; }

    /// <summary>Sessions in the order a listing asks for: by start (the stable order) or by title.</summary>
    public IReadOnlyList<Session> Ordered(SessionSort sort) => sort == SessionSort.Title ? _byTitle.Value : Sessions;

    public Session? FindSession(string id) => _sessionsById.GetValueOrDefault(id);

    /// <summary>The floor or level the summit gives a room ("Level 3 Convention Centre"), where it gives one.</summary>
    public string? FloorOf(string? room) => room is null ? null : _floors.Value.GetValueOrDefault(room);

    /// <summary>Title, abstract and speaker names, folded for search.</summary>
    public string SearchTextOf(Session session) => _searchText.Value.GetValueOrDefault(session.Id, "");

    /// <summary>Index of the first session after <paramref name="after"/> in <paramref name="ordered"/>, by that order's comparer.</summary>
    public static int IndexAfter(IReadOnlyList<Session> ordered, Session after, IComparer<Session> order)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (order.Compare(ordered[mid], after) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public Speaker? FindSpeaker(string id) => Speakers.GetValueOrDefault(id);

    /// <summary>Whether the id is one of the summit's speakers: a record, or named by a session the source has no record for ("Speaker 10101").</summary>
    public bool HasSpeaker(string id) => Speakers.ContainsKey(id) || Sessions.Any(s => s.Speakers.Any(p => p.SpeakerId == id));

    private FrozenDictionary<string, string>? _people;

    /// <summary>
    /// The id that stands for a speaker's person: speakers coordinators declared the same person share one (the
    /// smallest id of the group), everyone else is their own.
    /// </summary>
    public string PersonOf(string speakerId) => (_people ??= SamePeople(Summit.PeopleDecisions)).GetValueOrDefault(speakerId, speakerId);

    private static FrozenDictionary<string, string> SamePeople(IReadOnlyList<PeopleDecision> decisions)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent.TryGetValue(id, out var up) && up != id)
            {
                id = up;
            }

            return id;
        }

        foreach (var d in decisions.Where(d => d.Same))
        {
            var (a, b) = (Root(d.FirstId), Root(d.SecondId));
            if (a != b)
            {
                parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
            }
        }

        return parent.Keys.ToFrozenDictionary(id => id, Root, StringComparer.Ordinal);
    }
}
