using System.Security.Cryptography;
using System.Text;
using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Schedules;

/// <summary>Schedule credentials: 256-bit random tokens, shown once, kept only as SHA-256 hashes.</summary>
public static class ScheduleTokens
{
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The bearer token of a request, or null when it sends none.</summary>
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    public static string ETag(long version) => $"\"v{version}\"";

    /// <summary>
    /// The ETag of the schedule as read: its version and the summit's, since an import changes what a pick shows
    /// without changing the schedule. If-Match reads the schedule's version from either form.
    /// </summary>
    public static string ETag(long version, long summitVersion) => $"\"v{version}.s{summitVersion}\"";

    /// <summary>The version an If-Match names (its first strong tag of ours): null when absent or <c>*</c>; -1 (matches nothing) when it names none.</summary>
    public static long? IfMatch(HttpRequest request)
    {
        if (!IfMatchHeader.TryRead(request, out var header) || header is null or { Any: true })
        {
            return null;
        }

        foreach (var strong in header.StrongTags)
        {
            var tag = strong.Trim('"');
            if (tag.Length > 1 && tag[0] == 'v' && long.TryParse(tag[1..] is var rest && rest.IndexOf(".s", StringComparison.Ordinal) is var dot and >= 0 ? rest[..dot] : rest,
                    out var version))
            {
                return version;
            }
        }

        return -1;
    }
}
