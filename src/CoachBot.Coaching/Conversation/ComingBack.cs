using System.Text.Json;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Conversation;

/// <summary>Keys of the coming-back texts in dialogs/en-US/welcome.yaml.</summary>
[TextKeys]
public static class ComingBackTexts
{
    public const string ComingBack = "welcome.comingBack";
    public const string CarryOnWords = "welcome.carryOnWords";
    public const string WhereAny = "welcome.where.any";
    public static readonly string WherePrefix = "welcome.where.";

    /// <summary>Names of the open question by its question context, dots as underscores ("welcome.where.asked.goalhelp_deadline").</summary>
    public static readonly string WhereAskedPrefix = "welcome.where.asked.";

    public static readonly ChoiceSet<ResumeChoice> Resume = new("welcome.resume");
}

public enum ResumeChoice { CarryOn, StartOver }

/// <summary>
/// A user who comes back days later to an open question hears where they were ("Last time we were setting your
/// goal's deadline: carry on, or start over?") instead of the bare question. "Carry on" asks the question again;
/// "start over" is the command of that name; any other answer goes to the open question as usual.
/// </summary>
public sealed class ComingBack(CoachTexts texts)
{
    /// <summary>Days away after which an open question is not simply asked on.</summary>
    public const int DaysAway = 3;

    private const string TurnKey = "coach.comingBack";
    private const string SeenBeforeKey = "coach.seenBefore";
    private readonly PhraseSet _carryOn = PhraseSet.Parse(texts.Catalog.Get(ComingBackTexts.CarryOnWords));

    /// <summary>
    /// Notes the day the user wrote (once a day, so most turns write nothing more) and whether they come back to an
    /// open question after <see cref="DaysAway"/> days. Call once per message, before the dialogs run.
    /// </summary>
    public void Notice(ITurnContext context)
    {
        var state = CoachTurn.State(context);
        var today = DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
        var away = state.LastSeenOn is { } last && today.DayNumber - last.DayNumber >= DaysAway;
        context.TurnState[SeenBeforeKey] = state.LastSeenOn is not null;
        if (state.LastSeenOn != today) state.LastSeenOn = today;
        context.TurnState[TurnKey] = away && context.Record.DialogState.DialogStack.Count > 0;
    }

    /// <summary>
    /// The hello for a hello at the menu: "Hi again!" only to someone who wrote before this message (on an earlier
    /// turn, any day); a brand-new user's first "hey" after the welcome gets a first hello.
    /// </summary>
    public static string GreetingKey(ITurnContext context) =>
        context.TurnState.TryGetValue(SeenBeforeKey, out var seen) && seen is true ? CoachingTexts.GreetingAgain : CoachingTexts.GreetingFirst;

    /// <summary>The interruption that says where they were; the dialog waits for the next message.</summary>
    public DialogInterruption Greeting() => new("comingBack",
        context => context.TurnState.TryGetValue(TurnKey, out var away) && away is true,
        (dc, ct) =>
        {
            var context = dc.Context;
            CoachTurn.State(context).AskedToResume = true;
            var text = texts.Text(context, ComingBackTexts.ComingBack, ("where", Where(context, dc.Stack)));
            context.SendActivity(ChoiceFactory.ForChannel(context.Activity, text, texts.Choices(context, ComingBackTexts.Resume)));
            return Task.FromResult(InterruptionOutcome.Handled);
        });

    /// <summary>The interruption for "carry on" after the greeting: the open question is asked again.</summary>
    public DialogInterruption CarryOn() => new("carryOn",
        context => CoachTurn.State(context) is { AskedToResume: true } state && (state.AskedToResume = false) is false
            && _carryOn.Find(PhraseSet.Words(context.Activity.Text)).Any(h => h.Length * 2 >= PhraseSet.Words(context.Activity.Text).Count),
        (dc, ct) => Task.FromResult(InterruptionOutcome.Resume));

    /// <summary>
    /// The open question by its question context, when dialogs/ names it ("checking how confident you feel about your
    /// goal", "in your check-in, at what went well"); else the innermost open dialog that has a name ("setting your
    /// goal's deadline"), else the outer ones.
    /// </summary>
    private string Where(ITurnContext context, List<DialogInstance> stack)
    {
        var ids = new List<string>();
        DialogInstance? innermost = null;
        for (var frames = stack; frames is { Count: > 0 }; frames = frames[0].InnerStack)
        {
            ids.Add(frames[0].Id);
            innermost = frames[0];
        }
        if (QuestionContext(innermost) is { } asked && texts.Catalog.Contains(ComingBackTexts.WhereAskedPrefix + asked.Replace('.', '_')))
            return texts.Text(context, ComingBackTexts.WhereAskedPrefix + asked.Replace('.', '_'));
        foreach (var id in Enumerable.Reverse(ids))
        {
            var key = ComingBackTexts.WherePrefix + id.Replace('.', '_');
            if (texts.Catalog.Contains(key)) return texts.Text(context, key);
        }
        return texts.Text(context, ComingBackTexts.WhereAny);
    }

    /// <summary>The question context of the prompt waiting in the frame (what it asks), or null when it is no prompt's.</summary>
    private static string? QuestionContext(DialogInstance? frame)
    {
        try
        {
            return frame?.State["options"]?.Deserialize(DialogJsonContext.Default.PromptOptions)?.QuestionContext;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
