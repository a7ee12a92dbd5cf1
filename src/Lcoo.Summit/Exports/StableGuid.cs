using System.Security.Cryptography;
using System.Text;

namespace Lcoo.Summit.Exports;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same name gives the same GUID in every export, on every instance, with
/// nothing stored. Names are scoped by summit: <c>sydney-2017/session/19266</c>.
/// </summary>
public static class StableGuid
{
    /// <summary>This service's namespace (itself a version 5 UUID of its URL name in the RFC's URL namespace).</summary>
    private static readonly Guid Namespace = Of(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://github.com/lcoo/lcoo.summit");

    public static Guid Of(string name) => Of(Namespace, name);

    public static Guid Of(Guid space, string name)
    {
        Span<byte> bytes = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(name.Length)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(name, bytes[16..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(bytes[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
