using System.Text;
using System.Text.Json;
using HtmlAgilityPack;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Imports.EventPages;
using Lcoo.Summit.Imports.MemberTables;
using Lcoo.Summit.Imports.OpenStackApi;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Benchmarks;

/// <summary>Our parsers against the cost of merely loading the same bytes with the library they build on.</summary>
public static class ImportFigures
{
    private static readonly SummitInfo Sydney = new("sydney-2017", "Sydney", "Australia/Sydney", new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 8), null, []);

    public static void Run()
    {
        var dump = Fixtures.Read("openstack-api/barcelona-2016.json");
        Harness.Ratio("import.openstack-api-json", () => new OpenStackApiParser().Parse(dump, new ImportContext()),
            () => JsonDocument.Parse(dump).Dispose(), note: "904 events vs JsonDocument.Parse; target <= 1.25");

        var pages = Enumerable.Range(0, 200).Select(_ => Fixtures.Read("event-pages/19266-murano-project-update.html")).ToArray();
        var context = new ImportContext(Sydney);
        Harness.Ratio("import.event-pages-200", () =>
        {
            foreach (var page in pages)
            {
                new EventPageParser().Parse(page, context);
            }
        }, () =>
        {
            foreach (var page in pages)
            {
                new HtmlDocument().LoadHtml(Encoding.UTF8.GetString(page));
            }
        }, note: "vs HtmlAgilityPack loading the same pages; target <= 1.25");

        var deck = File.ReadAllBytes(Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html"));
        Harness.Ratio("import.member-table", () => new MemberTableParser().Parse(deck, context),
            () => new HtmlDocument().LoadHtml(Encoding.UTF8.GetString(deck)), note: "the deck's tables vs HtmlAgilityPack loading them; target <= 1.25");
    }
}
