using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Auth;

/// <summary>Section <c>Coordinators</c>: <c>ApiKeys</c> is a list (environment: <c>Coordinators__ApiKeys__0=…</c>).</summary>
public sealed class CoordinatorOptions
{
    public const string Section = "Coordinators";

    public List<string> ApiKeys { get; set; } = [];
}

/// <summary>
/// The coordinator keys, held only as SHA-256 hashes from the moment they are read, and compared in
/// constant time, so neither a memory dump nor response timing gives a key away.
/// </summary>
public sealed class CoordinatorKeys
{
    private readonly byte[][] _hashes;

    public CoordinatorKeys(IOptions<CoordinatorOptions> options)
    {
        _hashes = [.. options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Hash(k.Trim()))];
        options.Value.ApiKeys.Clear();
    }

    public bool Matches(string candidate)
    {
        var hash = Hash(candidate);
        var found = false;
        foreach (var known in _hashes)
        {
            found |= CryptographicOperations.FixedTimeEquals(known, hash);
        }

        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
