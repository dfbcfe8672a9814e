using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// Answers a question a person asked instead of answering the coach's own ("what does measurable mean?", "how do I
/// find a mentor?"). The prompts detect the question (<see cref="QuestionRecognizer"/>), ask every registered answerer
/// in registration order until one answers, send that answer, then ask their own question again: a question is never
/// taken as an answer. The core owns the contract; the coaching layer registers the answerers (the prompt's own
/// explanations first, then the career-question library).
/// </summary>
public interface IQuestionAnswerer
{
    /// <summary>
    /// The reply to <paramref name="question"/>, or null when this answerer has nothing for it.
    /// <paramref name="questionContext"/> names the prompt it was asked at (the <c>&lt;ctx&gt;</c> of the
    /// <c>&lt;ctx&gt;.meaning|why|example|suggest|any</c> texts in <c>dialogs/</c>), or is null at the main menu.
    /// An answerer may change the turn's record (an offer it makes, kept for the next turn).
    /// </summary>
    ValueTask<string?> TryAnswerAsync(ITurnContext turn, RecognizedQuestion question, string? questionContext, string text, CancellationToken cancellationToken);
}
