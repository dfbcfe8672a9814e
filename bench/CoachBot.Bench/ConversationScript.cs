namespace CoachBot.Bench;

/// <summary>
/// One realistic coaching conversation, as a new user would type it: first contact, a goal with a natural-language
/// deadline, the plan, and "my plan".
/// </summary>
public static class ConversationScript
{
    public static readonly string[] Messages =
    [
        "hi",
        "set a new goal",
        "I want to become a senior data engineer by the end of next year",
        "8",
        "5 hours a week",
        "It fits my value of growth",
        "yes",
        "yes",
        "my plan",
    ];
}
