using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Coverage;

/// <summary>What a coverage plan is asked for.</summary>
/// <param name="Members">Member companies whose sessions need someone there (default: every member, the working group).</param>
/// <param name="Delegates">People to add to the summit's own speakers of those members, by name and company.</param>
/// <param name="SummitSpeakers">Whether the summit's speakers from those members are delegates (default true).</param>
/// <param name="TravelMinutes">Minutes to get from one room to another (0 to 120, default 0).</param>
/// <param name="MayCoverOwnCompany">Whether a delegate may sit in a session of their own company (default true).</param>
/// <param name="MinimumPerSession">Delegates each member session should have (1 to 10, default 1).</param>
public sealed record CoverageRequest(
    [MaxLength(50, ErrorMessage = "At most 50 member companies.")] IReadOnlyList<string>? Members = null,
    [MaxLength(500, ErrorMessage = "At most 500 delegates.")] IReadOnlyList<DelegateRequest>? Delegates = null,
    bool? SummitSpeakers = null,
    [Range(0, Clashes.ClashFilters.MaxTravelMinutes, ErrorMessage = "Give {1} to {2} minutes.")] int? TravelMinutes = null,
    bool? MayCoverOwnCompany = null,
    [Range(1, 10, ErrorMessage = "Give 1 to 10 delegates.")] int? MinimumPerSession = null);

/// <summary>Someone the group sends who does not speak at the summit.</summary>
public sealed record DelegateRequest(
    [Required(ErrorMessage = "A name is required."), StringLength(200, MinimumLength = 1, ErrorMessage = "A name of 1 to 200 characters."), PlainText] string? Name,
    [StringLength(200, ErrorMessage = "At most 200 characters."), PlainText] string? Company = null);
