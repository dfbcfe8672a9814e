using System.Text.Json.Nodes;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// One of <see cref="PromptOptions.Choices"/>, read by the understanding pipeline: by number, title or synonym, typos
/// forgiven, inside a sentence, or by meaning (the matcher over the choice set's examples). A clear answer is taken
/// and, unless it was the title or number, said back; an unsure one is confirmed once, best guess first.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Task OnPromptAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, text, options.Choices ?? []));
        return Task.CompletedTask;
    }

    protected override PromptRecognizerResult<FoundChoice> Recognize(DialogContext dc, PromptOptions options)
    {
        var locale = dc.Context.Activity.Locale;
        return ChoiceRecognizer.Recognize(dc.Context.Activity.Text, options.Choices ?? [], locale) is { } found
            ? new(true, found)
            : PromptRecognizerResult<FoundChoice>.Failed(dc.Texts.Get(DialogTexts.NoChoice, locale));
    }

    protected override async ValueTask<PromptRecognizerResult<FoundChoice>> RecognizeAsync(DialogContext dc, PromptOptions options, JsonObject state,
        CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        if (ChoiceConfirmation.Pending(state, choices) is { } guesses)
        {
            switch (ChoiceConfirmation.Read(dc, guesses))
            {
                case { } picked: return new(true, Found(picked));
                case null when ChoiceConfirmation.Declined(dc, guesses):
                    await OnPromptAsync(dc, options, options.Prompt, cancellationToken).ConfigureAwait(false);
                    return PromptRecognizerResult<FoundChoice>.AskedFollowUp();
            }
        }

        var activity = dc.Context.Activity;
        var understanding = TurnUnderstanding.Of(dc.Context, dc.Texts);
        var setId = options.ChoiceSetId ?? ChoiceSetFinder.Find(dc.Texts.Choices, choices, activity.Locale);
        SemanticScope[] scopes = setId is null ? [] : [new SemanticScope(setId, choices.Select(c => c.Key).ToList())];
        var reading = await understanding.ReadChoiceAsync(activity.Text, choices, scopes, activity.Locale, dc.Context, cancellationToken)
            .ConfigureAwait(false);
        switch (reading.Kind)
        {
            case UnderstoodKind.Taken:
                var choice = choices.First(c => c.Key == reading.Key);
                return new(true, Found(choice, reading.By == UnderstoodBy.Exact ? 1.0 : 0.8))
                {
                    SayFirst = reading.SaysBack ? dc.Texts.Get(UnderstandingTexts.Understood, activity.Locale, ("title", choice.Title)) : null,
                };
            case UnderstoodKind.Confirm:
                ChoiceConfirmation.Ask(dc, state, choices, reading.Nearest);
                return PromptRecognizerResult<FoundChoice>.AskedFollowUp();
            default:
                return PromptRecognizerResult<FoundChoice>.Failed(ChoiceConfirmation.NotUnderstood(dc));
        }
    }

    private static FoundChoice Found(Choice choice, double score = 1.0) => new(choice.Key, choice.Title, score);
}

/// <summary>
/// The one confirmation a choice prompt asks when unsure: its guesses, best first, as buttons, plus "none of these".
/// The next answer picks a guess (yes, its title, its number), declines them all (no, none of these: the question is
/// asked again), or is read as a fresh answer.
/// </summary>
internal static class ChoiceConfirmation
{
    private const string GuessesKey = "guesses";

    public static void Ask(DialogContext dc, JsonObject state, IReadOnlyList<Choice> choices, IReadOnlyList<string> keys)
    {
        var locale = dc.Context.Activity.Locale;
        var guesses = keys.Select(k => choices.First(c => c.Key == k)).ToList();
        state[GuessesKey] = new JsonArray(keys.Select(k => (JsonNode)JsonValue.Create(k)!).ToArray());
        var buttons = guesses.Append(new Choice(NoneKey, dc.Texts.Get(UnderstandingTexts.NoneOfThese, locale))).ToList();
        var text = dc.Texts.Get(UnderstandingTexts.ConfirmChoice, locale, ("title", guesses[0].Title));
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, text, buttons));
    }

    /// <summary>The guesses a confirmation offered, once: reading them clears them.</summary>
    public static IReadOnlyList<Choice>? Pending(JsonObject state, IReadOnlyList<Choice> choices)
    {
        if (state[GuessesKey] is not JsonArray keys) return null;
        state.Remove(GuessesKey);
        var guesses = keys.Select(k => k?.GetValue<string>()).Select(k => choices.FirstOrDefault(c => c.Key == k)).OfType<Choice>().ToList();
        return guesses.Count > 0 ? guesses : null;
    }

    /// <summary>The guess the answer picks: yes (the first), its title or its number in the confirmation.</summary>
    public static Choice? Read(DialogContext dc, IReadOnlyList<Choice> guesses)
    {
        var activity = dc.Context.Activity;
        var shown = guesses.Append(new Choice(NoneKey, dc.Texts.Get(UnderstandingTexts.NoneOfThese, activity.Locale))).ToList();
        if (ChoiceRecognizer.Recognize(activity.Text, shown, activity.Locale) is { Score: >= 0.999 } found)
            return found.Key == NoneKey ? null : guesses.First(g => g.Key == found.Key);
        return BooleanRecognizer.Recognize(activity.Text, activity.Locale) == true ? guesses[0] : null;
    }

    public static bool Declined(DialogContext dc, IReadOnlyList<Choice> guesses)
    {
        var activity = dc.Context.Activity;
        var none = new Choice(NoneKey, dc.Texts.Get(UnderstandingTexts.NoneOfThese, activity.Locale));
        return ChoiceRecognizer.RecognizeExact(activity.Text, [none]) is not null || BooleanRecognizer.Recognize(activity.Text, activity.Locale) == false;
    }

    public static string NotUnderstood(DialogContext dc)
    {
        var activity = dc.Context.Activity;
        var heard = (activity.Text ?? "").Trim();
        if (heard.Length > 60) heard = heard[..57] + "...";
        return dc.Texts.Get(UnderstandingTexts.NotUnderstoodChoice, activity.Locale, ("heard", heard));
    }

    private const string NoneKey = "noneOfThese";
}
