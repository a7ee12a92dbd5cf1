using Lcoo.Summit.Imports;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>What is wrong in each of a summit's sources now: its newest import's word on it, and nothing older.</summary>
public class SourceFindingsTests
{
    private static readonly DateTimeOffset Monday = DateTimeOffset.Parse("2017-11-06T00:00:00Z");

    private static ImportReport Report(string id, int hours, IReadOnlyList<ImportedSource> sources, params ImportProblem[] problems) =>
        new(id, "sydney-2017", Monday.AddHours(hours), false, sources, [], [], 0, [], [], problems);

    private static ImportProblem Problem(string code, string? source) => new(ProblemSeverity.Warning, code, "row 2", code) { Source = source };

    private static readonly ImportedSource Dump = new("sydney.json", "openstack", 66, 80), Deck = new("deck.html", "member-table", 0, 0);

    /// <summary>Newest first, as stores list imports: each report adds the sources it is the newest word on.</summary>
    private static List<SourceFindings> Fold(params ImportReport[] newestFirst)
    {
        var found = new List<SourceFindings>();
        foreach (var report in newestFirst)
        {
            found.AddRange(SourceFindings.Of(report, found));
        }

        return found;
    }

    [Fact]
    public void A_source_imported_again_counts_once_from_its_newest_import()
    {
        var found = Fold(
            Report("3", 3, [Dump], Problem("no-room", "sydney.json")),
            Report("2", 2, [Dump, Deck], Problem("old", "sydney.json"), Problem("alias", "deck.html")),
            Report("1", 1, [Deck], Problem("oldest", "deck.html")));

        Assert.Equal([("sydney.json", "3", "no-room"), ("deck.html", "2", "alias")],
            found.SelectMany(f => f.Problems.Select(p => (f.Source.Name, f.ImportId, p.Code))));
        Assert.Equal([Monday.AddHours(3), Monday.AddHours(2)], found.Select(f => f.ImportedAt));
    }

    [Fact]
    public void A_problem_naming_no_source_belongs_to_an_import_of_one_source_only()
    {
        Assert.Equal(["unnamed"], Fold(Report("1", 1, [Dump], Problem("unnamed", null))).Single().Problems.Select(p => p.Code));
        Assert.All(Fold(Report("1", 1, [Dump, Deck], Problem("unnamed", null))), f => Assert.Empty(f.Problems));
    }

    [Fact]
    public void A_source_without_problems_is_still_listed_so_its_clean_bill_replaces_the_older_one()
    {
        var found = Fold(Report("2", 2, [Dump]), Report("1", 1, [Dump], Problem("old", "sydney.json")));

        Assert.Equal("2", Assert.Single(found).ImportId);
        Assert.Empty(found[0].Problems);
    }

    [Fact]
    public void Only_an_import_that_read_a_source_not_yet_found_is_worth_reading()
    {
        var found = Fold(Report("2", 2, [Dump]));

        Assert.False(SourceFindings.CouldAdd(ImportSummary.Of(Report("1", 1, [Dump])), found));
        Assert.True(SourceFindings.CouldAdd(ImportSummary.Of(Report("1", 1, [Dump, Deck])), found));
        Assert.True(SourceFindings.CouldAdd(ImportSummary.Of(Report("1", 1, [Dump with { Format = "frab-json" }])), found));
    }
}
