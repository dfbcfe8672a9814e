using System.Diagnostics;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using CoachBot.Coaching;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.MicroBench;

/// <summary>The two benchmark conversations in a loop through ConversationTest, new user each time: a target for a profiler.</summary>
internal static class TurnLoop
{
    private static readonly string[][] Scripts =
    [
        ["hi", "set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning",
            "yes", "looks good", "my plan"],
        ["hi", "set a new goal", "I want to get better at my job", "become a team lead", "8", "4", "leading people matters to me",
            "by end of next year", "yes", "looks good", "my plan"],
    ];

    public static async Task RunAsync(TimeSpan duration, bool allocations = false)
    {
        using var types = allocations ? new AllocationTypes() : null;
        var store = new MemoryUserStore();
        var clock = new FixedClock(Fixtures.Now);
        var bot = new CoachingBot(new CoachTexts(Fixtures.Texts.Value), new SuggestionService(new NoSuggester(), clock));
        var perStep = Scripts.Select(s => new double[s.Length]).ToArray();
        var conversations = 0;
        var turns = 0;
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        long recordChars = 0;
        while (watch.Elapsed < duration)
        {
            var script = conversations % Scripts.Length;
            var chat = new ConversationTest(bot, Fixtures.Texts.Value, store, clock, userId: "loop-" + conversations++);
            for (var i = 0; i < Scripts[script].Length; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                await chat.SayAsync(Scripts[script][i]);
                perStep[script][i] += Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                turns++;
            }
            recordChars += (await store.ReadAsync(chat.UserKey, default))?.Json.Length ?? 0;
        }
        Console.WriteLine($"{turns} turns in {watch.Elapsed.TotalSeconds:F1} s: {watch.Elapsed.TotalMicroseconds / turns:F0} us/turn, " +
                          $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / turns / 1024} KB/turn, " +
                          $"record at the end {recordChars / conversations} chars");
        for (var s = 0; s < Scripts.Length; s++)
            for (var i = 0; i < Scripts[s].Length; i++)
                Console.WriteLine($"  {perStep[s][i] / (conversations / 2.0),8:F0} us  {Scripts[s][i]}");
        types?.Print(30);
    }
}
