namespace CoachBot.Bench;

/// <summary>One message of a scripted conversation and a phrase its replies must contain (checked, so a fast wrong answer counts).</summary>
public sealed record ScriptStep(string Text, string Expect);

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

    /// <summary>Turns per conversation, averaged over the scripts (the users alternate).</summary>
    public static double MeanTurns => All.Average(s => s.Length);
}
