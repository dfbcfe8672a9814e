using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.Understanding;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>What the prompt read from the user's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? RetryText = null)
{
    public static PromptRecognizerResult<T> Failed(string? retryText = null) => new(false, default, retryText);

    /// <summary>The prompt asked a follow-up itself (a confirmation, which of two dates): wait, without counting an attempt.</summary>
    public static PromptRecognizerResult<T> AskedFollowUp() => new(false) { FollowUpAsked = true };

    /// <summary>Said before the prompt ends with the value: what was understood ("Got it: \"Behind\"").</summary>
    public string? SayFirst { get; init; }

    public bool FollowUpAsked { get; init; }
}

/// <summary>What a validator sees; it may set <see cref="RetryText"/> to say exactly what was wrong.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attempt)
{
    public ITurnContext Context { get; } = context;
    public PromptRecognizerResult<T> Recognized { get; } = recognized;
    public PromptOptions Options { get; } = options;

    /// <summary>1 for the first answer to this question.</summary>
    public int AttemptCount { get; } = attempt;

    public string? RetryText { get; set; }
}

public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

/// <summary>
/// The shared behaviour of prompts: ask, read the answer with a recognizer, validate it, ask again with a specific
/// message, and after <see cref="PromptOptions.MaxAttempts"/> answers give up gracefully with
/// <see cref="PromptSignal.GaveUp"/> so the conversation moves on instead of looping. "skip", "not sure" and "back"
/// end the prompt with a <see cref="PromptSignal"/> when the options allow it.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, DialogJsonContext.Default.PromptOptions);
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc, promptOptions, promptOptions.Prompt, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (!activity.IsType(ActivityTypes.Message)) return DialogTurnResult.Waiting;
        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);

        if (PromptCommands.Recognize(dc.Texts, activity.Text, activity.Locale) is { } signal && Allows(options, signal))
            return await dc.EndDialogAsync(signal, cancellationToken).ConfigureAwait(false);

        // A question or another language is never an answer: reply, ask again, store nothing, count no attempt.
        if (await AnswerAsideAsync(dc, options, cancellationToken).ConfigureAwait(false))
        {
            await OnPromptAsync(dc, options, options.Prompt, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        var attempt = (state[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        var recognized = await RecognizeAsync(dc, options, state, cancellationToken).ConfigureAwait(false);
        if (recognized.FollowUpAsked) return DialogTurnResult.Waiting;
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempt) { RetryText = recognized.RetryText };
        var valid = recognized.Succeeded && (validator is null || await validator(validation, cancellationToken).ConfigureAwait(false));
        if (valid)
        {
            if (recognized.SayFirst is { } understood) dc.Context.SendActivity(understood);
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        state[AttemptsKey] = attempt;
        if (attempt >= options.MaxAttempts)
        {
            dc.Context.SendActivity(options.GiveUpPrompt ?? dc.Texts.Get(DialogTexts.GaveUp, activity.Locale));
            return await dc.EndDialogAsync(PromptSignal.GaveUp, cancellationToken).ConfigureAwait(false);
        }
        if (!dc.Context.Responded)
        {
            var retry = validation.RetryText is { } specific
                ? specific + "\n\n" + options.Prompt
                : options.RetryPrompt ?? dc.Texts.Get(DialogTexts.Retry, activity.Locale) + "\n\n" + options.Prompt;
            await OnPromptAsync(dc, options, retry, cancellationToken).ConfigureAwait(false);
        }
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var options = ReadOptions(instance.State);
        return OnPromptAsync(dc, options, options.Prompt, cancellationToken);
    }

    /// <summary>A stored prompt continues when its options read, choices with their keys (an older frame's choices had none).</summary>
    public override bool CanContinue(DialogInstance instance)
    {
        try
        {
            var options = instance.State[OptionsKey]?.Deserialize(DialogJsonContext.Default.PromptOptions);
            return options is not null && (options.Choices ?? []).All(c => !string.IsNullOrEmpty(c.Key) && !string.IsNullOrEmpty(c.Title));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Sends the question (with its choices, where the prompt has some) as the channel shows it best.</summary>
    protected virtual Task OnPromptAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        dc.Context.SendActivity(text);
        return Task.CompletedTask;
    }

    /// <summary>Reads the answer in the current activity.</summary>
    protected abstract PromptRecognizerResult<T> Recognize(DialogContext dc, PromptOptions options);

    /// <summary>
    /// Reads the answer with the whole pipeline; by default the rules of <see cref="Recognize"/>. A prompt that asks a
    /// follow-up keeps what it needs for the next turn in <paramref name="state"/> (its frame).
    /// </summary>
    protected virtual ValueTask<PromptRecognizerResult<T>> RecognizeAsync(DialogContext dc, PromptOptions options, JsonObject state,
        CancellationToken cancellationToken) => ValueTask.FromResult(Recognize(dc, options));

    /// <summary>The context a question at this prompt is answered in (the generic one when the dialog named none).</summary>
    protected static string QuestionContextOf(PromptOptions options) => options.QuestionContext ?? UnderstandingTexts.GenericContext;

    /// <summary>
    /// Answers on the side what is no answer: a message in another language (a kind reply that the coach speaks
    /// English), or a question (answered by the registered answerers). True when it did, and the prompt is asked again.
    /// </summary>
    private static async Task<bool> AnswerAsideAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var understanding = TurnUnderstanding.Of(dc.Context, dc.Texts);
        if (understanding.Languages.OtherLanguageOf(activity.Text) is not null)
        {
            dc.Context.SendActivity(dc.Texts.Get(UnderstandingTexts.OtherLanguage, activity.Locale));
            return true;
        }
        if (understanding.FindQuestion(activity.Text, activity.Locale) is not { } question) return false;
        var answer = await understanding.AnswerAsync(dc.Context, question, QuestionContextOf(options), activity.Text ?? "", cancellationToken)
            .ConfigureAwait(false);
        dc.Context.SendActivity(answer);
        return true;
    }

    private static bool Allows(PromptOptions options, PromptSignal signal) =>
        signal.Kind == PromptSignalKind.Back ? options.AllowBack : options.AllowSkip;

    protected static PromptOptions ReadOptions(JsonObject state) =>
        state[OptionsKey]?.Deserialize(DialogJsonContext.Default.PromptOptions) ?? new PromptOptions();
}
