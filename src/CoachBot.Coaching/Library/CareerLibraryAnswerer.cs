using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Library;

/// <summary>
/// The career library as a question answerer for the prompts: "how do I find a mentor?" asked in the middle of a
/// goal gets the library's answer, then the prompt's question again. Registered after the prompt's own explanations
/// (what "measurable" means), so those answer first; a question neither knows is left to the prompt.
/// </summary>
public sealed class CareerLibraryAnswerer(CoachAnswers answers, SuggestionService suggestions) : IQuestionAnswerer
{
    public ValueTask<string?> TryAnswerAsync(ITurnContext turn, RecognizedQuestion question, string? questionContext, string text,
        CancellationToken cancellationToken) =>
        ValueTask.FromResult(questionContext is null
            ? answers.AtMenu(turn, suggestions.IsConfigured)
            : answers.AtPrompt(turn, text, suggestions.IsConfigured));
}
