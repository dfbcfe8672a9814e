using System.Text.Json.Nodes;
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

    private const string KindKey = "kind";
    private const string TextKey = "text";
    private const string PartKey = "part";
    private const string PromptKey = "prompt";

    /// <summary>The goal in progress in the user's words, read from the goal dialog's frame; null before one was said (nothing to lose then).</summary>
    public static string? GoalInProgress(DialogContext dc)
    {
        var goal = dc.Stack.FirstOrDefault(f => f.Id == GoalDialog.DialogId);
        foreach (var frame in goal?.InnerStack ?? [])
        {
            var state = frame.State["state"] as JsonObject;
            var text = (state?["draft"] as JsonObject ?? state)?["text"]?.GetValue<string>();
            if (!string.IsNullOrWhiteSpace(text)) return text;
        }
        return null;
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
        var state = dc.ActiveDialog!.State;
        state[KindKey] = command.Kind.ToString();
        state[TextKey] = command.Text;
        state[PartKey] = command.Part;
        state[PromptKey] = texts.Text(dc.Context, key, ("goal", Outcome(dc, goal) ?? UserText.Clean(goal)));
        Ask(dc, state);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>The goal as the coach would word it ("become a product manager"), not as typed ("hmm i guess i want to ..."); null when it reads as none.</summary>
    private string? Outcome(DialogContext dc, string goal)
    {
        var context = dc.Context;
        var input = new SmartInput(UserText.Clean(goal), new Profile(), context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale,
            Vocabulary: GoalVocabulary.From(texts.Catalog, context.Activity.Locale));
        return SmartStatement.Compose(input, SmartAnalyzer.Analyze(input))?.Outcome;
    }

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
        var state = dc.ActiveDialog!.State;
        var command = new CoachCommand(Enum.Parse<CoachCommandKind>(state[KindKey]!.GetValue<string>()),
            Part: state[PartKey]?.GetValue<string>(), Text: state[TextKey]?.GetValue<string>());
        var (dialogId, options) = CommandHandler.StartOf(command);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        Ask(dc, instance.State);
        return Task.CompletedTask;
    }

    private static void Ask(DialogContext dc, JsonObject state) =>
        dc.Context.SendActivity(ChoiceFactory.ForChannel(dc.Context.Activity, state[PromptKey]!.GetValue<string>(),
            dc.Texts.Choices.Get(DialogTexts.Confirm, dc.Context.Activity.Locale)));
}
