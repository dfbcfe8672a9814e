using CoachBot.BotFramework.Understanding;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>Free text: any non-empty answer that is not noise (<see cref="NoiseDetector"/>), up to <see cref="PromptOptions.MaxLength"/> characters, trimmed.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognizerResult<string> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Context.Activity.Text?.Trim() ?? "";
        var locale = dc.Context.Activity.Locale;
        if (text.Length == 0) return PromptRecognizerResult<string>.Failed(dc.Texts.Get(DialogTexts.EmptyText, locale));
        if (options.MaxLength is { } max && text.Length > max)
            return PromptRecognizerResult<string>.Failed(dc.Texts.Get(DialogTexts.TextTooLong, locale, ("max", max)));
        // Keyboard mashing, "lol", an emoji or a mail app's signature line is no answer: never stored, never said back.
        if (NoiseDetector.From(dc.Texts).IsNoise(text)) return PromptRecognizerResult<string>.Failed(dc.Texts.Get(DialogTexts.NoiseText, locale));
        return new(true, text);
    }
}
