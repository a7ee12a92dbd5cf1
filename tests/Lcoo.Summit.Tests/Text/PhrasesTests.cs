using Lcoo.Summit.Text;

namespace Lcoo.Summit.Tests.Text;

/// <summary>The schedule in words, the same on pages and in PDFs.</summary>
public class PhrasesTests
{
    [Theory]
    [InlineData("2017-11-06", "2017-11-08", "6–8 November 2017")]
    [InlineData("2017-11-07", "2017-11-07", "7 November 2017")]
    [InlineData("2017-10-30", "2017-11-02", "30 October–2 November 2017")]
    [InlineData("2017-12-30", "2018-01-02", "30 December 2017–2 January 2018")]
    [InlineData("2017-01-30", "2018-01-02", "30 January 2017–2 January 2018")]
    public void A_summits_dates_read_as_a_person_writes_them(string first, string last, string said) =>
        Assert.Equal(said, Phrases.Dates(DateOnly.Parse(first), DateOnly.Parse(last)));

    [Fact]
    public void Rooms_sort_by_name_whatever_the_case_with_no_room_last() =>
        Assert.Equal(["apex", "Ballroom", "C3.2", Phrases.NoRoom],
            new[] { Phrases.NoRoom, "C3.2", "Ballroom", "apex" }.Order(Phrases.RoomOrder));

    [Theory]
    [InlineData(1, "1 session")]
    [InlineData(27, "27 sessions")]
    [InlineData(0, "0 sessions")]
    public void Counts_agree_with_their_number(int n, string said) => Assert.Equal(said, Phrases.Count(n, "session"));
}
