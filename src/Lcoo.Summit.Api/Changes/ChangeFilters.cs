using System.Globalization;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Changes;
using Lcoo.Summit.Members;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Changes;

/// <summary>Which changes a reader wants: after a version, of a member's sessions, on a venue day, in a room.</summary>
public sealed record ChangeFilters(
    [property: FromQuery(Name = "since")] string? Since,
    [property: FromQuery(Name = "member")] string? Member,
    [property: FromQuery(Name = "day")] string? Day,
    [property: FromQuery(Name = "room")] string? Room)
{
    /// <summary>The filters checked: a version number, a member the directory knows, a date.</summary>
    public bool TryBuild(MemberDirectory members, out ChangeQuery query, out ValidationProblem? invalid)
    {
        query = new ChangeQuery(0, null, null, Room);
        invalid = null;
        long since = 0;
        if (Since is not null && (!long.TryParse(Since, NumberStyles.None, CultureInfo.InvariantCulture, out since)))
        {
            invalid = Problems.Invalid("since", $"'{Since}' is not a version: give the number of a version this changelog listed (0 for all).");
            return false;
        }

        if (Member is not null && members.Find(Member) is null)
        {
            invalid = Problems.Invalid("member", $"No member company '{Member}': GET /members lists their ids.");
            return false;
        }

        DateOnly? day = null;
        if (Day is not null)
        {
            if (!DateOnly.TryParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                invalid = Problems.Invalid("day", $"'{Day}' is not a date: give the venue's day as yyyy-MM-dd (2017-11-07).");
                return false;
            }

            day = date;
        }

        query = new ChangeQuery(since, Member is null ? null : members.Find(Member)!.Id, day, Room);
        return true;
    }
}

/// <summary>A change matches when the session, before or after it, matches: a member's feed hears of a session moving off its day.</summary>
public sealed record ChangeQuery(long Since, string? Member, DateOnly? Day, string? Room)
{
    public bool Matches(PublishedChange change, TimeZoneInfo zone) =>
        (Member is null || change.Members.Contains(Member, StringComparer.Ordinal))
        && (Day is null || new[] { change.Was, change.Now }.Any(s => s is not null && VenueTime.VenueDay(s.Start, zone) == Day))
        && (Room is null || new[] { change.Was, change.Now }.Any(s => string.Equals(s?.Room, Room, StringComparison.OrdinalIgnoreCase)));
}
