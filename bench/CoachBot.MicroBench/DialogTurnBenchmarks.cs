using BenchmarkDotNet.Attributes;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using CoachBot.Coaching;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.MicroBench;

/// <summary>
/// One turn of the CoachingBot through the real turn pipeline (ConversationTest: read, turn, conditional write, replies
/// in the body), without HTTP: what a turn costs the bot itself.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private const string OneTurnGoal =
        "set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning";

    private readonly MemoryUserStore _store = new();
    private CoachingBot _bot = null!;
    private ConversationTest _planned = null!;
    private int _users;

    [GlobalSetup]
    public async Task Setup()
    {
        _bot = new CoachingBot(new CoachTexts(Fixtures.Texts.Value), new SuggestionService(new NoSuggester(), new FixedClock(Fixtures.Now)));
        _planned = NewUser();
        foreach (var text in new[] { "hi", OneTurnGoal, "yes", "looks good" }) await _planned.SayAsync(text);
    }

    private ConversationTest NewUser() => new(_bot, Fixtures.Texts.Value, _store, new FixedClock(Fixtures.Now),
        userId: "user-" + Interlocked.Increment(ref _users));

    /// <summary>"my plan" for a user who has one: a read-only turn (no write).</summary>
    [Benchmark]
    public Task<TurnReplies> MyPlan() => _planned.SayAsync("my plan");

    /// <summary>A new user's first message sets a whole SMART goal: analyzer, summary card and a first write.</summary>
    [Benchmark]
    public Task<TurnReplies> NewUserOneTurnGoal() => NewUser().SayAsync(OneTurnGoal);

    /// <summary>A new user says hi: the welcome and a first write.</summary>
    [Benchmark]
    public Task<TurnReplies> NewUserHi() => NewUser().SayAsync("hi");
}
