using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Tests.Imports;

/// <summary>The Sydney 2017 summit as the seed holds it: what year-less sources are placed into.</summary>
internal static class SydneySummit
{
    public static readonly SummitInfo Info = new(
        "sydney-2017", "Sydney", "Australia/Sydney", new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 8),
        "Sydney Convention and Exhibition Centre", []);

    public static readonly ImportContext Context = new(Info);

    public static DateTimeOffset Local(int day, int hour, int minute) =>
        new DateTimeOffset(2017, 11, day, hour, minute, 0, TimeSpan.FromHours(11)).ToUniversalTime();
}
