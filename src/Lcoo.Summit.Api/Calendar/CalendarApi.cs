using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Calendar;
using Lcoo.Summit.Schedule;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Calendar;

public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summits/{slug}/members/{memberId}/sessions.ics", MemberCalendar)
            .WithTags("Members").WithName("MemberCalendar")
            .WithSummary("A member company's sessions as iCalendar, with the venue's time zone.");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MemberCalendar(
        string slug, string memberId, SnapshotCache snapshots, MemberDirectoryCache members, TimeProvider clock, CancellationToken ct)
    {
        if ((await members.GetAsync(ct)).Find(memberId) is not { } member)
        {
            return Problems.MemberNotFound(memberId);
        }

        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var query = new SessionQuery { Member = memberId };
        var text = ICalendarWriter.Write(snapshot, snapshot.Sessions.Where(s => query.Matches(s, snapshot)),
            $"{member.DisplayName} at {snapshot.Summit.Name}", clock.GetUtcNow());
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"{slug}-{memberId}.ics");
    }
}
