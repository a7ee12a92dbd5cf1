using Microsoft.Net.Http.Headers;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// An If-Match header as RFC 9110 reads it, one way for every write that takes one: <c>*</c> (any current version, so
/// long as there is one) or the strong tags it lists; a weak tag never matches If-Match.
/// </summary>
public sealed record IfMatchHeader(bool Any, IReadOnlyList<string> StrongTags)
{
    /// <summary>False when the header is there but is not a list of entity tags (<c>If-Match: garbage</c>): a 400, never a write let through.</summary>
    public static bool TryRead(HttpRequest request, out IfMatchHeader? header)
    {
        header = null;
        if (request.Headers.IfMatch.Count == 0)
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(request.Headers.IfMatch, out var tags) || tags.Count == 0)
        {
            return false;
        }

        header = new IfMatchHeader(tags.Any(t => t.Equals(EntityTagHeaderValue.Any)), [.. tags.Where(t => !t.IsWeak).Select(t => t.Tag.ToString())]);
        return true;
    }

    public bool Matches(string etag) => Any || StrongTags.Contains(etag, StringComparer.Ordinal);
}
