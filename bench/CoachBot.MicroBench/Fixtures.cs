using CoachBot.BotFramework.Text;

namespace CoachBot.MicroBench;

/// <summary>What the benchmarks share: the repository's dialogs/ and a fixed "now".</summary>
internal static class Fixtures
{
    /// <summary>Monday 4 January 2027, 09:00 UTC: every scripted deadline lies ahead of it.</summary>
    public static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public static readonly Lazy<TextCatalog> Texts = new(() => TextCatalog.Load(Path.Combine(RepoRoot(), "dialogs")));

    /// <summary>BenchmarkDotNet runs each benchmark from a generated folder under bin/, so the repository is found by walking up.</summary>
    public static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CoachBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A clock that stands still, so dates resolve the same in every iteration.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
