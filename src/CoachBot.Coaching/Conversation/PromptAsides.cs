using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Assessment;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Conversation;

/// <summary>
/// The one step every question of the self-assessment, the goal, the plan editor and the schedule takes before an
/// answer is stored: a message said on the side (<see cref="AsideReader"/>) is answered as the menu would answer it,
/// made right for where the person is, and the question is asked again with a gentle lead-in; nothing is stored as
/// the answer and no attempt is counted. A goodbye keeps the place for next time. The crisis check ran before this.
/// </summary>
public sealed class PromptAsides
{
    private const string TurnKey = "coach.aside";

    private readonly CoachTexts _texts;
    private readonly CoachAnswers _answers;
    private readonly SuggestionService _suggestions;
    private readonly AiAnswer _ai;
    private readonly AsideReader _reader;
    private readonly AssessmentWords _assessment;
    private readonly Func<ITurnContext, DialogContext> _dialogs;

    /// <param name="dialogs">Makes the dialog context of a turn, to see which question is open.</param>
    public PromptAsides(CoachTexts texts, CoachAnswers answers, SuggestionService suggestions, AiAnswer ai, Func<ITurnContext, DialogContext> dialogs)
    {
        _texts = texts;
        _answers = answers;
        _suggestions = suggestions;
        _ai = ai;
        _dialogs = dialogs;
        _reader = new AsideReader(texts.Catalog, answers);
        _assessment = new AssessmentWords(texts.Catalog);
    }

    public DialogInterruption Interruption() => new("promptAsides", context => Reading(context) is not null, HandleAsync);

    /// <summary>The aside the message is, read once per turn (the interruption asks twice: does it match, then handle it).</summary>
    private (PromptPlace Place, Aside Aside)? Reading(ITurnContext context)
    {
        if (context.TurnState.TryGetValue(TurnKey, out var known)) return known as (PromptPlace, Aside)?;
        (PromptPlace, Aside)? reading = null;
        if (context.Record.DialogState.DialogStack.Count > 0 && PromptPlace.Of(_dialogs(context)) is { } place
            && _reader.Read(context, place, context.Activity.Text) is { } aside)
            reading = (place, aside);
        context.TurnState[TurnKey] = reading!;
        // Only the message right after an offer was held may answer it.
        if (CoachTurn.State(context).LaterOffer is { JustHeld: true } held) held.JustHeld = false;
        return reading;
    }

