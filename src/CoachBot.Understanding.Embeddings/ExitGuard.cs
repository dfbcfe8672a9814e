namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// Keeps ONNX Runtime from running while the process exits. Its native state is torn down after the managed exit,
/// and a run still in flight on a background thread then fails with a native error on stderr: seen in the terminal
/// chat when the person left while the index was still being built. At exit the token is cancelled (the index build
/// stops at its next batch) and the exit waits, a little, for the runs in flight.
/// </summary>
internal static class ExitGuard
{
    /// <summary>Longer than one batch of the index build on a busy 2-core host, short enough not to hold an exit up.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);

    private static readonly CancellationTokenSource Exiting = new();
    private static readonly ManualResetEventSlim Idle = new(initialState: true);
    private static readonly Lock Gate = new();
    private static int _running;

    static ExitGuard() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        Exiting.Cancel();
        Idle.Wait(MaxWait);
    };

    /// <summary>Cancelled when the process exits.</summary>
    public static CancellationToken Exit => Exiting.Token;

    /// <summary>Runs model work that the exit waits for.</summary>
    public static T Run<T>(Func<T> work)
    {
        lock (Gate)
        {
            if (_running++ == 0) Idle.Reset();
        }
        try
        {
            return work();
        }
        finally
        {
            lock (Gate)
            {
                if (--_running == 0) Idle.Set();
            }
        }
    }
}
