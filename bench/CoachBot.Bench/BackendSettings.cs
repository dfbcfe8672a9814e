namespace CoachBot.Bench;

public static class BackendSettings
{
    public static Dictionary<string, string?> For(BenchOptions options, string scratch) => options.Backend switch
    {
        "memory" => new() { ["Storage:Provider"] = "Memory" },
        "sqlite" => new() { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.Combine(scratch, "bench.db") },
        "azurite" => new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = options.AzuriteConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
        },
        _ => throw new ArgumentException($"Unknown backend '{options.Backend}'. Use memory, sqlite or azurite."),
    };
}

/// <summary>A temporary folder removed at the end of the run.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("coachbot-bench-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
