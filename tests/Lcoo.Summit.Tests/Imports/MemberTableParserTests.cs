using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.MemberTables;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

public class MemberTableParserTests
{
    private readonly ImportedSchedule Deck = new MemberTableParser().Parse(
        File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html")), SydneySummit.Context);

    private Lcoo.Summit.Sessions.Session Event(string id) => Deck.Sessions.Single(s => s.Id == id);

    [Fact]
    public void Every_deck_row_becomes_one_session_and_the_duplicate_row_is_folded()
    {
        Assert.Equal(23, Deck.Sessions.Count);
        var duplicate = Assert.Single(Deck.Problems, p => p.Code == "duplicate-row");
        Assert.Contains("20053", duplicate.Message);
    }

    [Fact]
    public void The_duplicate_rows_people_are_united()
    {
        var people = Event("20053").Speakers.Select(s => s.SpeakerId);

        Assert.Equal(["name:seungkyu-ahn", "name:jaesang-lee", "name:taeil-choi"], people);
    }

    [Fact]
    public void Times_are_venue_local_on_the_day_of_the_heading()
    {
        var murano = Event("19266");

        Assert.Equal(SydneySummit.Local(7, 11, 40), murano.Start);
        Assert.Equal(SydneySummit.Local(7, 12, 0), murano.End);
        Assert.Equal(SydneySummit.Local(6, 9, 0), Event("20565").Start);
        Assert.Equal(SydneySummit.Local(8, 16, 30), Event("19883").Start);
    }

    [Fact]
    public void Shifted_titles_are_given_to_the_events_their_urls_name_and_reported()
    {
        Assert.Equal("Ship it! Charting the way to smoother CI/CD with Kubernetes and OpenStack", Event("19568").Title);
        Assert.Equal("A slimmer, thinner, lightweight OpenStack – why it is needed for the success of Edge Cloud?", Event("19579").Title);
        Assert.Equal("OpenStack-Helm: The Ideal Solution for Telco Cloud Life-Cycle Management", Event("19938").Title);
        Assert.Equal(2, Deck.Problems.Count(p => p.Code == "shifted-row"));
        Assert.Contains(Deck.Problems, p => p.Code == "missing-title" && p.Message.Contains("19938"));
    }

    [Fact]
    public void A_cell_running_two_titles_together_gives_the_other_events_title_back()
    {
        var problem = Assert.Single(Deck.Problems, p => p.Code == "titles-run-together");

        Assert.Equal("AT&T's CI/CD Revolution: A Conversation", Event("20067").Title);
        Assert.Equal("20067", problem.SessionId);
        Assert.Contains("'Ship it! Charting the way to smoother CI/CD with Kubernetes and OpenStack' is event 19568's", problem.Message);
        Assert.StartsWith("Tuesday row 10", problem.Where);
    }

    [Fact]
    public void Every_deck_defect_is_reported_with_its_row_and_session()
    {
        string[] Codes(string id) => [.. Deck.Problems.Where(p => p.SessionId == id).Select(p => p.Code).Order()];

        Assert.Equal(["url-without-slug"], Codes("19547"));
        Assert.Equal(["titles-run-together", "url-without-slug"], Codes("20067"));
        Assert.Equal(["title-url-mismatch"], Codes("20581"));
        Assert.Equal(["title-url-mismatch"], Codes("19860"));
        Assert.Equal(["title-url-mismatch"], Codes("20470"));
        Assert.Equal(["name-spellings", "title-url-mismatch"], Codes("20532"));
        Assert.Equal(["shifted-row"], Codes("19568"));
        Assert.Equal(["shifted-row"], Codes("19579"));
        Assert.Equal(["missing-title"], Codes("19938"));
        Assert.Equal(["duplicate-row"], Codes("20053"));
        Assert.Contains("first: Seungkyu Ahn, Jaesang Lee, Taeil Choi; repeat: Seungkyu Ahn, Taeil Choi", Deck.Problems.Single(p => p.Code == "duplicate-row").Message);
        var spelling = Assert.Single(Deck.Problems, p => p.Code == "name-spellings");
        Assert.Contains("'Shintaro Mizuno' (NTT, Wednesday row 2", spelling.Message);
        Assert.Contains("'Shintaro Mizino' (NTT, Tuesday row 1", spelling.Message);
        Assert.All(Deck.Problems, p => Assert.NotNull(p.SessionId));
    }

    [Fact]
    public void People_and_companies_come_from_the_who_cell()
    {
        var people = Deck.Speakers.ToDictionary(s => s.Id);

        Assert.Equal(["name:ryan-van-wyk", "name:alan-meadows", "name:jaesuk-ahn", "name:shintaro-mizino"], Event("19860").Speakers.Select(s => s.SpeakerId));
        Assert.Equal("SKT", people["name:jaesuk-ahn"].Company);
        Assert.Equal("AT&T", people["name:felipe-monteiro"].Company);
        Assert.Equal("masahito muroi", people["name:masahito-muroi"].Name);
    }

    [Fact]
    public void Without_a_summit_the_tables_cannot_be_placed_in_time()
    {
        var error = Assert.Throws<ScheduleFormatException>(() => new MemberTableParser().Parse(
            File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html")), new ImportContext()));

        Assert.Contains("existing summit", error.Message);
    }
}
