using CoachBot.BotFramework.Text;

namespace CoachBot.MicroBench;

/// <summary>What the benchmarks share: the repository's dialogs/ and a fixed "now".</summary>
internal static class Fixtures
{
    /// <summary>Monday 4 January 2027, 09:00 UTC: every scripted deadline lies ahead of it.</summary>
    public static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public static readonly Lazy<TextCatalog> Texts = new(() => TextCatalog.Load(TestSupport.RepoPaths.Dialogs));
}

/// <summary>A clock that stands still, so dates resolve the same in every iteration.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
