using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using System.Text.Json.Serialization;

namespace CoachBot.BotFramework.Tests.Dialogs;

/// <summary>What the sample profile dialog keeps between its steps, saved with its frame.</summary>
internal sealed class ProfileAnswers
{
    public string? Name { get; set; }
    public decimal? Confidence { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Track { get; set; }
    public List<string> Values { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProfileAnswers))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;

/// <summary>A small bot written with the engine the way a coaching dialog is: a component with a waterfall of prompts over a typed state.</summary>
internal sealed class ProfileDialog : ComponentDialog
{
    public const string DialogId = "profile";

    public ProfileDialog(bool withExtraStep = false) : base(DialogId)
    {
        var steps = new List<WaterfallStep<ProfileAnswers>>
        {
            AskNameAsync, SaveNameAskConfidenceAsync, SaveConfidenceAskDeadlineAsync, SaveDeadlineAskTrackAsync,
            SaveTrackAskValuesAsync, SaveValuesConfirmAsync, FinishAsync,
        };
        if (withExtraStep) steps.Insert(1, AskNicknameAsync);
        AddDialog(new WaterfallDialog<ProfileAnswers>("profile.steps", SampleJsonContext.Default.ProfileAnswers, steps));
        AddDialog(new TextPrompt("text", (prompt, _) =>
        {
            if (prompt.Recognized.Value!.Any(char.IsDigit)) prompt.RetryText = "A name has no digits in it.";
            return Task.FromResult(!prompt.Recognized.Value!.Any(char.IsDigit));
        }));
        AddDialog(new NumberPrompt("number"));
        AddDialog(new DatePrompt("date"));
        AddDialog(new ChoicePrompt("choice"));
        AddDialog(new MultiChoicePrompt("multi"));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct) =>
        step.PromptAsync("text", new PromptOptions { Prompt = "What's your name?", MaxLength = 40 }, ct);

    private static Task<DialogTurnResult> AskNicknameAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct) =>
        step.PromptAsync("text", new PromptOptions { Prompt = "Any nickname?" }, ct);

    private static Task<DialogTurnResult> SaveNameAskConfidenceAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct)
    {
        step.State.Name = step.Skipped ? null : step.Result as string;
        return step.PromptAsync("number", new PromptOptions { Prompt = "How confident are you, 1 to 10?", Min = 1, Max = 10 }, ct);
    }

    private static Task<DialogTurnResult> SaveConfidenceAskDeadlineAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct)
    {
        if (step.Result is decimal confidence) step.State.Confidence = confidence;
        return step.PromptAsync("date", new PromptOptions { Prompt = "By when?" }, ct);
    }

    private static Task<DialogTurnResult> SaveDeadlineAskTrackAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct)
    {
        if (step.Result is DateOnly deadline) step.State.Deadline = deadline;
        return step.PromptAsync("choice", new PromptOptions
        {
            Prompt = "Which track?",
            Choices = [new("promotion", "Get promoted", ["promotion"]), new("roleChange", "Change roles"), new("learnSkill", "Learn a skill")],
        }, ct);
    }

    private static Task<DialogTurnResult> SaveTrackAskValuesAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct)
    {
        if (step.Result is FoundChoice track) step.State.Track = track.Key;
        return step.PromptAsync("multi", new PromptOptions
        {
            Prompt = "Pick your values.",
            Choices = [new("growth", "Growth"), new("salary", "Salary"), new("balance", "Balance"), new("impact", "Impact")],
        }, ct);
    }

    private static Task<DialogTurnResult> SaveValuesConfirmAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct)
    {
        if (step.Result is IReadOnlyList<FoundChoice> values) step.State.Values = values.Select(v => v.Key).ToList();
        return step.PromptAsync("confirm", new PromptOptions { Prompt = $"Save this, {step.State.Name ?? "friend"}?" }, ct);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<ProfileAnswers> step, CancellationToken ct)
    {
        var saved = step.Result is true;
        var answers = step.State;
        step.Context.SendActivity(saved
            ? $"Saved: {answers.Name}, {answers.Confidence}, {answers.Deadline:yyyy-MM-dd}, {answers.Track}, {string.Join("+", answers.Values)}."
            : "Not saved.");
        return step.EndDialogAsync(saved, ct);
    }
}

/// <summary>A bot on the engine: interruptions first, then the active dialog, then "start" begins the profile.</summary>
internal sealed class DialogTestBot : ActivityHandler
{
    private readonly DialogManager _manager;

    public DialogTestBot(TextCatalog texts, Dialog root)
    {
        _manager = new DialogManager(new DialogSet().Add(root), texts);
        _manager.Interruptions.Add(new DialogInterruption("help", Is("help"), (dc, _) =>
        {
            dc.Context.SendActivity("Help: say cancel to stop.");
            return Task.FromResult(InterruptionOutcome.Resume);
        }));
        _manager.Interruptions.Add(new DialogInterruption("cancel", Is("cancel"), async (dc, ct) =>
        {
            await dc.CancelAllDialogsAsync(ct);
            dc.Context.SendActivity("Cancelled.");
            return InterruptionOutcome.Handled;
        }));
        _manager.Interruptions.Add(new DialogInterruption("start over", Is("start over"), async (dc, ct) =>
        {
            await dc.CancelAllDialogsAsync(ct);
            await dc.BeginDialogAsync(root.Id, null, ct);
            return InterruptionOutcome.Handled;
        }));
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _manager.OnTurnAsync(turnContext, async (dc, ct) =>
        {
            if (dc.Context.Activity.Text == "start") return await dc.BeginDialogAsync(ProfileDialog.DialogId, null, ct);
            dc.Context.SendActivity("Idle.");
            return DialogTurnResult.Empty;
        }, cancellationToken);

    private static Func<ITurnContext, bool> Is(string command) =>
        context => string.Equals(context.Activity.Text?.Trim(), command, StringComparison.OrdinalIgnoreCase);
}

internal static class DialogTestTexts
{
    /// <summary>The real dialogs/ folder of the repository, so the engine's sentences are the shipped ones.</summary>
    public static TextCatalog Load() => TextCatalog.Load(CoachBot.TestSupport.RepoPaths.Dialogs);
}
