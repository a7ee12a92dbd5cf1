using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.Mvc;
using Lcoo.Summit.Api.Errors;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Lcoo.Summit.Clashes;
using Lcoo.Summit.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Clashes;

/// <summary>The query of <c>GET /summits/{slug}/clashes</c>.</summary>
/// <param name="Kind">Comma-separated: room, speaker, member, duplicate (default: all).</param>
/// <param name="Member">One member: clashes among that member's own sessions.</param>
/// <param name="Members">Comma-separated members whose sessions count together (default: every member).</param>
/// <param name="Day">Venue-local yyyy-MM-dd of the clash window.</param>
/// <param name="Severity">The least severity shown: info, warning or error.</param>
/// <param name="TravelMinutes">Minutes needed to change rooms (0 to 120, default 0).</param>
public sealed record ClashFilters(
    [FromQuery(Name = "kind")] string? Kind, [FromQuery(Name = "member")] string? Member, [FromQuery(Name = "members")] string? Members,
    [FromQuery(Name = "day")] string? Day, [FromQuery(Name = "severity")] string? Severity, [FromQuery(Name = "travelMinutes")] string? TravelMinutes)
{
    /// <summary>The kinds a query may ask for (an attendee's clashes are a schedule's own): what the contract says too.</summary>
    public static readonly IReadOnlyList<string> KindNames = Http.EnumNames.Of([ClashKind.Attendee]);

    /// <summary>Minutes to change rooms a clash query and a coverage plan take at most.</summary>
    public const int MaxTravelMinutes = 120;

    public bool TryBuild(MemberDirectory directory, [NotNullWhen(true)] out ClashOptions? options, out DateOnly? day, out ClashSeverity least,
        [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var errors = new Dictionary<string, string[]>();
        options = null;
        day = null;
        least = ClashSeverity.Info;

        HashSet<ClashKind>? kinds = null;
        if (Kind is not null)
        {
            kinds = [];
            foreach (var k in Split(Kind))
            {
                if (Http.EnumNames.TryParse<ClashKind>(k, out var parsed) && parsed != ClashKind.Attendee)
                {
                    kinds.Add(parsed);
                }
                else
                {
                    errors["kind"] = [$"'{k}' is not a clash kind: use {string.Join(", ", KindNames)}."];
                }
            }
        }

        if (Member is not null && Members is not null)
        {
            errors["members"] = ["Give member or members, not both."];
        }

        var chosen = Member is not null ? [Member] : Members is not null ? Split(Members) : null;
        if (chosen is not null && Api.Members.MemberIds.Problem(chosen, directory) is { } wrong)
        {
            errors[Member is not null ? "member" : "members"] = [wrong];
        }

        day = QueryValues.Day("day", Day, errors);

        if (Severity is not null && !Http.EnumNames.TryParse(Severity, out least))
        {
            errors["severity"] = [$"'{Severity}' is not a severity: use {Http.EnumNames.Listed<ClashSeverity>()}."];
        }

        var travel = 0;
        if (TravelMinutes is not null && (!int.TryParse(TravelMinutes, NumberStyles.None, CultureInfo.InvariantCulture, out travel) || travel > MaxTravelMinutes))
        {
            errors["travelMinutes"] = [$"'{TravelMinutes}' is not a whole number of minutes from 0 to {MaxTravelMinutes}."];
        }

        if (errors.Count > 0)
        {
            problem = Problems.Invalid(errors, "ClashFilters");
            return false;
        }

        options = new ClashOptions(kinds, chosen?.ToHashSet(StringComparer.Ordinal), TimeSpan.FromMinutes(travel));
        problem = null;
        return true;
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
