using Lcoo.Summit.Calendar;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Calendar;

/// <summary>
/// Every field of every event, read back through Ical.Net, for the whole of Sydney and a cancelled session: what a
/// calendar app shows (title, times, room, the speakers line, the link, the abstract, the members as categories) and what
/// it keeps events by (UID, SEQUENCE, STATUS), and the calendar's own name, zone and VTIMEZONE.
/// </summary>
public class ICalendarReadBackTests
{
    private static readonly DateTimeOffset Stamp = new(2017, 11, 1, 9, 30, 0, TimeSpan.Zero);

    private static (SummitSnapshot Snapshot, CancelledSession Gone, Ical.Net.Calendar Calendar) Written()
    {
        var snapshot = SydneySeed.Snapshot;
        var murano = snapshot.FindSession("19266")!;
        var gone = new CancelledSession("gone-1", new SessionState(murano.Start, murano.End, "C3.3", "Sahara - Project Update", []) { Sequence = 2 }, ["att"]);
        var text = ICalendarWriter.Write(snapshot, snapshot.Sessions, "LCOO at Sydney", Stamp, cancelled: [gone]);
        return (snapshot, gone, Ical.Net.Calendar.Load(text)!);
    }

    /// <summary>The speakers line as a person reads it: each speaker by name, then company in brackets, a moderator said so.</summary>
    private static string? SpeakersLine(Session s, SummitSnapshot snapshot)
    {
        var people = s.Speakers.Select(p => (Person: snapshot.FindSpeaker(p.SpeakerId), p.Role)).Where(p => p.Person is not null)
            .Select(p => (p.Person!.Company is { } company ? $"{p.Person.Name} ({company})" : p.Person.Name) + (p.Role == SpeakerRole.Moderator ? ", moderator" : ""))
            .ToList();
        return people.Count == 0 ? null : "Speakers: " + string.Join(", ", people);
    }

    [Fact]
    public void Every_session_comes_back_field_by_field()
    {
        var (snapshot, _, calendar) = Written();

        Assert.Equal(snapshot.Sessions.Count + 1, calendar.Events.Count);
        Assert.All(snapshot.Sessions, s =>
        {
            var e = Assert.Single(calendar.Events, x => x.Uid == $"{s.Id}@sydney-2017");
            Assert.Equal(s.Title, e.Summary);
            Assert.Equal(s.Start, new DateTimeOffset(e.DtStart!.AsUtc, TimeSpan.Zero));
            Assert.Equal(s.End, new DateTimeOffset(e.DtEnd!.AsUtc, TimeSpan.Zero));
            Assert.Equal("Australia/Sydney", e.DtStart.TzId);
            Assert.Equal((Stamp.UtcDateTime, true), (e.DtStamp!.AsUtc, e.DtStamp.IsUtc));
            Assert.Equal(s.Sequence, e.Sequence);
            Assert.Equal(s.Room, e.Location);
            Assert.Equal(s.Members.Order(StringComparer.Ordinal), e.Categories.Order(StringComparer.Ordinal));
            Assert.Equal(s.SourceUrl, e.Url?.ToString());
            Assert.NotEqual("CANCELLED", e.Status);

            var lines = (e.Description ?? "").Split('\n');
            var expected = new List<string>();
            if (SpeakersLine(s, snapshot) is { } speakers)
            {
                expected.Add(speakers);
            }

            if (s.SourceUrl is not null)
            {
                expected.Add(s.SourceUrl);
            }

            Assert.Equal(expected, lines.Take(expected.Count));
            if (s.Abstract is not null)
            {
                Assert.Equal("", lines[expected.Count]);
                Assert.Equal(UnicodeText.Clean(s.Abstract), string.Join("\n", lines.Skip(expected.Count + 1)));
            }
            else
            {
                Assert.Equal(expected.Count, lines.Length - (lines[^1] == "" ? 1 : 0));
            }
        });
    }

    [Fact]
    public void Sydney_has_what_the_field_checks_need_to_mean_something()
    {
        var snapshot = SydneySeed.Snapshot;

        Assert.Contains(snapshot.Sessions, s => s.Room is null);
        Assert.Contains(snapshot.Sessions, s => s.Room is not null);
        Assert.Contains(snapshot.Sessions, s => s.Abstract is not null && s.SourceUrl is not null && SpeakersLine(s, snapshot) is not null);
        Assert.Contains(snapshot.Sessions, s => s.Speakers.Any(p => snapshot.FindSpeaker(p.SpeakerId)?.Company is null) || s.Speakers.Count == 0);
        Assert.Contains(snapshot.Sessions, s => s.Members.Count > 1);
    }

    [Fact]
    public void A_cancelled_session_comes_back_cancelled_one_sequence_on_with_its_members()
    {
        var (_, gone, calendar) = Written();

        var e = Assert.Single(calendar.Events, x => x.Uid == "gone-1@sydney-2017");

        Assert.Equal(("CANCELLED", 3, "Sahara - Project Update"), (e.Status, e.Sequence, e.Summary));
        Assert.Equal(Words.English["Calendar.Cancelled"], e.Description);
        Assert.Equal("C3.3", e.Location);
        Assert.Equal(["att"], e.Categories);
        Assert.Equal(("UTC", true), (e.DtStamp!.TzId, e.DtStamp.IsUtc));
        Assert.Equal(gone.Was.Start, new DateTimeOffset(e.DtStart!.AsUtc, TimeSpan.Zero));
        Assert.Equal(gone.Was.End, new DateTimeOffset(e.DtEnd!.AsUtc, TimeSpan.Zero));
    }

    [Fact]
    public void The_calendar_says_its_name_and_zone_and_its_vtimezone_holds_only_the_rules_from_the_summit_on()
    {
        var (snapshot, _, calendar) = Written();

        var zone = Assert.Single(calendar.TimeZones);
        var observances = zone.TimeZoneInfos.ToList();

        Assert.Equal("LCOO at Sydney", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal("Australia/Sydney", calendar.Properties["X-WR-TIMEZONE"]?.Value);
        Assert.Equal("-//LCOO//Lcoo.Summit//EN", calendar.ProductId);
        Assert.Equal("Australia/Sydney", zone.TzId);
        Assert.Contains(observances, o => o.Name == "STANDARD");
        Assert.Contains(observances, o => o.Name == "DAYLIGHT");
        // Without history: no observance from the zone's past (local mean time, the wars), only rules that recur from the summit's year.
        Assert.All(observances, o => Assert.True(o.DtStart!.Year >= snapshot.Summit.StartDate.Year - 1, $"{o.Name} from {o.DtStart}"));
    }

    [Fact]
    public void A_moderator_is_said_so_and_a_speaker_without_a_company_is_named_alone()
    {
        var seed = SydneySeed.Snapshot;
        var murano = seed.FindSession("19266")!;
        var panel = murano with
        {
            Id = "panel", Room = null,
            Speakers = [new SessionSpeaker("chair", SpeakerRole.Moderator), new SessionSpeaker("guest"), new SessionSpeaker("nobody-known")],
        };
        var snapshot = new SummitSnapshot(seed.Summit, [panel],
            [new Lcoo.Summit.Speakers.Speaker("chair", "Ada Chair", "AT&T", null), new Lcoo.Summit.Speakers.Speaker("guest", "Gus Guest", null, null)], 1);

        var e = Assert.Single(Ical.Net.Calendar.Load(ICalendarWriter.Write(snapshot, [panel], "Panel", Stamp))!.Events);

        Assert.Equal("Speakers: Ada Chair (AT&T), moderator, Gus Guest", e.Description!.Split('\n')[0]);
        Assert.Null(e.Location);
    }
}
