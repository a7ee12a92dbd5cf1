using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Lcoo.Summit.Members;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Session = Lcoo.Summit.Sessions.Session;

namespace Lcoo.Summit.Api.Web.Planner;

/// <summary>A published session as the planner shows it: venue-local times, speakers with companies, member companies.</summary>
public sealed record PlannedSession(
    Session Session, DateTime Start, DateTime End, string Time, string Weekday, IReadOnlyList<string> People, IReadOnlyList<MemberCompany> Members)
{
    public static PlannedSession Of(Session s, SummitSnapshot snapshot, MemberDirectory members, Words words)
    {
        var (start, end) = (VenueTime.ToVenue(s.Start, snapshot.Zone).DateTime, VenueTime.ToVenue(s.End, snapshot.Zone).DateTime);
        return new(s, start, end, $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}", words.Date("Format.ShortDay", start),
            [.. s.Speakers.Select(p => snapshot.FindSpeaker(p.SpeakerId)).OfType<Lcoo.Summit.Speakers.Speaker>()
                .Select(p => words.Person(p.Name, p.Company))],
            [.. s.Members.Select(members.Find).OfType<MemberCompany>()]);
    }

    public DateOnly Day => DateOnly.FromDateTime(Start);
}

/// <summary>
/// What the planner needs of one summit version and member list, worked out once and shared by every request until the
/// data changes: the days and their counts, the filter choices, each day's sessions in time order, and each session's
/// card as rendered HTML (<see cref="SessionCard"/>). A busy day's page is then mostly assembling what is here.
/// </summary>
public sealed class PlannerIndex
{
    private readonly Dictionary<DateOnly, List<PlannedSession>> _byDay;
    private readonly Dictionary<string, PlannedSession> _byId;

    public PlannerIndex(SummitSnapshot snapshot, MemberDirectory members, Words words)
    {
        (Snapshot, Members, Words) = (snapshot, members, words);
        var published = snapshot.Sessions.Where(s => s.Published).Select(s => PlannedSession.Of(s, snapshot, members, words)).ToList();
        _byId = published.ToDictionary(p => p.Session.Id, StringComparer.Ordinal);
        _byDay = published.GroupBy(p => p.Day).ToDictionary(g => g.Key, g => g.ToList());
        Days = [.. _byDay.OrderBy(d => d.Key).Select(d => (d.Key, d.Value.Count))];
        Tracks = Distinct(published.Select(p => p.Session.Track));
        Types = Distinct(published.Select(p => p.Session.Type));
        Rooms = Distinct(published.Select(p => p.Session.Room));
    }

    public SummitSnapshot Snapshot { get; }

    public MemberDirectory Members { get; }

    /// <summary>The language this index's cards and days are written in: one index per summit version and language.</summary>
    public Words Words { get; }

    public IReadOnlyList<(DateOnly Date, int Count)> Days { get; }

    public IReadOnlyList<string> Tracks { get; }

    public IReadOnlyList<string> Types { get; }

    public IReadOnlyList<string> Rooms { get; }

    /// <summary>Rendered cards by session id, filled as pages ask for them.</summary>
    internal ConcurrentDictionary<string, MarkupString> Cards { get; } = new(StringComparer.Ordinal);

    /// <summary>Days as drawn, by day and filters: the same view asked again is not laid out again. Bounded: past it, views are built each time.</summary>
    internal ConcurrentDictionary<string, PlanDay> Views { get; } = new(StringComparer.Ordinal);

    internal const int MaxViews = 64;

    /// <summary>A filter's options as rendered HTML, by filter and chosen value (only values that are options: bounded).</summary>
    private readonly ConcurrentDictionary<string, MarkupString> _options = new(StringComparer.Ordinal);

    /// <summary>The <c>option</c> elements of a filter with <paramref name="value"/> selected (none when it is not one of them).</summary>
    public MarkupString OptionsMarkup(string name, IReadOnlyList<string> options, string? value)
    {
        var chosen = options.FirstOrDefault(o => string.Equals(o, value, StringComparison.OrdinalIgnoreCase));
        return _options.GetOrAdd($"{name}|{chosen}", _ =>
        {
            var html = new System.Text.StringBuilder();
            foreach (var option in options)
            {
                html.Append(ReferenceEquals(option, chosen) ? "<option selected>" : "<option>")
                    .Append(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(option)).Append("</option>");
            }

            return new MarkupString(html.ToString());
        });
    }

    public IReadOnlyList<PlannedSession> On(DateOnly day) => _byDay.TryGetValue(day, out var sessions) ? sessions : [];

    public PlannedSession? Find(string id) => _byId.GetValueOrDefault(id);

    private static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>The <see cref="PlannerIndex"/> of each summit version in use; a version no one holds any more is collected with its snapshot.</summary>
public sealed class PlannerIndexes(IServiceProvider services, ILoggerFactory loggers)
{
    private readonly ConditionalWeakTable<SummitSnapshot, ConcurrentDictionary<string, PlannerIndex>> _bySnapshot = [];

    public PlannerIndex For(SummitSnapshot snapshot, MemberDirectory members, Words words)
    {
        var byLanguage = _bySnapshot.GetValue(snapshot, _ => new ConcurrentDictionary<string, PlannerIndex>(StringComparer.Ordinal));
        // By what the members say, not by reference: the directory cache hands out a new one on every poll of the store.
        if (byLanguage.TryGetValue(words.Language.Code, out var index) && index.Members.Fingerprint == members.Fingerprint)
        {
            return index;
        }

        index = new PlannerIndex(snapshot, members, words);
        byLanguage[words.Language.Code] = index;
        return index;
    }

    /// <summary>A day as drawn with these filters (<paramref name="filterKey"/> names them; the query applies them).</summary>
    public async Task<PlanDay> DayAsync(PlannerIndex index, DateOnly day, string filterKey, Lcoo.Summit.Sessions.SessionQuery? query)
    {
        var key = $"{day:yyyy-MM-dd}|{filterKey}";
        if (index.Views.TryGetValue(key, out var view))
        {
            return view;
        }

        var sessions = index.On(day).Where(p => query is null || query.Matches(p.Session, index.Snapshot)).ToList();
        view = PlanDay.Build(day, sessions, await CardsAsync(index, sessions), index.Words);
        if (index.Views.Count < PlannerIndex.MaxViews)
        {
            index.Views.TryAdd(key, view);
        }

        return view;
    }

    /// <summary>The cards of these sessions, in their order; those not yet rendered for this data are rendered together.</summary>
    public async Task<IReadOnlyList<MarkupString>> CardsAsync(PlannerIndex index, IEnumerable<PlannedSession> sessions)
    {
        var wanted = sessions.ToList();
        var missing = wanted.Where(p => !index.Cards.ContainsKey(p.Session.Id)).ToList();
        if (missing.Count > 0)
        {
            // A renderer needs scoped services (Development validates that they are not taken from the root).
            await using var scope = services.CreateAsyncScope();
            await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
            await renderer.Dispatcher.InvokeAsync(async () =>
            {
                foreach (var planned in missing)
                {
                    var output = await renderer.RenderComponentAsync<SessionCard>(ParameterView.FromDictionary(new Dictionary<string, object?>
                    {
                        [nameof(SessionCard.Planned)] = planned,
                        [nameof(SessionCard.Slug)] = index.Snapshot.Summit.Slug,
                        [nameof(SessionCard.Words)] = index.Words,
                    }));
                    index.Cards.TryAdd(planned.Session.Id, new MarkupString(output.ToHtmlString()));
                }
            });
        }

        return [.. wanted.Select(p => index.Cards[p.Session.Id])];
    }
}
