using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// Which addresses an import may fetch from: public ones only, unless <c>Imports:AllowedHosts</c> names the
/// host (or its address, or a CIDR range holding it). Refused: every range of the IANA special-purpose address
/// registries (IPv4 and IPv6: loopback, private, link-local and so cloud metadata, shared and benchmarking space,
/// documentation ranges, multicast, reserved…), IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64,
/// 6to4, Teredo) judged by that address, and every address of this host's own interfaces.
/// </summary>
public sealed class OutboundAddresses(IReadOnlyList<string> allowed, Func<IEnumerable<IPAddress>>? ownAddresses = null)
{
    private static readonly (IPAddress Network, int Bits)[] SpecialV4 = Ranges(
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24",
        "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32");

    private static readonly (IPAddress Network, int Bits)[] SpecialV6 = Ranges(
        "::/128", "::1/128", "::/96", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
        "2002::/16", "2620:4f:8000::/48", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    private readonly Func<IEnumerable<IPAddress>> _ownAddresses = ownAddresses ?? LocalInterfaceAddresses;

    /// <summary>
    /// The address a URL names outright (an IP literal, or localhost), when it is not one to fetch from: refused as soon as
    /// the URL is given, not only when it is fetched. Host names are judged when they are resolved, on every connection.
    /// </summary>
    public IPAddress? RefusedLiteral(Uri uri)
    {
        var literal = IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) ? ip : uri.IsLoopback ? IPAddress.Loopback : null;
        return literal is not null && !IsAllowed(uri.IdnHost, literal) ? literal : null;
    }

    public bool IsAllowed(string host, IPAddress address)
    {
        foreach (var entry in allowed)
        {
            if (string.Equals(entry, host, StringComparison.OrdinalIgnoreCase) || Contains(entry, address) || Contains(entry, Embedded(address)))
            {
                return true;
            }
        }

        return !IsSpecial(address) && !_ownAddresses().Any(own => Same(own, address));
    }

    /// <summary>
    /// In a special-purpose range. Every IPv6 form that embeds an IPv4 address lies in one of the IPv6 ranges, so it is
    /// refused whatever it embeds; an allowed host's embedded address is matched in <see cref="IsAllowed"/>.
    /// </summary>
    public static bool IsSpecial(IPAddress address)
    {
        var ranges = address.AddressFamily == AddressFamily.InterNetwork ? SpecialV4 : SpecialV6;
        return ranges.Any(r => InRange(address, r.Network, r.Bits)) || (address.AddressFamily != AddressFamily.InterNetwork && address.AddressFamily != AddressFamily.InterNetworkV6);
    }

    /// <summary>The IPv4 address an IPv6 address carries: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002:aabb:ccdd::), Teredo (2001:0::/32, client inverted).</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var b = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6 || InRange(address, SpecialV6[2].Network, 96) || InRange(address, IPAddress.Parse("64:ff9b::"), 96))
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        if (InRange(address, IPAddress.Parse("2002::"), 16))
        {
            return new IPAddress(b.AsSpan(2, 4));
        }

        if (InRange(address, IPAddress.Parse("2001::"), 32))
        {
            return new IPAddress([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]]);
        }

        return null;
    }

    private static bool Same(IPAddress a, IPAddress b) =>
        a.Equals(b) || (a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).Equals(b.IsIPv4MappedToIPv6 ? b.MapToIPv4() : b);

    private static IEnumerable<IPAddress> LocalInterfaceAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(a => a.Address).ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }

    private static bool Contains(string entry, IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return IPAddress.TryParse(entry, out var single) && Same(single, address);
        }

        return IPAddress.TryParse(entry[..slash], out var network) && int.TryParse(entry[(slash + 1)..], out var bits) && InRange(address, network, bits);
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        if (address.IsIPv4MappedToIPv6 && network.AddressFamily == AddressFamily.InterNetwork)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((a[i] & mask) != (n[i] & mask))
            {
                return false;
            }
        }

        return true;
    }

    private static (IPAddress, int)[] Ranges(params string[] cidrs) =>
        [.. cidrs.Select(c => c.Split('/')).Select(p => (IPAddress.Parse(p[0]), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>
    /// The connect step of every outbound import connection: resolve, refuse what the policy refuses, connect to
    /// an address that passed (so a DNS answer cannot change between check and connect).
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var usable = addresses.FirstOrDefault(a => IsAllowed(host, a)) ?? throw new RefusedAddressException(host);
        var socket = new Socket(usable.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The host resolves only to addresses imports may not reach. The message names the host, never what it resolved to.</summary>
public sealed class RefusedAddressException(string host)
    : Exception($"{host} is not a public address (it is loopback, private, link-local, reserved or this server's own). " +
                "Imports fetch from public addresses only, unless Imports:AllowedHosts names the host.");
