using System.Text.Json.Nodes;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Yes or no in their common forms ("yep", "sure", "no thanks", "👍"), offered as the two buttons of
/// <c>core.confirm</c> where the channel has them. A button's title or a synonym from dialogs/ counts first, then
/// the yes/no words of the language.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override Task OnPromptAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        var choices = dc.Texts.Choices.Get(DialogTexts.Confirm, dc.Context.Activity.Locale);
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, text, choices));
        return Task.CompletedTask;
    }

    protected override PromptRecognizerResult<bool> Recognize(DialogContext dc, PromptOptions options)
    {
        var activity = dc.Context.Activity;
        var pressed = ChoiceRecognizer.RecognizeExact(activity.Text, dc.Texts.Choices.Get(DialogTexts.Confirm, activity.Locale));
        var answer = DialogTexts.Confirm.Read(pressed) is { } key ? key == YesNo.Yes : BooleanRecognizer.Recognize(activity.Text, activity.Locale);
        return answer is { } yes
            ? new(true, yes)
            : PromptRecognizerResult<bool>.Failed(dc.Texts.Get(DialogTexts.YesOrNo, activity.Locale));
    }

    /// <summary>The yes/no words first; then the pipeline reads "sounds good to me" or "I'd rather not" by meaning.</summary>
    protected override async ValueTask<PromptRecognizerResult<bool>> RecognizeAsync(DialogContext dc, PromptOptions options, JsonObject state,
        CancellationToken cancellationToken)
    {
        var byWords = Recognize(dc, options);
        if (byWords.Succeeded) return byWords;
        var activity = dc.Context.Activity;
        var choices = dc.Texts.Choices.Get(DialogTexts.Confirm, activity.Locale);
        var reading = await TurnUnderstanding.Of(dc.Context, dc.Texts)
            .ReadChoiceAsync(activity.Text, choices, [new SemanticScope(DialogTexts.Confirm.Id)], activity.Locale, dc.Context, cancellationToken)
            .ConfigureAwait(false);
        return reading.Kind == UnderstoodKind.Taken && DialogTexts.Confirm.ValueOf(reading.Key) is { } key ? new(true, key == YesNo.Yes) : byWords;
    }
}
