using Lcoo.Summit.Calendar;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Calendar;

/// <summary>Calendars for summits at any date and with any text, read back through Ical.Net.</summary>
public class ICalendarWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The seed's summit moved by whole years, its sessions with it.</summary>
    private static SummitSnapshot MovedTo(int year)
    {
        var seed = SydneySeed.Snapshot;
        var years = year - seed.Summit.StartDate.Year;
        return new SummitSnapshot(seed.Summit with { StartDate = seed.Summit.StartDate.AddYears(years), EndDate = seed.Summit.EndDate.AddYears(years) },
            seed.Sessions.Select(s => s with { Start = s.Start.AddYears(years), End = s.End.AddYears(years) }), seed.Speakers.Values, 1);
    }

    [Fact]
    public void Sessions_in_the_hour_clocks_go_back_are_written_so_every_reader_gets_their_instant()
    {
        // Madrid, 30 October 2016: 03:00 CEST became 02:00 CET, so 02:00–03:00 happened twice.
        var summit = new SummitInfo("madrid-2016", "Madrid", "Europe/Madrid", new(2016, 10, 29), new(2016, 10, 31), null, []);
        Lcoo.Summit.Sessions.Session At(string id, string start, int minutes) => new(id, $"Session {id}", null, null, null, null, "Room 1",
            DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(minutes), [], [], null);
        Lcoo.Summit.Sessions.Session[] sessions =
        [
            At("first-0230", "2016-10-30T02:30:00+02:00", 20), At("second-0230", "2016-10-30T02:30:00+01:00", 20),
            At("across", "2016-10-30T02:40:00+02:00", 60), At("after", "2016-10-30T10:00:00+01:00", 30), At("before", "2016-10-29T10:00:00+02:00", 30),
        ];
        var snapshot = new SummitSnapshot(summit, sessions, [], 1);

        var calendar = Ical.Net.Calendar.Load(ICalendarWriter.Write(snapshot, sessions, "Madrid", Now))!;

        Assert.All(sessions, s =>
        {
            var e = Assert.Single(calendar.Events, e => e.Uid == $"{s.Id}@madrid-2016");
            Assert.Equal(s.Start.UtcDateTime, e.DtStart!.AsUtc);
            Assert.Equal(s.End.UtcDateTime, e.DtEnd!.AsUtc);
            Assert.True(e.DtEnd.AsUtc > e.DtStart.AsUtc, $"{s.Id} ends before it starts");
        });
        Assert.Equal("Europe/Madrid", calendar.Events.Single(e => e.Uid == "after@madrid-2016").DtStart!.TzId);
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2027)]
    [InlineData(2031)]
    [InlineData(2400)]
    [InlineData(1)]
    public void A_summit_of_any_year_gets_a_calendar_with_its_zone_and_local_times(int year)
    {
        var snapshot = MovedTo(year);

        var text = ICalendarWriter.Write(snapshot, snapshot.Sessions.Where(s => s.Published), "Sydney", Now);

        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal("Australia/Sydney", Assert.Single(calendar.TimeZones).TzId);
        var murano = Assert.Single(calendar.Events, e => e.Uid == "19266@sydney-2017");
        // Before standard time (1895 in Sydney) the zone's local mean time applies, so the wall clock is not 11:40.
        var local = VenueTime.ToVenue(snapshot.FindSession("19266")!.Start, snapshot.Zone).DateTime;
        Assert.Equal(local, murano.DtStart!.Value);
        Assert.True(year < 1895 || local.TimeOfDay == new TimeSpan(11, 40, 0));
        Assert.Equal("Australia/Sydney", murano.DtStart.TzId);
    }

    [Fact]
    public void Control_characters_and_noncharacters_in_titles_and_names_do_not_reach_the_file()
    {
        var seed = SydneySeed.Snapshot;
        var snapshot = new SummitSnapshot(seed.Summit, seed.Sessions.Select(s => s with { Title = "A\u0007B\uFFFE", Room = "R\u0000" }), seed.Speakers.Values, 1);

        var text = ICalendarWriter.Write(snapshot, snapshot.Sessions.Take(1), "Cal\u001B", Now);

        Assert.DoesNotContain(text, c => c is < ' ' and not ('\r' or '\n') || c == '\uFFFE');
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal("A\uFFFDB\uFFFD", Assert.Single(calendar.Events).Summary);
    }

    [Theory]
    [InlineData("en", "Speakers: Felipe Monteiro (AT&T)", "Cancelled: this session is no longer on the summit’s schedule.")]
    [InlineData("fr", "Intervenants\u00a0: Felipe Monteiro (AT&T)", "Annulée\u00a0: cette session ne figure plus au programme du sommet.")]
    [InlineData("ja", "登壇者：Felipe Monteiro (AT&T)", "中止：このセッションはサミットのスケジュールから外れました。")]
    public void What_the_calendar_itself_says_is_in_its_language_and_the_sessions_stay_as_written(string code, string speakers, string cancelledNote)
    {
        var snapshot = SydneySeed.Snapshot;
        var murano = snapshot.FindSession("19266")!;
        var gone = new Lcoo.Summit.Changes.CancelledSession("20396", new Lcoo.Summit.Changes.SessionState(murano.Start, murano.End, "C3.2", "Sahara - Project Update", []), []);

        var calendar = Ical.Net.Calendar.Load(ICalendarWriter.Write(snapshot, [murano], "Sydney", Now, cancelled: [gone], words: new Lcoo.Summit.Text.Words(Lcoo.Summit.Text.Language.Find(code)!)))!;

        var e = Assert.Single(calendar.Events, x => x.Uid == "19266@sydney-2017");
        Assert.Equal(murano.Title, e.Summary);
        Assert.StartsWith(speakers, e.Description);
        var cancelled = Assert.Single(calendar.Events, x => x.Uid == "20396@sydney-2017");
        Assert.Equal(("CANCELLED", cancelledNote, "Sahara - Project Update"), (cancelled.Status, cancelled.Description, cancelled.Summary));
    }
}
