using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.Conversation;

/// <summary>How a prompt's answer is read, which decides whether a feeling said in a sentence can be the answer.</summary>
public enum PromptKind
{
    /// <summary>Free words are the answer (a strength, a reason, a finish line): a sentence with a feeling in it may be one.</summary>
    Words,

    /// <summary>A number, a date, a choice or a schedule: a feeling is never the answer, a digit may be.</summary>
    Exact,
}

/// <summary>
/// Where the person is when a message arrives at an open question: the coaching dialog (assessment, goal, plan editor,
/// schedule), the place inside it (<c>assessment.skills</c>, <c>goal.confidence</c>, <c>planEdit</c>, <c>schedule</c>),
/// the prompt's frame and the question it asked. Read from the stored stack, so it costs no dialog turn.
/// </summary>
public sealed record PromptPlace(string DialogId, string Key, PromptKind Kind, PromptOptions Options, Dialog Prompt, string? Part)
{
    /// <summary>The dialogs whose prompts take the shared step; the check-in has its own (ReflectionDialog).</summary>
    private static readonly HashSet<string> Covered = [SelfAssessmentDialog.DialogId, GoalDialog.DialogId, PlanEditDialog.DialogId, ScheduleDialog.DialogId];

    public bool InAssessment => DialogId == SelfAssessmentDialog.DialogId;

    public bool InGoal => DialogId == GoalDialog.DialogId;

    /// <summary>The place of the open question, or null when none is open or it belongs to another dialog.</summary>
    public static PromptPlace? Of(DialogContext dc)
    {
        var stack = dc.Stack;
        if (stack.Count == 0 || !Covered.Contains(stack[0].Id)) return null;
        var outer = stack[0];
        // From the outer dialog in: a component's active frame is the first of its inner stack, the waterfall that
        // asked is the one below it.
        Dialog? dialog = dc.FindDialog(outer.Id);
        DialogInstance? promptFrame = null, askingFrame = null;
        for (var frame = outer; frame.InnerStack is { Count: > 0 } inner; frame = inner[0])
        {
            promptFrame = inner[0];
            askingFrame = inner.Count > 1 ? inner[1] : null;
            dialog = (dialog as ComponentDialog)?.Dialogs.Find(inner[0].Id);
        }
        if (dialog is null || promptFrame is null || !IsPrompt(dialog)) return null;
        var options = ReadOptions(promptFrame.State);
        if (options is null) return null;
        var waterfall = askingFrame?.State["state"] as JsonObject;
        return outer.Id switch
        {
            SelfAssessmentDialog.DialogId => Assessment(outer.Id, dialog, options, waterfall),
            GoalDialog.DialogId => Goal(outer.Id, dialog, options, waterfall),
            _ => new PromptPlace(outer.Id, outer.Id, PromptKind.Exact, options, dialog, null),
        };
    }

    private static PromptPlace Assessment(string id, Dialog prompt, PromptOptions options, JsonObject? state)
    {
        // The run's state names the part; the summary's confirmation and "which part?" have none.
        var part = prompt is TextPrompt ? state?["part"]?.GetValue<string>() : null;
        return new PromptPlace(id, part is null ? id + ".summary" : id + "." + part, part is null ? PromptKind.Exact : PromptKind.Words, options, prompt, part);
    }

    private static PromptPlace Goal(string id, Dialog prompt, PromptOptions options, JsonObject? state)
    {
        var pending = state?["pending"]?.GetValue<string>();
        var question = pending is not null && Enum.TryParse<GoalQuestion>(pending, out var q) ? q : (GoalQuestion?)null;
        var kind = prompt is TextPrompt && question is null or GoalQuestion.Goal or GoalQuestion.Specific or GoalQuestion.Measurable
            or GoalQuestion.Relevant or GoalQuestion.Smaller ? PromptKind.Words : PromptKind.Exact;
        var key = question is { } named ? id + "." + char.ToLowerInvariant(named.ToString()[0]) + named.ToString()[1..] : id + ".settle";
        return new PromptPlace(id, key, kind, options, prompt, null);
    }

    private static bool IsPrompt(Dialog dialog) =>
        dialog is TextPrompt or ChoicePrompt or ConfirmPrompt or MultiChoicePrompt or NumberPrompt or DatePrompt;

    private static PromptOptions? ReadOptions(JsonObject state)
    {
        try
        {
            return state["options"]?.Deserialize(DialogJsonContext.Default.PromptOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
