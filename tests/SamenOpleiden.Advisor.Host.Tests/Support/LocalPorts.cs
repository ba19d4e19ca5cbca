using System.Net;
using System.Net.Sockets;

namespace SamenOpleiden.Advisor.Host.Tests.Support;

/// <summary>Free loopback ports for services a test starts as a separate process.</summary>
internal static class LocalPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
