using System.Text.Json;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// "set a new goal" or "self-assessment" typed while a goal is being set: a restart would lose the goal in progress,
/// so this asks once, on top of the goal dialog, with the yes/no buttons of core.confirm. Yes ends the goal and starts
/// what was asked for; anything else leaves this and the goal dialog asks its question again, its answers kept.
/// The same command typed again here is a yes.
/// </summary>
public sealed class LeaveGoalDialog(CoachTexts texts) : Dialog(DialogId)
{
    public const string DialogId = "leaveGoal";

    private const string StateKey = "state";

    /// <summary>
    /// Built from the stored shape of <see cref="LeaveGoalRequest"/>, as a waterfall's is: a frame stored with another shape
    /// (the loose keys of the first version, stored as version "1") is stale, and the stack is reset with the friendly
    /// sentence instead of misread. The frame lives only until the yes or no, so no record migration is needed.
    /// </summary>
    public override string Version => StateVersion;

    private static readonly string StateVersion = DialogVersion.Of([DialogId,
        "state:" + string.Join(",", DialogStateJsonContext.Default.LeaveGoalRequest.Properties.Select(p => p.Name + ":" + p.PropertyType.Name))]);

    /// <summary>The goal in progress in the user's words, read from the goal dialog's frame; null before one was said (nothing to lose then).</summary>
    public static string? GoalInProgress(DialogContext dc)
    {
        var goal = dc.Stack.FirstOrDefault(f => f.Id == GoalDialog.DialogId);
        return (goal?.InnerStack ?? []).Select(GoalDialog.DraftTextOf).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var (command, goal) = ((CoachCommand, string))options!;
        var key = command.Kind switch
        {
            CoachCommandKind.NewGoal => MenuTexts.LeaveGoalForNewGoal,
            CoachCommandKind.SelfAssessment => MenuTexts.LeaveGoalForAssessment,
            _ => MenuTexts.LeaveGoalForProfile,
        };
        var request = new LeaveGoalRequest
        {
            Kind = command.Kind, Text = command.Text, Part = command.Part,
            Prompt = texts.Text(dc.Context, key, ("goal", GoalReadBack.Outcome(dc.Context, texts, goal) ?? UserText.Clean(goal))),
        };
        dc.ActiveDialog!.State[StateKey] = JsonSerializer.SerializeToNode(request, DialogStateJsonContext.Default.LeaveGoalRequest);
        Ask(dc, request);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>A stored frame continues only when its state reads as a <see cref="LeaveGoalRequest"/>.</summary>
    public override bool CanContinue(DialogInstance instance) => Load(instance) is not null;

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var pressed = ChoiceRecognizer.RecognizeExact(activity.Text, dc.Texts.Choices.Get(DialogTexts.Confirm, activity.Locale));
        var yes = DialogTexts.Confirm.Read(pressed) is { } key ? key == YesNo.Yes : BooleanRecognizer.Recognize(activity.Text, activity.Locale);
        if (yes == true) return await LeaveAsync(dc, cancellationToken).ConfigureAwait(false);
        texts.Say(dc.Context, MenuTexts.LeaveGoalStay);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false); // the goal dialog asks its question again
    }

    /// <summary>The goal in progress ends, and what was asked for starts.</summary>
    public static async Task<DialogTurnResult> LeaveAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var request = Load(dc.ActiveDialog!) ?? throw new DialogStackStaleException(DialogId, dc.ActiveDialog!.Version, StateVersion);
        var command = new CoachCommand(request.Kind, Part: request.Part, Text: request.Text);
        var (dialogId, options) = CommandHandler.StartOf(command);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        if (Load(instance) is { } request) Ask(dc, request);
        return Task.CompletedTask;
    }

    private static LeaveGoalRequest? Load(DialogInstance instance)
    {
        try
        {
            return instance.State[StateKey]?.Deserialize(DialogStateJsonContext.Default.LeaveGoalRequest);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Ask(DialogContext dc, LeaveGoalRequest request) =>
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, request.Prompt,
            dc.Texts.Choices.Get(DialogTexts.Confirm, dc.Context.Activity.Locale)));
}

/// <summary>The stored state of <see cref="LeaveGoalDialog"/>: the command to start on a yes, and the question as asked.</summary>
public sealed class LeaveGoalRequest
{
    public CoachCommandKind Kind { get; set; }
    public string? Text { get; set; }
    public string? Part { get; set; }
    public string Prompt { get; set; } = "";
}
