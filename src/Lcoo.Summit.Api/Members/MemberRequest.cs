using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Members;

/// <summary>The body of <c>PUT /members/{id}</c>.</summary>
/// <param name="Aliases">Spellings of the company that sources use (AT&amp;T, ATT…): each maps to this member only.</param>
public sealed record MemberRequest(
    [Required(ErrorMessage = MemberRequest.NameRule), StringLength(200, MinimumLength = 1, ErrorMessage = MemberRequest.NameRule), PlainText] string? DisplayName,
    [CompanySpellings, PlainText] IReadOnlyList<string>? Aliases = null)
{
    internal const string NameRule = "A display name of 1 to 200 characters is required.";
}

/// <summary>At most 100 spellings, each 1 to 200 characters and naming a company (not "None", not punctuation alone).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CompanySpellingsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IReadOnlyList<string> aliases)
        {
            return ValidationResult.Success;
        }

        var problem = aliases.Count > 100 || aliases.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > 200) ? "At most 100 aliases, each 1 to 200 characters."
            : aliases.FirstOrDefault(a => CompanyName.Key(a) is null) is { } none ? $"'{none}' names no company (it has no letters or digits, or means none)."
            : null;
        return problem is null ? ValidationResult.Success : new ValidationResult(problem, [validationContext.MemberName!]);
    }
}
