using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.MemberTables;
using Lcoo.Summit.Members;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>
/// The library says what is wrong and what to do about it, in the summit's terms; where to do it (a route of the API, a
/// tab of the console) is the API's and the console's to say, since the library serves both and others.
/// </summary>
public class WhatToDoTests
{
    private static readonly string[] Elsewhere = ["PUT /", "GET /", "POST /", "/summits/", "console", "Clashes tab"];

    private static void SaysNoWhere(string sentence) => Assert.All(Elsewhere, where => Assert.DoesNotContain(where, sentence, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void An_event_page_for_a_summit_that_does_not_exist_is_refused_with_what_to_do_not_where()
    {
        var page = new ImportSource("20581.html", Fixtures.Read("event-pages/20581-no-speakers-no-script.html"), "text/html");

        var refused = Assert.IsType<ImportRefused>(ImportPipeline.Run(new ImportRequest("tokyo-2015", [page], new ImportOptions()), null, MemberDirectory.Empty, DateTimeOffset.UnixEpoch));

        Assert.Equal(ImportRefusal.SummitNotFound, refused.Reason);
        Assert.Contains("Create the summit first (its name, time zone and days)", refused.Detail, StringComparison.Ordinal);
        SaysNoWhere(refused.Detail);
    }

    [Fact]
    public void A_person_spelled_two_ways_is_left_to_a_people_decision_without_naming_the_console()
    {
        var deck = new MemberTableParser().Parse(File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html")), SydneySummit.Context);

        var spelling = Assert.Single(deck.Problems, p => p.Code == "name-spellings");

        Assert.Contains("decide whether they are one person", spelling.Message, StringComparison.Ordinal);
        SaysNoWhere(spelling.Message);
    }

    [Fact]
    public void Event_pages_and_member_tables_without_a_summit_say_to_create_it_not_which_route()
    {
        var page = Assert.Throws<ScheduleFormatException>(() => new Lcoo.Summit.Imports.EventPages.EventPageParser().Parse(
            Fixtures.Read("event-pages/20581-no-speakers-no-script.html"), new ImportContext(null, null)));
        var table = Assert.Throws<ScheduleFormatException>(() => new MemberTableParser().Parse(
            File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html")), new ImportContext(null, null)));

        foreach (var message in new[] { page.Message, table.Message })
        {
            Assert.Contains("create the summit first", message, StringComparison.Ordinal);
            SaysNoWhere(message);
        }
    }
}
