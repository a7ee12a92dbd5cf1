namespace Lcoo.Summit.Api.Tests.RealServer;

/// <summary>A service that allows a render one millisecond: every file it is asked for runs past its budget.</summary>
public sealed class TightRenderBudgetFixture : RealServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Limits__PermitsPerWindow"] = "100000",
        ["Renders__Budget"] = "00:00:00.001",
    };
}

/// <summary>A render past its budget is stopped and answered 503 with Retry-After, and the service goes on answering.</summary>
[Trait("Feature", "Itineraries")]
public sealed class RenderBudgetTests(TightRenderBudgetFixture fixture) : RealServerTests<TightRenderBudgetFixture>(fixture)
{
    [Theory]
    [InlineData("/summits/sydney-2017/members/att/itinerary.pdf", true)]
    [InlineData("/summits/sydney-2017/sessions.ics", false)]
    [InlineData("/summits/sydney-2017/schedule.xml", false)]
    public async Task A_file_that_takes_longer_than_its_budget_is_a_503_with_retry_after(string path, bool coordinator)
    {
        var answer = await GetAsync(path, coordinator);

        AssertProblem(answer, 503);
        Assert.NotNull(answer.Header("retry-after"));
        Assert.Equal(200, (await GetAsync("/summits/sydney-2017/sessions/19266")).Status);
        Assert.Contains(Service.Output, line => line.Contains("Render of", StringComparison.Ordinal) && (line.Contains("past its budget", StringComparison.Ordinal)
            || line.Contains("refused", StringComparison.Ordinal)));
    }
}
