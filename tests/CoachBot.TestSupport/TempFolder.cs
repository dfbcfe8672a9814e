namespace CoachBot.TestSupport;

/// <summary>An empty folder for one test (or one benchmark run), removed afterwards.</summary>
public sealed class TempFolder(string prefix = "coachbot-test-") : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose() => TryDelete(Path);

    public static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
