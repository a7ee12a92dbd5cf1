using System.Collections.Frozen;

namespace Lcoo.Summit.Members;

/// <summary>Which member company a spelling of a company name belongs to, through ids, display names and aliases.</summary>
public sealed class MemberDirectory
{
    private readonly FrozenDictionary<string, MemberCompany> _byKey;

    public MemberDirectory(IEnumerable<MemberCompany> members)
    {
        Members = [.. members.OrderBy(m => m.Id, StringComparer.Ordinal)];
        var byKey = new Dictionary<string, MemberCompany>(StringComparer.Ordinal);
        foreach (var member in Members)
        {
            foreach (var spelling in member.Aliases.Append(member.DisplayName).Append(member.Id))
            {
                if (CompanyName.Key(spelling) is { } key)
                {
                    byKey.TryAdd(key, member);
                }
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static MemberDirectory Empty { get; } = new([]);

    public IReadOnlyList<MemberCompany> Members { get; }

    /// <summary>Equal for directories with the same members and spellings: what cached answers that depend on it are keyed by.</summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\u001e', Members.Select(m => string.Join('\u001f', [m.Id, m.DisplayName, .. m.Aliases])))))
        .AsSpan(0, 12));

    private string? _fingerprint;

    public MemberCompany? Find(string id) => Members.FirstOrDefault(m => m.Id == id);

    /// <summary>The member a company name maps to, or null for companies that are not members (kept as seen).</summary>
    public MemberCompany? Resolve(string? company) =>
        CompanyName.Key(company) is { } key ? _byKey.GetValueOrDefault(key) : null;

    /// <summary>Another member already using one of these spellings, so an alias cannot silently mean two members.</summary>
    public (string Alias, MemberCompany Owner)? Collision(MemberCompany candidate)
    {
        foreach (var spelling in candidate.Aliases.Append(candidate.DisplayName))
        {
            if (CompanyName.Key(spelling) is { } key && _byKey.TryGetValue(key, out var owner) && owner.Id != candidate.Id)
            {
                return (spelling, owner);
            }
        }

        return null;
    }
}
