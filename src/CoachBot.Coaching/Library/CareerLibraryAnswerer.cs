using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Library;

/// <summary>
/// The career library as a question answerer for the prompts: "what's a returnship?" asked in the middle of a
/// check-in gets the library's answer, then the prompt's question again. Registered before the prompt's own
/// explanations, so a library topic wins over their generic help; a question about the prompt itself ("why do you
/// ask?", "can you give an example?", "what does measurable mean?" for a word the coach explains) is left to them,
/// as is a question neither knows. At the coaching dialogs' prompts the shared step (Conversation/PromptAsides.cs)
/// has answered before this, with the prompt's words in hand.
/// </summary>
public sealed class CareerLibraryAnswerer(CoachAnswers answers, SuggestionService suggestions) : IQuestionAnswerer
{
    public ValueTask<string?> TryAnswerAsync(ITurnContext turn, RecognizedQuestion question, string? questionContext, string text,
        CancellationToken cancellationToken)
    {
        if (question is { Kind: QuestionKind.Meaning, Term: { } term } && answers.ExplainsTerm(term)) return ValueTask.FromResult<string?>(null);
        if (questionContext is null) return ValueTask.FromResult(answers.AtMenu(turn, suggestions.IsConfigured));
        if (question is { Kind: QuestionKind.Why or QuestionKind.Example or QuestionKind.Suggestion, Term: null }) return ValueTask.FromResult<string?>(null);
        return ValueTask.FromResult(answers.AtPrompt(turn, text, suggestions.IsConfigured));
    }
}
