using System.Net;
using System.Net.Sockets;

namespace BriefBot.Intake;

/// <summary>
/// Which addresses a fetch may connect to. Loopback, private, carrier-grade NAT, link-local (cloud metadata lives
/// there), unique-local, multicast and reserved ranges are refused unless private addresses are allowed; IPv4 written
/// inside IPv6 (mapped, NAT64, 6to4) is judged as the IPv4 address it carries.
/// </summary>
public sealed class AddressPolicy
{
    private static readonly (IPAddress Network, int Bits)[] BlockedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this" network
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT (some clouds' metadata)
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata 169.254.169.254
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, broadcast
    ];

    private static readonly (IPAddress Network, int Bits)[] BlockedV6 =
    [
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("::1"), 128),          // loopback
        (IPAddress.Parse("fc00::"), 7),         // unique local (metadata fd00:ec2::254)
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    private readonly bool _allowPrivate;
    private readonly Func<IPEndPoint, bool>? _exempt;

    public AddressPolicy(bool allowPrivate)
        : this(allowPrivate, exempt: null)
    {
    }

    /// <param name="exempt">Tests only: endpoints let through although private (a stand-in server on loopback).</param>
    internal AddressPolicy(bool allowPrivate, Func<IPEndPoint, bool>? exempt)
    {
        _allowPrivate = allowPrivate;
        _exempt = exempt;
    }

    public bool Allows(IPEndPoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return _allowPrivate || _exempt?.Invoke(endpoint) == true || IsPublic(endpoint.Address);
    }

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (EmbeddedV4(address) is { } v4)
            {
                return IsPublic(v4);
            }

            return !BlockedV6.Any(r => InRange(address, r.Network, r.Bits));
        }

        return address.AddressFamily == AddressFamily.InterNetwork && !BlockedV4.Any(r => InRange(address, r.Network, r.Bits));
    }

    private static IPAddress? EmbeddedV4(IPAddress v6)
    {
        if (v6.IsIPv4MappedToIPv6)
        {
            return v6.MapToIPv4();
        }

        var b = v6.GetAddressBytes();
        // NAT64 64:ff9b::/96 and the IPv4-compatible ::a.b.c.d carry the address in the last four bytes.
        var nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        var compatible = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1);
        if (nat64 || compatible)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        // 6to4 2002:AABB:CCDD::/16 carries it in bytes 2-5.
        return b[0] == 0x20 && b[1] == 0x02 ? new IPAddress(b.AsSpan(2, 4)) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length)
        {
            return false;
        }

        var whole = bits / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = bits % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
