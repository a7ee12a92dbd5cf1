using System.Text.RegularExpressions;

namespace Lcoo.Summit.Api.Members;

/// <summary>The body of <c>PUT /members/{id}</c>.</summary>
public sealed partial record MemberRequest(string? DisplayName, IReadOnlyList<string>? Aliases)
{
    public Dictionary<string, string[]> Validate(string id)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IdPattern().IsMatch(id))
        {
            errors["id"] = [$"'{id}' is not a member id: lower-case letters, digits and hyphens, like att or china-mobile."];
        }

        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > 200)
        {
            errors["displayName"] = ["A display name of 1 to 200 characters is required."];
        }

        if (Aliases is { Count: > 100 } || Aliases?.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > 200) == true)
        {
            errors["aliases"] = ["At most 100 aliases, each 1 to 200 characters."];
        }
        else if (Aliases?.Any(a => Lcoo.Summit.Members.CompanyName.Key(a) is null) == true)
        {
            errors["aliases"] = [$"'{Aliases.First(a => Lcoo.Summit.Members.CompanyName.Key(a) is null)}' names no company (it has no letters or digits, or means none)."];
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
