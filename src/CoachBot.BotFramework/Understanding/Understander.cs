using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// The one understanding pipeline of every prompt and the menu (DESIGN.md, "Understanding what people say"):
/// <list type="number">
/// <item>the rules: the whole answer is a title, synonym or position; else the words of a choice inside it, typos
/// forgiven (<see cref="ChoiceRecognizer"/>);</item>
/// <item>the semantic matcher over the candidate sets (titles, synonyms and examples from <c>dialogs/</c>), when the
/// rules found nothing whole;</item>
/// <item>with an LLM configured, one call for what is still unsure (at most one per turn), taken only when it names an
/// offered key.</item>
/// </list>
/// Questions are found and answered here too (<see cref="FindQuestion"/>, <see cref="AnswerAsync"/>), so every prompt
/// treats them alike. One instance per process, safe for concurrent turns.
/// </summary>
public sealed class Understander
{
    /// <summary>A rules' score from which the words found are the choice (all its words, a typo or two).</summary>
    private const double WordsSure = 0.75;

    /// <summary>A rules' score worth a confirmation when nothing better knows.</summary>
    private const double WordsGuess = 0.5;

    /// <summary>How many alternatives a confirmation or a "not understood" offers.</summary>
    public const int MaxNearest = 3;

    private static readonly ConditionalWeakTable<TextCatalog, Understander> RulesOnlyByCatalog = new();

    public Understander(TextCatalog texts, ISemanticMatcher? matcher = null, IEnumerable<IQuestionAnswerer>? answerers = null,
        IMeaningResolver? resolver = null)
    {
        Texts = texts;
        Matcher = matcher ?? new NoSemanticMatcher();
        Answerers = (answerers ?? [new PromptQuestionAnswerer(texts)]).ToArray();
        Resolver = resolver is { IsConfigured: true } ? resolver : null;
        Languages = LanguageDetector.From(texts);
    }

    /// <summary>The pipeline with the rules only and the prompts' own question answers (tests of a lone dialog).</summary>
    public static Understander RulesOnly(TextCatalog texts) => RulesOnlyByCatalog.GetValue(texts, static t => new Understander(t));

    public TextCatalog Texts { get; }

    public ISemanticMatcher Matcher { get; }

    public IReadOnlyList<IQuestionAnswerer> Answerers { get; }

    public IMeaningResolver? Resolver { get; }

    public LanguageDetector Languages { get; }

