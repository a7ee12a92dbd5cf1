using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Lcoo.Summit.Api.Itineraries;

/// <summary>
/// Rendered PDFs by what they were made from (summit version, members or schedule version, paper): the same
/// data gives the same bytes and ETag until it changes, however often coordinators and attendees download.
/// </summary>
public sealed class PdfCache
{
    public sealed record Entry(byte[] Pdf, string ETag);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Entry GetOrRender(string key, Func<byte[]> render)
    {
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_entries.Count > 256)
        {
            _entries.Clear();
        }

        var pdf = render();
        return _entries.GetOrAdd(key, new Entry(pdf, $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))).AsSpan(0, 24)}\""));
    }
}
