using System.Net;
using System.Net.Sockets;

namespace SamenOpleiden.Advisor.Testing.Processes;

/// <summary>Free loopback ports for services a test starts as a separate process.</summary>
public static class FreePort
{
    public static int OnLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
