using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>, picked by number, title or synonym, typos forgiven when unambiguous.</summary>
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
}