    private async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var (place, aside) = Reading(context)!.Value;
        var text = context.Activity.Text ?? "";
        var lead = AsideTexts.WhenReady;
        switch (aside.Kind)
        {
            case AsideKind.Greeting:
                lead = AsideTexts.BackAgain;
                break;
            case AsideKind.Goodbye:
                // The stack stays as it is: next time the same question is open (after days, ComingBack says where they were).
                _texts.Say(context, AsideTexts.Goodbye);
                return InterruptionOutcome.Handled;
            case AsideKind.Thanks:
                _texts.Say(context, AsideTexts.Welcome);
                break;
            case AsideKind.HeldYes:
                CoachTurn.State(context).LaterOffer!.Accepted = true;
                _texts.Say(context, AsideTexts.HeldYes);
                break;
            case AsideKind.HeldNo:
                CoachTurn.State(context).LaterOffer = null;
                _texts.Say(context, AsideTexts.HeldNo);
                break;
            case AsideKind.Plan:
                context.SendActivity(PlanAnswer(context, place, aside.Plan!.Value));
                break;
            case AsideKind.Role:
                context.SendActivity(_answers.RoleQuestion.Answer(context, aside.Role!, offer: false));
                break;
            case AsideKind.Library:
                if (!await TryAiAnswerAsync(context, aside.Topic, cancellationToken).ConfigureAwait(false))
                    context.SendActivity(LibraryAnswer(context, aside.Topic, text));
                break;
            case AsideKind.Feeling:
                if (!await TryAiAnswerAsync(context, null, cancellationToken).ConfigureAwait(false))
                    context.SendActivity(_answers.FeelingReply.Say(context, aside.Feeling!, backToPlan: false));
                if (aside.AnswerBeside is { } answer)
                {
                    await AnswerWithoutTheFeelingAsync(dc, answer, cancellationToken).ConfigureAwait(false);
                    return InterruptionOutcome.Handled;
                }
                break;
            case AsideKind.Outside:
                KeepOutside(context, place, aside.Outside!);
                break;
            case AsideKind.Goal:
                KeepGoal(context, aside.Goal!);
                break;
        }
        AskAgain(dc, place, lead);
        return InterruptionOutcome.Handled;
    }

    /// <summary>
    /// "im an accountant, 6 years, kinda burnt out tbh" at the role question: the feeling is heard (above), and the
    /// question takes the rest as its answer, so the answer is not lost and the next question follows. The message's
    /// text is the answer's only while the question reads it.
    /// </summary>
    private static async Task AnswerWithoutTheFeelingAsync(DialogContext dc, string answer, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var said = activity.Text;
        activity.Text = answer;
        try
        {
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            activity.Text = said;
        }
    }

    /// <summary>
    /// Called after every message turn: when the conversation that held an offer back has ended (nothing is open any
    /// more), the offer is made now, so a one-word yes works. Dropped when something else was offered this turn.
    /// </summary>
    public void OfferWhenDone(ITurnContext context)
    {
        var state = CoachTurn.State(context);
        if (state.LaterOffer is not { } later || context.Record.DialogState.DialogStack.Count > 0) return;
        state.LaterOffer = null;
        if (state.PendingOffer is not null) return;
        if (later is { Starts: PendingOffer.StartsGoal, GoalText: { } goal })
        {
            state.PendingOffer = later;
            if (GoalReadBack.Statement(context, _texts, goal) is { } statement) _texts.Say(context, AsideTexts.GoalOffer, ("statement", statement));
            else _texts.Say(context, AsideTexts.GoalOfferUnread);
            return;
        }
        var key = later.Source?.StartsWith("library.", StringComparison.Ordinal) == true ? later.Source["library.".Length..] : null;
        if (_answers.Library.Topics.FirstOrDefault(t => t.Key == key) is not { } topic) return;
        var offer = _answers.Library.OfferFor(context, topic);
        // Said yes to already, and there is a goal to add it to now: added, and said so; otherwise asked as usual.
        if (later.Accepted && state.PendingOffer is { Starts: null } step && state.Goals.FirstOrDefault(g => g.Id == step.GoalId) is { } inFocus)
        {
            state.PendingOffer = null;
            var title = char.ToUpperInvariant(step.Step[0]) + step.Step[1..];
            PlanSteps.Add(inFocus, new PlanStep { Title = title, Due = step.Due, Status = StepStatus.Open });
            _texts.Say(context, LibraryTexts.OfferAdded, ("step", title), ("goal", PlanSteps.Number(inFocus)), ("date", CoachTurn.Date(context, step.Due)));
            return;
        }
        context.SendActivity(offer);
    }

    /// <summary>The library's answer without its offer (a yes can't be read while the question waits): it is made when this ends.</summary>
    private string LibraryAnswer(ITurnContext context, LibraryTopic? topic, string text)
    {
        if (topic is null) return _answers.Library.TryAnswer(context, text, offer: false, honestWhenUnknown: true)!;
        var answer = _answers.Library.Answer(context, topic, offer: false, text);
        return HoldOffer(context, topic) is { } held ? answer + "\n\n" + held : answer;
    }

    /// <summary>Keeps the topic's step to offer when this ends; null (nothing to say) when a goal named earlier is already kept for then.</summary>
    private string? HoldOffer(ITurnContext context, LibraryTopic topic)
    {
        var state = CoachTurn.State(context);
        // A goal named during the self-assessment is the better offer to keep: it is the user's own.
        if (state.LaterOffer is { Starts: PendingOffer.StartsGoal }) return null;
        state.LaterOffer = new PendingOffer { Source = "library." + topic.Key, JustHeld = true };
        return _texts.Text(context, AsideTexts.OfferLater);
    }

    /// <summary>With an LLM on: the one free-form answer of this turn, checked and labelled; false to answer by the rules.</summary>
    private async Task<bool> TryAiAnswerAsync(ITurnContext context, LibraryTopic? topic, CancellationToken cancellationToken)
    {
        if (!_suggestions.IsOn(context) || _answers.FreeAnswerBrief(context) is not { } free) return false;
        var answer = await _suggestions.AnswerAsync(context, free.Brief, cancellationToken).ConfigureAwait(false);
        if (answer is null || _ai.Problem(answer) is not null) return false;
        var held = (topic ?? free.Topic) is { } offered ? HoldOffer(context, offered) : null;
        context.SendActivity(_ai.Message(context, answer, held));
        return true;
    }

    /// <summary>
    /// The menu's answer about the plan, made right for where the person is: in the middle of a goal, the
    /// self-assessment or the schedule, "what next?" is this first, then the step that comes after.
    /// </summary>
    private string PlanAnswer(ITurnContext context, PromptPlace place, PlanQuestion question)
    {
        var state = CoachTurn.State(context);
        if (question != PlanQuestion.NextStep || place.DialogId == PlanEditDialog.DialogId)
            return question != PlanQuestion.NextStep && place.InGoal && !state.ActiveGoals.Any()
                ? _texts.Text(context, AsideTexts.FirstGoalProgress)
                : _answers.Plan.Answer(context, question);
        var next = state.ActiveGoals.SelectMany(g => g.Steps.Where(s => s.Status == StepStatus.Open).Select(s => (Goal: g, Step: s)))
            .OrderBy(p => p.Step.Due).FirstOrDefault();
        var then = next.Step is { } step
            ? _texts.Text(context, AsideTexts.ThenStep, ("step", step.Title), ("goal", PlanSteps.Number(next.Goal)), ("date", CoachTurn.Date(context, step.Due)))
            : _texts.Text(context, place.InGoal ? AsideTexts.ThenGoalPlan : place.InAssessment ? AsideTexts.ThenFirstGoal : AsideTexts.ThenPlan);
        var lead = place.InGoal ? AsideTexts.NextGoal : place.InAssessment ? AsideTexts.NextAssessment : AsideTexts.NextSchedule;
        return _texts.Text(context, lead, ("then", then));
    }

    /// <summary>Outside results typed at another question of the self-assessment: added to the profile's, said back.</summary>
    private void KeepOutside(ITurnContext context, PromptPlace place, OutsideResults found)
    {
        var profile = CoachTurn.State(context).Profile;
        var outside = profile.Outside;
        foreach (var theme in found.Themes.Where(t => !outside.Themes.Contains(t))) outside.Themes.Add(theme);
        outside.PersonalityType = found.PersonalityType ?? outside.PersonalityType;
        foreach (var said in found.Feedback.Where(f => !outside.Feedback.Contains(f)).Take(Math.Max(0, 5 - outside.Feedback.Count))) outside.Feedback.Add(said);
        // Said back as read from this message alone: what was just typed, not everything kept so far.
        var heard = Hearing.For(AssessmentParts.Outside, "", new Profile { Outside = found }, [], _assessment, s => _texts.Text(context, s.Key, s.Args));
        var kept = place.Part == AssessmentParts.Skills ? AsideTexts.OutsideKept : AsideTexts.OutsideKeptElsewhere;
        context.SendActivity(_texts.Text(context, heard.Key, heard.Args) + " " + _texts.Text(context, kept));
    }

    /// <summary>A goal named during the self-assessment: kept as the vision (when there is none yet) and offered as the first goal at the end.</summary>
    private void KeepGoal(ITurnContext context, string goal)
    {
        var state = CoachTurn.State(context);
        if (string.IsNullOrWhiteSpace(state.Profile.Vision5Years)) state.Profile.Vision5Years = goal;
        state.LaterOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, GoalText = goal, Source = "assessment.goal" };
        // Said back as read ("I will find a part-time accountant job by ..."), never as typed; nothing quoted when unread.
        if (GoalReadBack.Statement(context, _texts, goal) is { } statement) _texts.Say(context, AsideTexts.GoalKept, ("statement", statement));
        else _texts.Say(context, AsideTexts.GoalKeptUnread);
    }

    /// <summary>The open question again, after a lead-in, shown as its prompt shows it (with its buttons, where it has some).</summary>
    private void AskAgain(DialogContext dc, PromptPlace place, string leadKey)
    {
        var context = dc.Context;
        var text = _texts.Text(context, leadKey, ("question", QuestionOf(place.Options.Prompt)));
        IReadOnlyList<Choice>? choices = place.Prompt switch
        {
            ConfirmPrompt => dc.Texts.Choices.Get(DialogTexts.Confirm, context.Activity.Locale),
            ChoicePrompt or MultiChoicePrompt => place.Options.Choices ?? [],
            _ => null,
        };
        context.SendActivity(choices is null ? context.Activity.CreateReply(text)
            : ChoiceFactory.ForChannel(context.Activity, text, choices, numbered: place.Prompt is MultiChoicePrompt));
    }

    /// <summary>
    /// The question of a prompt without what led up to it (the goal's "Specific: you named the role ..." lines): from
    /// the first paragraph that asks (a '?' or a closing ':') to the end; its first letter lowered to follow the lead-in.
    /// </summary>
    public static string QuestionOf(string prompt)
    {
        var paragraphs = prompt.Split("\n\n");
        var first = Array.FindIndex(paragraphs, p => p.Contains('?') || p.TrimEnd().EndsWith(':'));
        var question = string.Join("\n\n", paragraphs[Math.Max(first, 0)..]).Trim();
        if (question.Length < 2 || !char.IsUpper(question[0]) || !char.IsLower(question[1])) return question;
        return char.ToLowerInvariant(question[0]) + question[1..];
    }
}
