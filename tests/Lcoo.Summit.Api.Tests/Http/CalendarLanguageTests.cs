using System.Net;
using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>Calendar feeds in the subscriber's language: ?lang= in the feed's URL (calendar apps send no useful Accept-Language).</summary>
[Trait("Feature", "Calendar")]
public sealed class CalendarLanguageTests : ServiceOwner
{
    [Theory]
    [InlineData("/summits/sydney-2017/sessions.ics?member=att&lang=ja", "ja", "登壇者：")]
    [InlineData("/summits/sydney-2017/members/att/sessions.ics?lang=fr", "fr", "Intervenants\u00a0: ")]
    [InlineData("/summits/sydney-2017/sessions/19266.ics?lang=ko", "ko", "연사: ")]
    [InlineData("/summits/sydney-2017/sessions/19266.ics", "en", "Speakers: ")]
    public async Task A_feed_asked_in_a_language_says_its_own_words_in_it_and_says_which(string url, string lang, string speakers)
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();

        using var feed = await client.GetAsync(url);
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal([lang], feed.Content.Headers.ContentLanguage);
        Assert.All(calendar.Events.Where(e => e.Description?.Contains("(AT&T)", StringComparison.Ordinal) == true), e => Assert.StartsWith(speakers, e.Description));
        Assert.Contains(calendar.Events, e => e.Description?.StartsWith(speakers, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_feed_in_a_language_we_do_not_speak_is_refused_with_the_ones_we_do()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();

        var problem = await client.GetProblemAsync("/summits/sydney-2017/sessions.ics?lang=de", HttpStatusCode.BadRequest);

        Assert.Contains("en, fr, ja, ko, zh-Hans", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_whose_language_came_from_the_browser_is_not_served_to_a_browser_of_another_language()
    {
        var client = await Own(ApiFactory.OnSqlite(NewFolder())).ReadyClientAsync();

        async Task<(string? Language, string Body)> AskAsync(string acceptLanguage)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/summits/sydney-2017/sessions/19266.ics");
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
            using var response = await client.SendAsync(request);
            return (response.Content.Headers.ContentLanguage.SingleOrDefault(), await response.Content.ReadAsStringAsync());
        }

        var french = await AskAsync("fr-FR");
        var english = await AskAsync("en-GB");
        var frenchAgain = await AskAsync("fr-FR");

        Assert.Equal("fr", french.Language);
        Assert.Contains("Intervenants", french.Body, StringComparison.Ordinal);
        Assert.Equal("en", english.Language);
        Assert.Contains("Speakers: ", english.Body, StringComparison.Ordinal);
        Assert.Equal(french.Body, frenchAgain.Body);
    }
}
