using CoachBot.BotFramework.Recognizers;

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
}
