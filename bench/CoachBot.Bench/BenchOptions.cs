namespace CoachBot.Bench;

/// <summary>Command-line options: <c>--scenario conversation --backend memory --users 32 --seconds 20 --max-turns 200000 --max-conversations 10000</c>.</summary>
public sealed record BenchOptions(string Scenario, string Backend, int Users, TimeSpan Duration, long MaxTurns, long MaxConversations, TimeSpan Warmup,
    string? AzuriteConnectionString, int DispatchUsers, int Tenants, bool Verbose)
{
    public static BenchOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        return new BenchOptions(
            Scenario: Get("scenario", "conversation"),
            Backend: Get("backend", "memory").ToLowerInvariant(),
            Users: int.Parse(Get("users", "32")),
            Duration: TimeSpan.FromSeconds(double.Parse(Get("seconds", "20"), System.Globalization.CultureInfo.InvariantCulture)),
            MaxTurns: long.Parse(Get("max-turns", "1000000")),
            MaxConversations: long.Parse(Get("max-conversations", "1000000")),
            Warmup: TimeSpan.FromSeconds(double.Parse(Get("warmup", "3"), System.Globalization.CultureInfo.InvariantCulture)),
            AzuriteConnectionString: Get("azurite", Environment.GetEnvironmentVariable("COACHBOT_TEST_AZURITE") ?? ""),
            DispatchUsers: int.Parse(Get("dispatch-users", "100000")),
            Tenants: int.Parse(Get("tenants", "100")),
            Verbose: args.Contains("--verbose"));
    }
}
