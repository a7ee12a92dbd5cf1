using System.Security.Cryptography;
using System.Text;
using Lcoo.Summit.Sessions;
using Microsoft.Extensions.Caching.Memory;

namespace Lcoo.Summit.Api.Http;

/// <summary>A rendered file and the tag of what it was made from.</summary>
public sealed record RenderedFile(byte[] Content, string ETag);

/// <summary>
/// PDFs, calendars and frab exports, rendered through the <see cref="RenderGate"/> and kept by what they are made from
/// in a memory cache bounded by their bytes. What a file is made from is named by what it shows (the summit version,
/// the sessions selected, the title, the links' base), never by the query that asked: twenty different <c>from</c>
/// instants that all fall before the summit select the same sessions, so they share one render and one ETag.
/// </summary>
public sealed class RenderedFiles(RenderGate gate) : IDisposable
{
    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = 128L * 1024 * 1024 });

    /// <summary>The file made from <paramref name="madeFrom"/>: kept, or rendered now within the gate's budget.</summary>
    public async Task<RenderedFile> GetAsync(string madeFrom, string what, Func<CancellationToken, byte[]> render, CancellationToken ct)
    {
        var etag = ConditionalGet.ETagOf(madeFrom);
        if (_kept.TryGetValue(etag, out RenderedFile? kept))
        {
            return kept!;
        }

        var file = new RenderedFile(await gate.RunAsync(what, render, ct), etag);
        _kept.Set(etag, file, new MemoryCacheEntryOptions { Size = file.Content.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return file;
    }

    /// <summary>The tag a file made from <paramref name="madeFrom"/> will have, known before it is rendered (for a 304 without the work).</summary>
    public static string ETagOf(string madeFrom) => ConditionalGet.ETagOf(madeFrom);

    /// <summary>Which sessions, in which order, at which of their versions: the part of a file's origin a filter decides.</summary>
    public static string Selection(IEnumerable<Session> sessions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        foreach (var s in sessions)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(s.Id));
            hash.AppendData([0]);
            count++;
        }

        return $"{count}:{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }

    public void Dispose() => _kept.Dispose();
}
