using System.Globalization;
using System.Net;

namespace CoachBot.Deployment.Tests.Container;

/// <summary>A TCP socket in the LISTEN state, as the kernel reports it.</summary>
public sealed record Listener(IPAddress Address, int Port)
{
    public bool IsWildcard => Address.Equals(IPAddress.Any) || Address.Equals(IPAddress.IPv6Any);

    public override string ToString() => new IPEndPoint(Address, Port).ToString();
}

/// <summary>
/// Which addresses a process listens on, read from /proc: the socket inodes among its open files, matched against the
/// kernel's TCP tables (/proc/net/tcp and tcp6, state 0A = LISTEN). No connection is made, so the answer does not depend
/// on which interfaces or routes a machine has.
/// </summary>
public static class ListeningSockets
{
    public static IReadOnlyList<Listener> Of(int pid)
    {
        var inodes = new HashSet<string>();
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)) inodes.Add(target[8..^1]);
        }
        return Table("/proc/net/tcp").Concat(Table("/proc/net/tcp6"))
            .Where(row => row.State == "0A" && inodes.Contains(row.Inode))
            .Select(row => row.Listener)
            .ToList();
    }

    private static IEnumerable<(Listener Listener, string State, string Inode)> Table(string path)
    {
        if (!File.Exists(path)) yield break;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 10) continue;
            var local = fields[1].Split(':');
            yield return (new Listener(ParseAddress(local[0]), int.Parse(local[1], NumberStyles.HexNumber)), fields[3], fields[9]);
        }
    }

    /// <summary>The kernel prints each 32-bit word of the address in host byte order (little-endian here).</summary>
    private static IPAddress ParseAddress(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < bytes.Length / 4; word++)
            for (var i = 0; i < 4; i++)
                bytes[word * 4 + i] = byte.Parse(hex.AsSpan(word * 8 + (3 - i) * 2, 2), NumberStyles.HexNumber);
        return new IPAddress(bytes);
    }
}
