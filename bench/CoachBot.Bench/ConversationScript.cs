namespace CoachBot.Bench;

/// <summary>
/// One message of a scripted conversation and a phrase its replies must contain (checked, so a fast wrong answer counts).
/// Group, when set, names the turns whose latencies the report gives apart (the paraphrase scenario's two kinds).
/// </summary>
public sealed record ScriptStep(string Text, string Expect, string? Group = null);

/// <summary>
/// Realistic coaching conversations, as a new user types them today (checked against <c>dotnet run -- chat</c>):
/// first contact, a goal that ends SMART with a deadline, the dated plan accepted, then "my plan".
/// The simulated users alternate between the two.
/// </summary>
public static class ConversationScript
{
    /// <summary>Everything in one message: the analyzer finds all five SMART letters at once.</summary>
    public static readonly ScriptStep[] OneTurnGoal =
    [
        new("hi", "career coach"),
        new("set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning",
            "SMART"),
        new("yes", "plan to get there"),
        new("looks good", "Your plan is saved"),
        new("my plan", "Next step due"),
    ];

    /// <summary>A vague ambition sharpened question by question, ending with a natural-language deadline.</summary>
    public static readonly ScriptStep[] VagueGoal =
    [
        new("hi", "career coach"),
        new("set a new goal", "What goal would you like to work on"),
        new("I want to get better at my job", "direction than a destination"),
        new("become a team lead", "how confident"),
        new("8", "hours a week"),
        new("4", "what matters to you"),
        new("leading people matters to me", "By when"),
        new("by end of next year", "SMART"),
        new("yes", "plan to get there"),
        new("looks good", "Your plan is saved"),
        new("my plan", "Next step due"),
    ];

    public static readonly ScriptStep[][] All = [OneTurnGoal, VagueGoal];

    /// <summary>The group of the answers in the words the rules know ("yes", "looks good", "my plan").</summary>
    public const string Exact = "exact words";

    /// <summary>The group of the same answers said otherwise: only the semantic matcher reads them.</summary>
    public const string Paraphrased = "paraphrased";

    /// <summary>
    /// The paraphrase scenario (issue 11 budget: a turn that needs the matcher costs at most 15 ms more at p99): the
    /// one-message goal, its last three answers in the rules' words for half the users and in other words for the other
    /// half, so both kinds run under the same load. With Understanding:Matcher=Off the paraphrased answers get wrong
    /// replies: that they need the matcher is checked, not assumed.
    /// </summary>
    public static readonly ScriptStep[][] Paraphrase =
    [
        [
            OneTurnGoal[0], OneTurnGoal[1],
            new("yes", "plan to get there", Exact),
            new("looks good", "Your plan is saved", Exact),
            new("my plan", "Next step due", Exact),
        ],
        [
            OneTurnGoal[0], OneTurnGoal[1],
            new("spot on, keep it like that", "plan to get there", Paraphrased),
            new("works for me", "Your plan is saved", Paraphrased),
            new("show me where I stand with my steps", "Next step due", Paraphrased),
        ],
    ];

    /// <summary>The scripts a scenario runs: the two goal conversations, or the paraphrase pair.</summary>
    public static ScriptStep[][] For(string scenario) => scenario == "paraphrase" ? Paraphrase : All;

    /// <summary>Turns per conversation, averaged over the scripts (the users alternate).</summary>
    public static double MeanTurns => All.Average(s => s.Length);
}
