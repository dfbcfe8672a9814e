using System.Runtime.InteropServices;

namespace CoachBot.Deployment.Tests.Support;

/// <summary>The few POSIX calls .NET has no API for: the effective user, changing a file's owner, a polite stop signal.</summary>
public static partial class Native
{
    public const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ChangeOwner(string path, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);

    public static void Chown(string path, uint owner, uint group)
    {
        if (ChangeOwner(path, owner, group) != 0)
            throw new IOException($"chown {owner}:{group} {path} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public static void Signal(int pid, int signal)
    {
        if (SendSignal(pid, signal) != 0)
            throw new IOException($"kill -{signal} {pid} failed: errno {Marshal.GetLastPInvokeError()}");
    }
}
