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
}
