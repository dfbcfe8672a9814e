using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>A number in digits or words ("7", "seven", "7/10"), within <see cref="PromptOptions.Min"/>..<see cref="PromptOptions.Max"/>.</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override PromptRecognizerResult<decimal> Recognize(DialogContext dc, PromptOptions options)
    {
        var locale = dc.Context.Activity.Locale;
        if (!NumberRecognizer.TryRecognize(dc.Context.Activity.Text, locale, out var value))
            return PromptRecognizerResult<decimal>.Failed(dc.Texts.Get(DialogTexts.NotANumber, locale));
        if (options.Min is { } min && value < min)
            return PromptRecognizerResult<decimal>.Failed(dc.Texts.Get(DialogTexts.NumberTooSmall, locale, ("min", min)));
        if (options.Max is { } max && value > max)
            return PromptRecognizerResult<decimal>.Failed(dc.Texts.Get(DialogTexts.NumberTooLarge, locale, ("max", max)));
        return new(true, value);
    }
}
