using Lcoo.Summit.Api.Tests.Infrastructure;
using OpenQA.Selenium;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// A real kiosk asks without ?at=: the screen runs on the service's clock (here a set one, with a fraction of a second,
/// as a live clock has) and shows venue time and the venue's day, whatever the screen's own clock says.
/// </summary>
[Trait("Feature", "Kiosk")]
public sealed class KioskLiveClockTests : KestrelServiceTests
{
    private readonly SettableClock _clock = new(DateTimeOffset.Parse("2017-11-07T00:45:18.2040707Z"));

    protected override Task<KestrelService> StartServiceAsync() => KestrelService.StartAsync(_clock);

    [Fact]
    public void Without_at_the_screen_shows_the_venues_time_day_and_sessions_by_the_services_clock()
    {
        using var chromium = new Chromium(1920, 1080);
        chromium.Viewport(1920, 1080);

        chromium.Browser.Navigate().GoToUrl($"{Service.BaseUrl}/kiosk/sydney-2017");
        chromium.WaitFor(() => chromium.Run<long>("return document.querySelectorAll('#now .session').length;") == 3, "three sessions on now", "kiosk-live");
        chromium.Screenshot("kiosk-live-clock");
        var clock = chromium.Browser.FindElement(By.Id("clock")).Text;
        var day = chromium.Browser.FindElement(By.Id("day")).Text;
        var kubespray = chromium.Browser.FindElement(By.CssSelector("#now .session[data-id='20053'] .meta")).Text;

        Assert.Equal("11:45", clock);
        Assert.Equal("Tuesday 7 November", day);
        Assert.EndsWith("Room not announced", kubespray);
        Assert.DoesNotContain("?", chromium.Browser.Url);
    }
}
