using System.Text.RegularExpressions;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Tests.Clashes;

namespace Lcoo.Summit.Tests.Exports;

/// <summary>
/// What frab apps key an export's entries by: slugs that both c3voc schemas accept for any title and number (the title
/// cut at 60 characters, "-session" only where the slug would be too short), and name-based GUIDs that are RFC 9562
/// version 5 UUIDs, the RFC's own test vector included.
/// </summary>
public partial class FrabIdentityTests
{
    private static FrabExport Export() => new(SydneySeed.Snapshot, [], "1", new Uri("https://summit.example.org/"), "Sydney");

    private static Session Titled(string title) => new("x", title, null, null, null, null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), [], [], null);

    [GeneratedRegex(@"^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$")]
    private static partial Regex XsdSlug();

    [GeneratedRegex(@"^[a-z0-9_-]+[a-z0-9]$")]
    private static partial Regex JsonSlug();

    public static TheoryData<string> Titles =>
    [
        "", "a", "ab", "abc", "abcd", "???", "Murano - Project Update", "Ünïcödé & 漢字 only", new string('x', 59), new string('x', 60), new string('x', 61),
        string.Join(" ", Enumerable.Repeat("word", 30)), "ends with a hyphen -", "x-",
    ];

    [Theory]
    [MemberData(nameof(Titles))]
    public void Every_slug_is_one_both_schemas_accept_whatever_the_title_and_number(string title)
    {
        var export = Export();
        foreach (var number in new[] { 1, 7, 42, 999, 12345, 99999 })
        {
            var slug = export.Slug(Titled(title), number);

            Assert.Matches(XsdSlug(), slug);
            Assert.Matches(JsonSlug(), slug);
            Assert.StartsWith($"sydney_2017-{number}", slug, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_title_is_cut_at_sixty_characters_and_a_short_slug_is_made_long_enough_with_session()
    {
        var export = Export();
        var long60 = new string('x', 60);

        Assert.Equal($"sydney_2017-19266-{long60}", export.Slug(Titled(new string('x', 75)), 19266));
        Assert.Equal($"sydney_2017-19266-{long60}", export.Slug(Titled(long60), 19266));
        Assert.Equal("sydney_2017-19266-murano-project-update", export.Slug(Titled("Murano - Project Update"), 19266));
        Assert.Equal("sydney_2017-1-a-session", export.Slug(Titled("a"), 1));
        Assert.Equal("sydney_2017-1-ab", export.Slug(Titled("ab"), 1));
        Assert.Equal("sydney_2017-1-session", export.Slug(Titled("???"), 1));
        Assert.Equal("sydney_2017-1234", export.Slug(Titled("???"), 1234));
    }

    [Fact]
    public void Guids_are_rfc_9562_version_5_uuids_and_match_its_test_vector()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), StableGuid.Of(dns, "www.example.com"));
        foreach (var name in new[] { "", "sydney-2017/session/19266", "sydney-2017/room/C3.2", new string('é', 500) })
        {
            var guid = StableGuid.Of(name);
            var text = guid.ToString();
            Assert.Equal('5', text[14]);
            Assert.Contains(text[19], "89ab");
            Assert.Equal(guid, StableGuid.Of(name));
        }

        Assert.NotEqual(StableGuid.Of("sydney-2017/session/19266"), StableGuid.Of("sydney-2017/session/19267"));
        Assert.NotEqual(StableGuid.Of(dns, "www.example.com"), StableGuid.Of("www.example.com"));
    }
}
