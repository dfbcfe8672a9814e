using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using System.Text.Json;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>What the prompt read from the user's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? RetryText = null)
{
    public static PromptRecognizerResult<T> Failed(string? retryText = null) => new(false, default, retryText);
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

        if (PromptCommands.Recognize(activity.Text) is { } signal && Allows(options, signal))
            return await dc.EndDialogAsync(signal, cancellationToken).ConfigureAwait(false);

        var attempt = (state[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        var recognized = Recognize(dc, options);
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempt) { RetryText = recognized.RetryText };
        var valid = recognized.Succeeded && (validator is null || await validator(validation, cancellationToken).ConfigureAwait(false));
        if (valid) return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);

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

    private static bool Allows(PromptOptions options, PromptSignal signal) =>
        signal.Kind == PromptSignalKind.Back ? options.AllowBack : options.AllowSkip;

    private static PromptOptions ReadOptions(System.Text.Json.Nodes.JsonObject state) =>
        state[OptionsKey]?.Deserialize(DialogJsonContext.Default.PromptOptions) ?? new PromptOptions();
}
