using Lcoo.Summit.Calendar;
using Lcoo.Summit.Exports;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Tests.Clashes;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>Every renderer checks its token as it goes: a request that is gone, or over its budget, renders nothing more.</summary>
public class RenderCancellationTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2017-11-01T09:00:00+11:00");

    private static CancellationToken Cancelled() => new(canceled: true);

    [Fact]
    public void An_itinerary_render_stops_on_a_cancelled_token()
    {
        var itinerary = Itinerary.ForMembers(SydneySeed.Snapshot, SydneySeed.Members, ["att"], Now, Paper.A4);

        Assert.ThrowsAny<OperationCanceledException>(() => ItineraryRenderer.Render(itinerary, Cancelled()));
        Assert.NotEmpty(ItineraryRenderer.Render(itinerary, CancellationToken.None));
    }

    [Fact]
    public void Calendars_and_frab_exports_stop_on_a_cancelled_token()
    {
        var snapshot = SydneySeed.Snapshot;
        var export = new FrabExport(snapshot, [.. snapshot.Sessions], "1", new Uri("https://summit.test/"), snapshot.Summit.Name);

        Assert.ThrowsAny<OperationCanceledException>(() => ICalendarWriter.Write(snapshot, snapshot.Sessions, "Sydney", Now, Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => FrabXmlWriter.Write(export, Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => FrabJsonWriter.Write(export, Cancelled()));
    }
}
