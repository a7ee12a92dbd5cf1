using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Summits;

/// <summary>The body of <c>PUT /summits/{slug}</c>: what a summit needs before year-less sources can be imported into it.</summary>
public sealed record SummitRequest(string? Name, string? TimeZone, DateOnly? StartDate, DateOnly? EndDate, string? Venue)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        if (Venue is { Length: > 200 })
        {
            errors["venue"] = ["At most 200 characters."];
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
        else if (StartDate is { } first && (first.Year < SourceLimits.Earliest.Year || EndDate.Value.Year >= SourceLimits.Latest.Year))
        {
            errors["startDate"] = [$"A summit's days fall between {SourceLimits.Earliest.Year} and {SourceLimits.Latest.Year - 1}."];
        }
        else if (StartDate is { } start && EndDate.Value.DayNumber - start.DayNumber >= SourceLimits.Days)
        {
            errors["endDate"] = [$"A summit lasts at most {SourceLimits.Days} days."];
        }

        return errors;
    }
}
