using System.Net;
using System.Net.Sockets;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// Which addresses an import may fetch from: public ones only, unless <c>Imports:AllowedHosts</c> names the
/// host (or its address, or a CIDR range holding it). Refused: loopback, private, link-local (and so cloud
/// metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast, unspecified and broadcast.
/// </summary>
public sealed class OutboundAddresses(IReadOnlyList<string> allowed)
{
    private static readonly (IPAddress Network, int Bits)[] Blocked =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128), (IPAddress.Parse("::1"), 128), (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10), (IPAddress.Parse("ff00::"), 8),
    ];

    public bool IsAllowed(string host, IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        foreach (var entry in allowed)
        {
            if (string.Equals(entry, host, StringComparison.OrdinalIgnoreCase) || Contains(entry, address))
            {
                return true;
            }
        }

        return !Blocked.Any(b => InRange(address, b.Network, b.Bits));
    }

    private static bool Contains(string entry, IPAddress address)
    {
        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return IPAddress.TryParse(entry, out var single) && single.Equals(address);
        }

        return IPAddress.TryParse(entry[..slash], out var network) && int.TryParse(entry[(slash + 1)..], out var bits) && InRange(address, network, bits);
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
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

    /// <summary>
    /// The connect step of every outbound import connection: resolve, refuse what the policy refuses, connect to
    /// an address that passed (so a DNS answer cannot change between check and connect).
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var usable = addresses.FirstOrDefault(a => IsAllowed(host, a))
            ?? throw new RefusedAddressException(host, addresses);
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

public sealed class RefusedAddressException(string host, IEnumerable<IPAddress> addresses)
    : Exception($"{host} is {string.Join(", ", addresses)}: a loopback, private, link-local or otherwise internal address. " +
                "Imports fetch from public addresses only, unless Imports:AllowedHosts names the host.");