    /// <summary>
    /// Which of <paramref name="choices"/> the answer means. The rules read <paramref name="choices"/> (numbers are their
    /// positions); the matcher reads <paramref name="scopes"/>, and only keys of <paramref name="choices"/> count unless
    /// <paramref name="anyKeyOfScopes"/> (the menu: its five buttons, and every intent by meaning).
    /// </summary>
    public async ValueTask<Understood> ReadChoiceAsync(string? text, IReadOnlyList<Choice> choices, IReadOnlyList<SemanticScope> scopes,
        string? locale, ITurnContext? turn, CancellationToken cancellationToken, bool anyKeyOfScopes = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return Understood.Nothing([]);
        var rule = ChoiceRecognizer.Recognize(text, choices, locale);
        // The words of a choice inside a longer message that says more than them are only a guess ("I need help with my CV").
        if (rule is not null && !MostlyTheChoice(text, choices.First(c => c.Key == rule.Key), locale)) rule = rule with { Score = Math.Min(rule.Score, WordsGuess) };
        if (rule is { Score: >= 0.999 }) return Understood.Take(rule.Key, UnderstoodBy.Exact);

        var offered = choices.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var reading = await ByMeaningAsync(text, rule, offered, scopes, anyKeyOfScopes, cancellationToken).ConfigureAwait(false);
        if (reading.Kind == UnderstoodKind.Taken || Resolver is null || !TurnUnderstanding.TryUseLlm(turn)) return reading;
        return await ResolveAsync(text, choices, reading, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Understood> ByMeaningAsync(string text, FoundChoice? rule, HashSet<string> offered, IReadOnlyList<SemanticScope> scopes,
        bool anyKeyOfScopes, CancellationToken cancellationToken)
    {
        var byRules = RulesReading(rule);
        if (!Matcher.IsEnabled || scopes.Count == 0) return byRules;
        if (byRules.Kind == UnderstoodKind.Taken) return byRules;

        var match = await Matcher.MatchAsync(text, scopes, cancellationToken).ConfigureAwait(false);
        var ranked = match.Ranked.Select(c => c.Key).Where(k => anyKeyOfScopes || offered.Contains(k)).Distinct().Take(MaxNearest).ToList();
        if (ranked.Count == 0) return byRules;
        var best = ranked[0];
        switch (match.Confidence)
        {
            case MatchConfidence.Sure when rule is null || rule.Key == best || rule.Score < WordsGuess:
                return Understood.Take(best, UnderstoodBy.Meaning);
            case MatchConfidence.Sure:
                return Understood.Ask(Both(best, rule.Key, ranked), UnderstoodBy.Meaning);
            case MatchConfidence.Unsure when rule is not null && rule.Key == best:
                return Understood.Take(best, UnderstoodBy.Words);
            case MatchConfidence.Unsure:
                return Understood.Ask(rule is { Score: >= WordsGuess } ? Both(rule.Key, best, ranked) : ranked, UnderstoodBy.Meaning);
            default:
                return byRules.Kind == UnderstoodKind.NotUnderstood ? Understood.Nothing(ranked) : byRules;
        }
    }

    /// <summary>Words that say nothing about which choice (understanding.choiceFillers), read once per locale.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Collections.Frozen.FrozenSet<string>> _fillers =
        new(StringComparer.OrdinalIgnoreCase);

    private System.Collections.Frozen.FrozenSet<string> FillersFor(string? locale) =>
        _fillers.GetOrAdd(locale ?? "", static (l, texts) => System.Collections.Frozen.FrozenSet.ToFrozenSet(
            texts.Get(UnderstandingTexts.ChoiceFillers, l.Length == 0 ? null : l)
                .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal), Texts);

    /// <summary>
    /// True when the choice's words are most of what the message says: more than half of its words that carry meaning
    /// (not fillers or stop words), or none at all ("2", "number 2").
    /// </summary>
    private bool MostlyTheChoice(string text, Choice choice, string? locale)
    {
        var words = RecognizerLocale.For(locale).Words;
        var fillers = FillersFor(locale);
        bool Content(Token t) => t.Kind == TokenKind.Word && !fillers.Contains(t.Text) && !words.StopWords.Contains(t.Text)
            && !words.ChoiceIndexFillers.Contains(t.Text);
        var saidWords = TextTokenizer.Tokenize(text).Where(Content).Select(t => t.Text).ToList();
        var said = saidWords.Count;
        if (said == 0) return true;
        bool Heard(string word) => saidWords.Exists(w => w == word
            || EditDistance.Between(w, word, EditDistance.AllowedFor(Math.Min(w.Length, word.Length))) <= EditDistance.AllowedFor(Math.Min(w.Length, word.Length)));
        var choiceWords = new[] { choice.Title }.Concat(choice.Synonyms ?? [])
            .Select(p => TextTokenizer.Tokenize(p).Where(Content).Count(t => Heard(t.Text))).DefaultIfEmpty(0).Max();
        return choiceWords * 2 > said;
    }

    private static Understood RulesReading(FoundChoice? rule) => rule switch
    {
        { Score: >= WordsSure } => Understood.Take(rule.Key, UnderstoodBy.Words),
        { Score: >= WordsGuess } => Understood.Ask([rule.Key], UnderstoodBy.Words),
        not null => Understood.Nothing([rule.Key]),
        _ => Understood.Nothing([]),
    };

    private static List<string> Both(string first, string second, IEnumerable<string> rest) =>
        new[] { first, second }.Concat(rest).Distinct().Take(MaxNearest).ToList();

    private async ValueTask<Understood> ResolveAsync(string text, IReadOnlyList<Choice> choices, Understood reading, CancellationToken cancellationToken)
    {
        try
        {
            var key = await Resolver!.ResolveAsync(text, choices, cancellationToken).ConfigureAwait(false);
            return key is not null && choices.Any(c => c.Key == key) ? Understood.Take(key, UnderstoodBy.Llm) : reading;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return reading; // the rules' answer on any failure
        }
    }

    /// <summary>The question the text asks instead of answering, or null when it is an answer.</summary>
    public RecognizedQuestion? FindQuestion(string? text, string? locale) =>
        QuestionRecognizer.Recognize(text, RecognizerPhrases.From(Texts, locale));

    /// <summary>
    /// The reply to a question asked at a prompt (or at the menu, <paramref name="questionContext"/> null): the first
    /// registered answerer that has one, else the prompt's answer to any question (<c>ctx.any</c>, where it has one),
    /// else a kind sentence that the coach cannot answer that yet.
    /// </summary>
    public async ValueTask<string> AnswerAsync(ITurnContext turn, RecognizedQuestion question, string? questionContext, string text,
        CancellationToken cancellationToken) =>
        await TryAnswerAsync(turn, question, questionContext, text, cancellationToken).ConfigureAwait(false)
            ?? (questionContext is not null && Texts.Contains(questionContext + ".any") ? Texts.Get(questionContext + ".any", turn.Activity.Locale) : null)
            ?? Texts.Get(UnderstandingTexts.NoAnswer, turn.Activity.Locale);

    /// <summary>The first registered answerer's answer, or null when none has one.</summary>
    public async ValueTask<string?> TryAnswerAsync(ITurnContext turn, RecognizedQuestion question, string? questionContext, string text,
        CancellationToken cancellationToken)
    {
        foreach (var answerer in Answerers)
            if (await answerer.TryAnswerAsync(turn, question, questionContext, text, cancellationToken).ConfigureAwait(false) is { Length: > 0 } answer)
                return answer;
        return null;
    }
}
