using System.Text.Json.Nodes;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Several of <see cref="PromptOptions.Choices"/> in one answer ("1, 3 and 4", "growth and salary"), in the order
/// given. Shown as a numbered list everywhere, since a button can only send one choice.
/// </summary>
public sealed class MultiChoicePrompt(string id, PromptValidator<IReadOnlyList<FoundChoice>>? validator = null)
    : Prompt<IReadOnlyList<FoundChoice>>(id, validator)
{
    protected override Task OnPromptAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, text, options.Choices ?? [], numbered: true));
        return Task.CompletedTask;
    }

    protected override PromptRecognizerResult<IReadOnlyList<FoundChoice>> Recognize(DialogContext dc, PromptOptions options)
    {
        var locale = dc.Context.Activity.Locale;
        var found = ChoiceRecognizer.RecognizeMany(dc.Context.Activity.Text, options.Choices ?? [], locale);
        return found.Count > 0
            ? new(true, found)
            : PromptRecognizerResult<IReadOnlyList<FoundChoice>>.Failed(dc.Texts.Get(DialogTexts.NoChoice, locale));
    }

    /// <summary>The choices named first; an answer that names none is read by meaning ("being paid well" is salary).</summary>
    protected override async ValueTask<PromptRecognizerResult<IReadOnlyList<FoundChoice>>> RecognizeAsync(DialogContext dc, PromptOptions options,
        JsonObject state, CancellationToken cancellationToken)
    {
        var byWords = Recognize(dc, options);
        if (byWords.Succeeded) return byWords;
        var activity = dc.Context.Activity;
        var choices = options.Choices ?? [];
        var setId = options.ChoiceSetId ?? ChoiceSetFinder.Find(dc.Texts.Choices, choices, activity.Locale);
        if (setId is null) return byWords;
        var reading = await TurnUnderstanding.Of(dc.Context, dc.Texts)
            .ReadChoiceAsync(activity.Text, choices, [new SemanticScope(setId, choices.Select(c => c.Key).ToList())], activity.Locale, dc.Context, cancellationToken)
            .ConfigureAwait(false);
        if (reading.Kind != UnderstoodKind.Taken) return byWords;
        var choice = choices.First(c => c.Key == reading.Key);
        return new(true, [new FoundChoice(choice.Key, choice.Title, 0.8)])
        {
            SayFirst = dc.Texts.Get(UnderstandingTexts.Understood, activity.Locale, ("title", choice.Title)),
        };
    }
}
