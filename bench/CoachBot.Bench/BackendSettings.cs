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
