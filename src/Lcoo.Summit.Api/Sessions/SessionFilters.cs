using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.Mvc;
using Lcoo.Summit.Api.Errors;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Sessions;

/// <summary>The filters of session listings and exports (<c>/sessions</c>, <c>schedule.xml</c>, <c>sessions.ics</c>…); every one combines with the others.</summary>
/// <param name="Day">Venue-local date, <c>yyyy-MM-dd</c>.</param>
/// <param name="From">An instant (or a venue wall-clock time); sessions still running at or after it.</param>
/// <param name="To">An instant (or a venue wall-clock time); sessions starting before it.</param>
/// <param name="Member">A member id (<c>att</c>); GET /members lists them.</param>
/// <param name="Speaker">A speaker id or name.</param>
/// <param name="Company">A company, however spelled (<c>AT and T</c>).</param>
/// <param name="Q">Words that must all appear in the title, abstract or speaker names.</param>
public sealed record SessionFilters(
    [FromQuery(Name = "day")] string? Day, [FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "room")] string? Room, [FromQuery(Name = "track")] string? Track, [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "member")] string? Member, [FromQuery(Name = "speaker")] string? Speaker, [FromQuery(Name = "company")] string? Company,
    [FromQuery(Name = "q")] string? Q)
{
    /// <summary>The longest search taken (a search is matched against every session).</summary>
    public const int MaxSearchLength = 200;

    /// <param name="venue">The summit's zone, where it is known: a time without an offset is read as its wall clock.</param>
    public bool TryBuild(MemberDirectory members, TimeZoneInfo? venue, [NotNullWhen(true)] out SessionQuery? query, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var errors = Check(members, venue, out query);
        problem = query is null ? Problems.Invalid(errors, "Filters") : null;
        return query is not null;
    }

    /// <summary>What is wrong with the filters, by parameter name; none, and the query, when they are all good.</summary>
    public Dictionary<string, string[]> Check(MemberDirectory members, TimeZoneInfo? venue, out SessionQuery? query)
    {
        var errors = new Dictionary<string, string[]>();
        query = null;

        var day = QueryValues.Day("day", Day, errors);
        var from = QueryValues.Instant("from", From, errors, venue);
        var to = QueryValues.Instant("to", To, errors, venue);
        if (from is not null && to is not null && to <= from)
        {
            errors["to"] = ["'to' must be after 'from'."];
        }

        if (Member is not null && members.Find(Member) is null)
        {
            errors["member"] = [$"'{Member}' is not a member company; GET /members lists them ({string.Join(", ", members.Members.Select(m => m.Id))})."];
        }

        if (Q is not null && (Q.Length > MaxSearchLength || SearchText.Terms(Q).Length == 0))
        {
            errors["q"] = [Q.Length > MaxSearchLength ? $"The search is longer than {MaxSearchLength} characters." : "The search has no words."];
        }

        foreach (var (name, value) in new[] { ("room", Room), ("track", Track), ("type", Type), ("speaker", Speaker), ("company", Company) })
        {
            if (value is not null && (value.Length == 0 || value.Length > 200))
            {
                errors[name] = ["Give a value of 1 to 200 characters, or leave the parameter out."];
            }
        }

        if (errors.Count == 0)
        {
            query = new SessionQuery
            {
                Day = day, From = from, To = to, Room = Room, Track = Track, Type = Type,
                Member = Member, Speaker = Speaker, Company = Company, Text = Q,
            };
        }

        return errors;
    }
}
