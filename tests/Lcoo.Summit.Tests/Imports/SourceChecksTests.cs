using System.Globalization;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>What a source is checked for against its summit: a room it double-books, said in English whatever the host's culture.</summary>
public class SourceChecksTests
{
    [Fact]
    public void A_room_the_source_double_books_is_said_with_an_english_day_on_a_french_host()
    {
        var sydney = SydneySeed.Snapshot;
        var murano = sydney.FindSession("19266")!;
        var overlapping = murano with { Id = "99999", Title = "A second booking", Start = murano.Start.AddMinutes(10), End = murano.End.AddMinutes(10) };
        var source = new ImportedSchedule("openstack-api", sydney.Summit, [murano, overlapping], [], []);
        var before = CultureInfo.CurrentCulture;
        List<ImportProblem> problems;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            problems = [.. SourceChecks.Check(source, sydney.Summit)];
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        var problem = Assert.Single(problems, p => p.Code == "room-double-booked");
        Assert.Equal($"Events 19266 ('{murano.Title}') and 99999 ('A second booking') are both in {murano.Room} at Tue 11:50; both were kept.", problem.Message);
        Assert.Equal("99999", problem.SessionId);
    }

    [Fact]
    public void Three_at_once_in_a_room_are_one_problem_and_back_to_back_sessions_none()
    {
        var sydney = SydneySeed.Snapshot;
        var murano = sydney.FindSession("19266")!;
        var second = murano with { Id = "99998", Title = "Second", Start = murano.Start.AddMinutes(5) };
        var third = murano with { Id = "99999", Title = "Third", Room = murano.Room!.ToUpperInvariant(), Start = murano.Start.AddMinutes(15) };
        var after = murano with { Id = "99997", Title = "After", Start = murano.End, End = murano.End.AddMinutes(40) };
        var source = new ImportedSchedule("openstack-api", sydney.Summit, [murano, third, after, second], [], []);

        var problem = Assert.Single(SourceChecks.Check(source, sydney.Summit), p => p.Code == "room-double-booked");

        Assert.Equal($"Events 19266 ('{murano.Title}'), 99998 ('Second') and 99999 ('Third') are all in {murano.Room} at Tue 11:55; all were kept.", problem.Message);
        Assert.Equal("99999", problem.SessionId);
    }
}
