using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Crisis;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Scopes;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Coaching;

/// <summary>
/// The coach's turn: a welcome once per user (on install, on join, or on the first message, whichever comes first);
/// then global commands, which work anywhere; then the active dialog; and with nothing active, the menu.
/// </summary>
public sealed class CoachingBot : ActivityHandler
{
    private readonly CoachTexts _texts;
    private readonly SuggestionService _suggestions;
    private readonly DialogManager _dialogs;
    private readonly CommandHandler _commands;
    private readonly ButtonPresses _buttons;
    private readonly CheckInOptions _checkIns;
    private readonly ChannelScopeGate _scopeGate;
    private readonly MenuUnderstanding _menu;
    private readonly CrisisReply _crisis;
    private readonly CoachAnswers _answers;
    private readonly OfferReply _offers;
    private readonly ComingBack _comingBack;
    private readonly AiAnswer _aiAnswer;
    private readonly PromptAsides _asides;

    /// <param name="understanding">The understanding pipeline of every prompt and the menu; the rules only when null.</param>
    public CoachingBot(CoachTexts texts, SuggestionService suggestions, ILogger<DialogManager>? logger = null, CheckInOptions? checkIns = null,
        BotFramework.Understanding.Understander? understanding = null, CoachingOptions? coaching = null, ILogger<CoachingBot>? coachLogger = null,
        BotFramework.Connector.IPersonalChats? personalChats = null)
    {
        _texts = texts;
        _suggestions = suggestions;
        _checkIns = checkIns ?? new CheckInOptions();
        _scopeGate = new ChannelScopeGate(texts);
        var options = coaching ?? new CoachingOptions();
        _crisis = new CrisisReply(texts, new CrisisDetector(texts.Catalog), options, (ILogger?)coachLogger ?? NullLogger.Instance, personalChats);
        _answers = new CoachAnswers(texts, options);
        _offers = new OfferReply(texts, _answers);
        _aiAnswer = new AiAnswer(texts.Catalog);
        _commands = new CommandHandler(texts, suggestions);
        _buttons = new ButtonPresses(texts);
        _menu = new MenuUnderstanding(texts, _commands, context => _answers.AtMenuFirst(context, _suggestions.IsConfigured),
            context => _answers.AtMenu(context, _suggestions.IsConfigured),
            context => _answers.FeelingAtMenuFirst(context, _suggestions.IsConfigured) is { } feeling ? _answers.FeelingReply.HeardInOneLine(context, feeling) : null);
        var set = new DialogSet()
            .Add(new SelfAssessmentDialog(texts))
            .Add(new GoalDialog(texts, suggestions))
            .Add(new PlanEditDialog(texts))
            .Add(new DeleteDataDialog(texts))
            .Add(new ScheduleDialog(texts, _checkIns))
            .Add(new ReflectionDialog(texts, suggestions, _answers))
            .Add(new LeaveGoalDialog(texts));
        _dialogs = new DialogManager(set, texts.Catalog, logger) { Understanding = understanding ?? BotFramework.Understanding.Understander.RulesOnly(texts.Catalog) };
        _dialogs.Interruptions.Add(new DialogInterruption("commands",
            context => RecognizedCommand(context) is { } command && !IsPlanEditAnswer(context, command) && !IsUndoWhileSettingAGoal(context, command),
            (dc, ct) => _commands.HandleAsync(dc, RecognizedCommand(dc.Context)!, ct)));
        _comingBack = new ComingBack(texts);
        _dialogs.Interruptions.Add(_comingBack.Greeting());
        _dialogs.Interruptions.Add(_comingBack.CarryOn());
        // At any question of the assessment, a goal, the plan editor or the schedule: feelings, career and plan
        // questions, goodbyes heard before an answer is stored (the check-in hears its own).
        _asides = new PromptAsides(texts, _answers, suggestions, _aiAnswer, _dialogs.CreateContext);
        _dialogs.Interruptions.Add(_asides.Interruption());
    }

