using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Conversation;

/// <summary>
/// A goal the person typed, said back as the coach reads it: "I will find a part-time accountant job by Wed, 30 June
/// 2027." for "wo xiang find accountant job part time before next summer". The raw message holds hedges, fillers and
/// clipped words that the coach never quotes; null when it does not read as a goal, so nothing not understood is echoed.
/// </summary>
public static class GoalReadBack
{
    /// <summary>The goal's statement, one sentence with its deadline and finish line.</summary>
    public static string? Statement(ITurnContext context, CoachTexts texts, string goal) =>
        Compose(context, texts, goal)?.Render(texts.Catalog, context.Activity.Locale, d => CoachTurn.Date(context, d));

    /// <summary>The goal as a verb phrase ("become a product manager"), to follow "make ... your first goal".</summary>
    public static string? Outcome(ITurnContext context, CoachTexts texts, string goal) => Compose(context, texts, goal)?.Outcome;

    private static GoalStatement? Compose(ITurnContext context, CoachTexts texts, string goal)
    {
        var input = new SmartInput(UserText.Clean(goal), new Profile(), context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale,
            Vocabulary: GoalVocabulary.From(texts.Catalog, context.Activity.Locale));
        return SmartStatement.Compose(input, SmartAnalyzer.Analyze(input));
    }
}
