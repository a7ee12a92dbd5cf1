using Lcoo.Summit.Schedule;

namespace Lcoo.Summit.Api.Summits;

/// <summary>The body of <c>PUT /summits/{slug}</c>: what a summit needs before year-less sources can be imported into it.</summary>
public sealed record SummitRequest(string? Name, string? TimeZone, DateOnly? StartDate, DateOnly? EndDate, string? Venue)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors["name"] = ["A name is required."];
        }

        if (!VenueTime.TryFindZone(TimeZone, out _))
        {
            errors["timeZone"] = [$"'{TimeZone}' is not an IANA time zone such as Australia/Sydney."];
        }

        if (StartDate is null)
        {
            errors["startDate"] = ["A first day (yyyy-MM-dd) is required."];
        }

        if (EndDate is null)
        {
            errors["endDate"] = ["A last day (yyyy-MM-dd) is required."];
        }
        else if (StartDate is not null && EndDate < StartDate)
        {
            errors["endDate"] = [$"The last day {EndDate:yyyy-MM-dd} is before the first {StartDate:yyyy-MM-dd}."];
        }

        return errors;
    }
}