    /// <summary>In a channel or group chat only a short public answer (<see cref="ChannelScopeGate"/>); the coach works in the personal chat.</summary>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Before anything else, wherever the person is (a team channel too, before its gate): words of self-harm or
        // suicide end the coaching for this turn. The reply holds nothing personal, so it may be said where it was written.
        if (turnContext.Activity.IsType(ActivityTypes.Message) && await _crisis.TryHandleAsync(turnContext, cancellationToken).ConfigureAwait(false)) return;
        if (!_scopeGate.Handle(turnContext)) await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The command the message is, read once per turn (the interruption asks twice: does it match, then handle it):
    /// a press of one of the coach's buttons, by its key, or a command typed.
    /// </summary>
    private CoachCommand? RecognizedCommand(ITurnContext context)
    {
        if (context.TurnState.TryGetValue(CommandKey, out var known)) return known as CoachCommand;
        var command = _buttons.Recognize(context) ?? CommandRecognizer.Recognize(_texts.Catalog, context.Activity.Text, context.Activity.Locale);
        context.TurnState[CommandKey] = command!;
        return command;
    }

    private const string CommandKey = "coach.command";

    /// <summary>"done 2" while editing a plan is an answer to the plan editor, which knows which goal is meant.</summary>
    private static bool IsPlanEditAnswer(ITurnContext context, CoachCommand command) =>
        (command.Kind is CoachCommandKind.StepDone or CoachCommandKind.DropGoal or CoachCommandKind.CompleteGoal
            || command.Kind == CoachCommandKind.EditPlan && command.Text is not null)
        && context.Record.DialogState.DialogStack is [{ Id: PlanEditDialog.DialogId }, ..];

