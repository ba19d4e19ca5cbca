using System.Net;
using System.Net.Sockets;

namespace SamenOpleiden.Advisor.Conversation.Guessing;

/// <summary>
/// The key a client is counted by in rate and guessing limits. An IPv4 address counts alone; an IPv6 address counts by
/// its /64 network, because one subscriber is usually given a whole /64 and could otherwise take a new address per try.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
