using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>Yes or no in their common forms ("yep", "sure", "no thanks", "👍"), offered as two buttons where the channel has them.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override Task OnPromptAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        var locale = dc.Context.Activity.Locale;
        Choice[] choices = [new(dc.Texts.Get(DialogTexts.Yes, locale)), new(dc.Texts.Get(DialogTexts.No, locale))];
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, text, choices));
        return Task.CompletedTask;
    }

    protected override PromptRecognizerResult<bool> Recognize(DialogContext dc, PromptOptions options)
    {
        var locale = dc.Context.Activity.Locale;
        return BooleanRecognizer.Recognize(dc.Context.Activity.Text, locale) is { } answer
            ? new(true, answer)
            : PromptRecognizerResult<bool>.Failed(dc.Texts.Get(DialogTexts.YesOrNo, locale));
    }
}
