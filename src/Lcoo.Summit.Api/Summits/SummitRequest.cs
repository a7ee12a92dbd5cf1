using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Api.Summits;

/// <summary>The body of <c>PUT /summits/{slug}</c>: what a summit needs before year-less sources can be imported into it.</summary>
/// <param name="TimeZone">The venue's IANA zone, like Australia/Sydney.</param>
/// <param name="StartDate">The first day, venue-local (yyyy-MM-dd).</param>
/// <param name="EndDate">The last day, venue-local, inclusive.</param>
public sealed record SummitRequest(
    [Required(ErrorMessage = SummitRequest.NameRule), StringLength(200, MinimumLength = 1, ErrorMessage = SummitRequest.NameRule), PlainText] string? Name,
    [Required(ErrorMessage = "An IANA time zone such as Australia/Sydney is required."), IanaTimeZone] string? TimeZone,
    [Required(ErrorMessage = "A first day (yyyy-MM-dd) is required.")] DateOnly? StartDate,
    [Required(ErrorMessage = "A last day (yyyy-MM-dd) is required."), SummitDays] DateOnly? EndDate,
    [StringLength(200, ErrorMessage = "At most 200 characters."), PlainText] string? Venue = null)
{
    internal const string NameRule = "A name of 1 to 200 characters is required.";
}

/// <summary>A zone the service knows by its IANA name.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IanaTimeZoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string zone || VenueTime.TryFindZone(zone, out _)
            ? ValidationResult.Success
            : new ValidationResult(VenueTime.NotAZone(zone), [validationContext.MemberName!]);
}

/// <summary>The last day of a <see cref="SummitRequest"/>: not before its first, and the two a conference's days.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SummitDaysAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not DateOnly last || validationContext.ObjectInstance is not SummitRequest { StartDate: { } first })
        {
            return ValidationResult.Success;
        }

        var problem = last < first ? $"The last day {last:yyyy-MM-dd} is before the first {first:yyyy-MM-dd}."
            : first.Year < SourceLimits.Earliest.Year || last.Year >= SourceLimits.Latest.Year ? $"A summit's days fall between {SourceLimits.Earliest.Year} and {SourceLimits.Latest.Year - 1}."
            : last.DayNumber - first.DayNumber >= SourceLimits.Days ? $"A summit lasts at most {SourceLimits.Days} days."
            : null;
        return problem is null ? ValidationResult.Success : new ValidationResult(problem, [validationContext.MemberName!]);
    }
}
