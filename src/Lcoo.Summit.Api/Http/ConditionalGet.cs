using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Entity tags and <c>304 Not Modified</c>, one way for every answer apps and kiosks poll: a strong tag from the bytes
/// (or from what they were made of), and 304 when the client already holds it.
/// </summary>
public static class ConditionalGet
{
    public static string ETagOf(ReadOnlySpan<byte> content) => $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12))}\"";

    public static string ETagOf(string madeFrom) => ETagOf(System.Text.Encoding.UTF8.GetBytes(madeFrom));

    /// <summary>Sets the answer's ETag; true when the request's If-None-Match already names it (answer 304).</summary>
    public static bool IsNotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Count == 0)
        {
            return false;
        }

        var tag = EntityTagHeaderValue.Parse(etag);
        return http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
    }

    public static StatusCodeHttpResult NotModified() => TypedResults.StatusCode(StatusCodes.Status304NotModified);
}
