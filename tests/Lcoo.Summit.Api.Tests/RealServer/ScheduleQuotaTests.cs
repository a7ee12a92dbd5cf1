using System.Text;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>A service whose schedule quota is small enough to reach: 4 new schedules an hour per address, 3 per summit.</summary>
public sealed class ScheduleQuotaFixture : RealServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Limits__PermitsPerWindow"] = "100000",
        ["Schedules__PerAddressPerHour"] = "4",
        ["Schedules__PerSummit"] = "3",
    };
}

/// <summary>Anonymous schedules cannot fill the disk: past the quota per summit and per address, a 429 that says which.</summary>
[Trait("Feature", "Schedules")]
public sealed class ScheduleQuotaTests(ScheduleQuotaFixture fixture) : RealServerTests<ScheduleQuotaFixture>(fixture)
{
    private Task<RawResponse> CreateAsync(string slug) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/summits/{slug}/schedules") { Content = new StringContent("{}", Encoding.UTF8, "application/json") }, coordinator: false);

    [Fact]
    public async Task Past_a_summits_cap_and_then_an_addresses_hour_new_schedules_are_429s_that_say_which()
    {
        var made = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            made.Add((await CreateAsync("sydney-2017")).Status);
        }

        var summitFull = await CreateAsync("sydney-2017");
        var addressSpent = await CreateAsync("sydney-2017");

        Assert.Equal([201, 201, 201], made);
        AssertProblem(summitFull, 429);
        Assert.Contains("holds 3 personal schedules", summitFull.Json().GetProperty("detail").GetString());
        Assert.NotNull(summitFull.Header("retry-after"));
        AssertProblem(addressSpent, 429);
        Assert.Contains("This address made 4 schedules in the last hour", addressSpent.Json().GetProperty("detail").GetString());
        Assert.True(int.Parse(addressSpent.Header("retry-after")!, System.Globalization.CultureInfo.InvariantCulture) > 60, addressSpent.ToString());
    }
}
