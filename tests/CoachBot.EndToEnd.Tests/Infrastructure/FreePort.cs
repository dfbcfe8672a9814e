using System.Net;
using System.Net.Sockets;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

public static class FreePort
{
    /// <summary>A port free on loopback right now; whoever binds it must still check what it got.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
