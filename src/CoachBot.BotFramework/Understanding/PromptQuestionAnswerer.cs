using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// The prompts' own answers to questions about them, registered first: for a question of kind k at a prompt whose
/// <c>QuestionContext</c> is ctx, the text <c>ctx.k</c> (k = meaning, why, example, suggest), else <c>ctx.any</c>;
/// a meaning question about a word the coach uses gets <c>understanding.terms.&lt;word&gt;</c> first; a prompt without
/// texts of its own gets the generic context's (<c>understanding.generic.k</c>). Any other question (a career
/// question) is left to the answerers after this one.
/// </summary>
public sealed class PromptQuestionAnswerer(TextCatalog texts) : IQuestionAnswerer
{
    public ValueTask<string?> TryAnswerAsync(ITurnContext turn, RecognizedQuestion question, string? questionContext, string text,
        CancellationToken cancellationToken)
    {
        var locale = turn.Activity.Locale;
        var kind = KindName(question.Kind);
        string? Find(string key) => texts.Contains(key) ? texts.Get(key, locale) : null;

        var answer = question is { Kind: QuestionKind.Meaning, Term: { } term } ? Find(UnderstandingTexts.TermsPrefix + TermKey(term)) : null;
        if (questionContext is not null && kind is not null)
            answer ??= Find(questionContext + "." + kind) ?? Find(questionContext + ".any");
        // Only questions about the prompt get the generic answers; career questions go on to the library.
        if (questionContext is not null && kind is not null) answer ??= Find(UnderstandingTexts.GenericContext + "." + kind);
        return ValueTask.FromResult(answer);
    }

    private static string? KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.Meaning => "meaning",
        QuestionKind.Why => "why",
        QuestionKind.Example => "example",
        QuestionKind.Suggestion => "suggest",
        _ => null,
    };

    /// <summary>"Time-bound", "a transferable skill" = "timeBound", "transferableSkill": the key shape of dialogs/.</summary>
    internal static string TermKey(string term)
    {
        var words = TextTokenizer.Tokenize(term).Where(t => t.Kind == TokenKind.Word).Select(t => t.Text)
            .Where(w => w is not ("a" or "an" or "the")).ToList();
        if (words.Count == 0) return "";
        var last = words[^1];
        if (last.Length > 4 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal)) words[^1] = last[..^1];
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
