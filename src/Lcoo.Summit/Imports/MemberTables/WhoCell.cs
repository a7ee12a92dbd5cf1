using System.Text.RegularExpressions;

namespace Lcoo.Summit.Imports.MemberTables;

/// <summary>The "Who" cell of a member table: <c>Name (Company)</c>, several per cell, in any spacing.</summary>
internal static partial class WhoCell
{
    [GeneratedRegex(@"(?<name>[^()]+?)\s*\((?<company>[^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonWithCompany();

    public static IReadOnlyList<(string Name, string? Company)> Parse(string text)
    {
        var people = new List<(string, string?)>();
        var rest = PersonWithCompany().Replace(text, m =>
        {
            var name = m.Groups["name"].Value.Trim(' ', ',', ';', '&').Trim();
            if (name.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..].Trim();
            }

            var company = m.Groups["company"].Value.Trim();
            if (name.Length > 0)
            {
                people.Add((name, company.Length == 0 ? null : company));
            }

            return " ";
        });

        foreach (var leftover in rest.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            people.Add((leftover, null));
        }

        return people;
    }
}
