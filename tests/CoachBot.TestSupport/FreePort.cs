using System.Net;
using System.Net.Sockets;

namespace CoachBot.TestSupport;

/// <summary>
/// A port free on 127.0.0.1 right now (the OS picks it: bind port 0, read it, release it), for a process that takes
/// its port as an argument. Whoever binds it must still check what it got; a server that can bind port 0 itself
/// (Kestrel, the bot) should, and report the port it got (see <see cref="BotProcess"/>).
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