    /// <summary>
    /// "undo" while a goal is being set undoes no plan change: restarting into the plan editor would drop the goal not
    /// yet saved, so the goal dialog's question gets it (and asks again).
    /// </summary>
    private static bool IsUndoWhileSettingAGoal(ITurnContext context, CoachCommand command) =>
        command.Kind == CoachCommandKind.EditPlan && PlanEditCommand.ParseGoalChange(command.Text) is { Kind: PlanEditKind.Undo }
        && context.Record.DialogState.DialogStack is [{ Id: GoalDialog.DialogId }, ..];

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var welcomedNow = WelcomeOnce(turnContext);
        var text = turnContext.Activity.Text?.Trim() ?? "";
        if (welcomedNow && IsGreeting(turnContext, text)) return;
        CheckInTurns.OnUserMessage(turnContext);
        _comingBack.Notice(turnContext);
        // A yes or no to the step the coach just offered (a question at it is answered, then the offer asked again);
        // anything else drops the offer and goes its way. A yes that starts something (a first goal, the
        // self-assessment) runs as that command would.
        if (!_offers.TryHandle(turnContext, out var start))
        {
            if (start is not null) turnContext.TurnState[CommandKey] = start;
            await _dialogs.OnTurnAsync(turnContext, OnIdleAsync, cancellationToken).ConfigureAwait(false);
            _offers.AskAgainWhenDone(turnContext);
        }
        _asides.OfferWhenDone(turnContext);
        CheckInTurns.Sync(turnContext, _checkIns);
    }

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Uninstalled: check-ins stop rather than fail against the channel; a message from the user brings them back.
        CheckInTurns.OnUninstalled(turnContext);
        return Task.CompletedTask;
    }

    /// <summary>
    /// An Adaptive Card Action.Execute (Teams' universal actions): its data's <c>text</c> (or its verb) is read as if the
    /// user had typed it, the replies go to the conversation as usual, and the invoke is answered with a message.
    /// </summary>
    protected override async Task OnAdaptiveCardInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // The value is whatever the sender put there: only a string where our cards put one counts.
        var value = turnContext.Activity.Value;
        var text = JsonRead.StringAt(value, "action", "data", "text") ?? JsonRead.StringAt(value, "action", "verb");
        if (string.IsNullOrWhiteSpace(text))
        {
            turnContext.InvokeResponse = InvokeAnswer(400, "BadRequest", "The action carries no text or verb.");
            return;
        }
        // For the dialogs the action is a message with that text; the activity is an invoke again before the adapter answers it.
        var activity = turnContext.Activity;
        activity.Text = text;
        activity.Type = ActivityTypes.Message;
        try
        {
            await _dialogs.OnTurnAsync(turnContext, OnIdleAsync, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            activity.Type = ActivityTypes.Invoke;
        }
        turnContext.InvokeResponse = InvokeAnswer(200, null, null);
    }

    private static InvokeResponse InvokeAnswer(int status, string? code, string? message) => new()
    {
        Status = status,
        Body = status == 200
            ? new System.Text.Json.Nodes.JsonObject { ["statusCode"] = 200, ["type"] = ContentTypes.InvokeMessage, ["value"] = "OK" }
            : new System.Text.Json.Nodes.JsonObject
            {
                ["statusCode"] = status, ["type"] = ContentTypes.InvokeError,
                ["value"] = new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["message"] = message },
            },
    };

    /// <summary>
    /// No dialog is active and the message is no command: greet back, or read it in the person's own words (a command
    /// in a sentence, a goal, a question about the coach, the plan or a career topic, a feeling), or say what it heard.
    /// </summary>
    private async Task<DialogTurnResult> OnIdleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        if (context.Responded) return DialogTurnResult.Empty; // the welcome just went out
        if (IsGreeting(context, context.Activity.Text)) _commands.SendMenu(context, ComingBack.GreetingKey(context));
        else if (!await TryAiAnswerAsync(context, cancellationToken).ConfigureAwait(false))
            await _menu.HandleAsync(dc, cancellationToken).ConfigureAwait(false);
        return dc.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
    }

    /// <summary>
    /// With an LLM on, an open career question or a feeling may get an answer in the LLM's own words, grounded in the
    /// goal and profile: one call (the suggester's timeout keeps it inside the turn's deadline), checked, labelled.
    /// False when there is none, and the library or the feelings answer as they would without an LLM.
    /// </summary>
    private async Task<bool> TryAiAnswerAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        if (!_suggestions.IsOn(context) || _answers.FreeAnswerBrief(context) is not { } free) return false;
        var answer = await _suggestions.AnswerAsync(context, free.Brief, cancellationToken).ConfigureAwait(false);
        if (answer is null || _aiAnswer.Problem(answer) is not null) return false;
        var offer = free.Topic is { } topic ? _answers.Library.OfferFor(context, topic) : null;
        context.SendActivity(_aiAnswer.Message(context, answer, offer));
        return true;
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext,
        CancellationToken cancellationToken)
    {
        // Only the user this record belongs to is welcomed: in a group, each user gets their own welcome on their own turn.
        if (membersAdded.Any(m => m.Id == turnContext.Activity.From?.Id)) WelcomeOnce(turnContext);
        return Task.CompletedTask;
    }

    protected override Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams personal chat: the bot joining is the install, and the one user there is the one to welcome.
        if (turnContext.Activity.Conversation?.ConversationType == "personal") WelcomeOnce(turnContext);
        return Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        WelcomeOnce(turnContext);
        return Task.CompletedTask;
    }

    private bool WelcomeOnce(ITurnContext turnContext)
    {
        if (turnContext.Record.Welcomed) return false;
        turnContext.Record.Welcomed = true;
        var text = _texts.Text(turnContext, CoachingTexts.Welcome, ("name", FirstName(turnContext.Activity.From?.Name)))
            + "\n\n" + _texts.Text(turnContext, _suggestions.IsConfigured ? CoachingTexts.WelcomeAiConfigured : CoachingTexts.WelcomeAiNotConfigured);
        turnContext.SendActivity(ChoiceFactory.ForChannel(turnContext.Activity, text, _texts.Choices(turnContext, CoachingTexts.Menu)));
        return true;
    }

    /// <summary>Only a hello (the words of intents.greetings): the welcome or the menu answers it.</summary>
    private bool IsGreeting(ITurnContext context, string? text) => CommandWords.From(_texts.Catalog, context.Activity.Locale).IsGreeting(text);

    private static string FirstName(string? name)
    {
        var first = name?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(first) ? "there" : first;
    }
}
