using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Smart;
using CoachBot.Coaching.Suggestions;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// SMART goal refinement, then the plan. The refinement is a loop: analyze the goal, ask about the first letter that
/// is missing (one question at a time), fold the answer into the draft, analyze again. A goal that already meets all
/// five letters passes in one turn. The user accepts or edits the SMART statement, a long-term goal is offered a
/// first milestone, and the plan is built from the rules (plus marked suggestions when an LLM is on).
/// </summary>
public sealed class GoalDialog : ComponentDialog
{
    public const string DialogId = "goal";
    private const string RefineId = "goal.refine";
    private const string SettleId = "goal.settle";
    private const string TextPromptId = "goal.text";
    private const string NumberPromptId = "goal.number";
    private const string DatePromptId = "goal.date";
    private const string ChoicePromptId = "goal.choice";
    private const string ConfirmPromptId = "goal.confirm";

    private const string Specific = "Specific", Measurable = "Measurable", Confidence = "Confidence", Hours = "Hours",
        Smaller = "Smaller", Relevant = "Relevant", TimeBound = "TimeBound", GoalText = "Goal";

    private readonly Coach _coach;

    public GoalDialog(Coach coach) : base(DialogId)
    {
        _coach = coach;
        AddDialog(new WaterfallDialog(RefineId, [AskMissingLetterAsync, FoldAnswerAsync]));
        AddDialog(new WaterfallDialog(SettleId, [ProposeStatementAsync, AfterProposalAsync, SaveGoalAsync, AfterLongTermAsync,
            ProposePlanAsync, AfterPlanAsync]));
        AddDialog(new TextPrompt(TextPromptId, HasWordsAsync));
        AddDialog(new NumberPrompt(NumberPromptId));
        AddDialog(new DatePrompt(DatePromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = RefineId;
    }

    private async Task<DialogTurnResult> AskMissingLetterAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<GoalDraft>() ?? new GoalDraft();
        if (draft.Text.Length == 0)
            return await AskAsync(step, draft with { Pending = GoalText }, TextPromptId, _coach.Text(context, GoalTexts.AskGoal), ct);

        var analysis = Analyze(context, draft);
        // The deadline is kept from the text it was found in, so rephrasing the outcome later does not lose it.
        if (draft.Deadline is null && analysis.Deadline is { } found) draft = draft with { Deadline = found };

        foreach (var letter in analysis.Letters.Where(l => !l.Met))
        {
            var question = QuestionFor(letter, analysis);
            if (draft.AskedCount(question) >= 2) continue; // asked twice already: accept it as it is
            var why = _coach.Text(context, GoalTexts.Reason(letter.Reason), ("evidence", letter.Evidence));
            var pending = draft with { Pending = question };
            return question switch
            {
                Confidence => await AskAsync(step, pending, NumberPromptId, why + "\n\n" + _coach.Text(context, GoalTexts.AskConfidence), ct, 1, 10),
                Hours => await AskAsync(step, pending, NumberPromptId, why + "\n\n" + _coach.Text(context, SmartTexts.AskAchievableTime), ct, 0, 80),
                TimeBound => await AskAsync(step, pending, DatePromptId, why + "\n\n" + _coach.Text(context, SmartTexts.AskTimeBound), ct),
                Relevant => await AskAsync(step, pending, TextPromptId, why + "\n\n" + _coach.Text(context, SmartTexts.AskRelevant) + ValuesHint(context), ct),
                Smaller => await AskAsync(step, pending, TextPromptId, why + "\n\n" + _coach.Text(context, SmartTexts.AskAchievableSmaller), ct),
                Measurable => await AskAsync(step, pending, TextPromptId, why + "\n\n" + _coach.Text(context, SmartTexts.AskMeasurable), ct),
                _ => await AskAsync(step, pending, TextPromptId, why + "\n\n" + _coach.Text(context, SmartTexts.AskSpecific), ct),
            };
        }
        return await step.ReplaceDialogAsync(SettleId, draft with { Pending = null }, ct);
    }

    private Task<DialogTurnResult> FoldAnswerAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetOptions<GoalDraft>()!;
        var question = draft.Pending ?? GoalText;
        draft = draft.CountAsked(question);
        var answer = step.Result;
        if (question == GoalText && answer is not string)
        {
            // No goal given (skipped, "not sure"): nothing to refine, so the dialog ends and the menu takes over.
            _coach.Say(step.Context, CoachingTexts.Help);
            return step.EndDialogAsync(null, ct);
        }
        draft = (question, answer) switch
        {
            (GoalText or Specific, string text) => draft with { Text = UserText.Clean(text) },
            (Smaller, string text) => draft with { Text = UserText.Clean(text), Confidence = null },
            (Measurable, string text) => draft with { Measure = UserText.Clean(text) },
            (Relevant, string text) => draft with { Relevance = UserText.Clean(text) },
            (Confidence, decimal value) => draft with { Confidence = (int)Math.Round(value) },
            (Hours, decimal value) => draft with { Hours = value },
            (TimeBound, DateOnly date) => draft with { Deadline = date },
            _ => draft,
        };
        return step.ReplaceDialogAsync(RefineId, draft with { Pending = null }, ct);
    }

    private async Task<DialogTurnResult> ProposeStatementAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<GoalDraft>()!;
        if (draft.Deadline is null)
        {
            var pencilled = Coach.Today(context).AddMonths(6);
            _coach.Say(context, GoalTexts.DefaultDeadline, ("date", Coach.Date(context, pencilled)));
            draft = draft with { Deadline = pencilled };
        }
        var analysis = Analyze(context, draft);
        var statement = Compose(context, draft, analysis);
        step.SetValue("statement", statement);
        step.SetValue("deadline", draft.Deadline!.Value);
        step.SetValue("type", analysis.Type);
        step.SetValue("confidence", analysis.Confidence);
        step.SetValue("hours", analysis.HoursPerWeek);

        string Mark(LetterVerdict verdict) => _coach.Text(context, verdict.Met ? GoalTexts.Met : GoalTexts.NotMet);
        var letters = _coach.Text(context, GoalTexts.Letters, ("s", Mark(analysis.Specific)), ("m", Mark(analysis.Measurable)),
            ("a", Mark(analysis.Achievable)), ("r", Mark(analysis.Relevant)), ("t", Mark(analysis.TimeBound)));
        var prompt = _coach.Text(context, GoalTexts.Proposal, ("statement", statement), ("letters", letters));
        List<Choice> choices = [new(_coach.Text(context, GoalTexts.Accept), ["yes", "ok", "sure"]), new(_coach.Text(context, GoalTexts.Edit), ["edit", "change", "no"])];
        if (_coach.SuggestionsOn(context))
        {
            var brief = GoalBrief.For(statement, draft.Deadline!.Value, analysis.Type, Coach.State(context).Profile, Coach.Today(context));
            if (await _coach.RewriteGoalAsync(context, draft.AnalyzedText, brief, ct).ConfigureAwait(false) is { } rewrite)
            {
                step.SetValue("rewrite", rewrite.Statement);
                step.SetValue("rewriteDeadline", rewrite.Deadline);
                prompt += "\n\n" + _coach.Text(context, GoalTexts.SuggestedWording, ("statement", rewrite.Statement),
                    ("deadline", Coach.Date(context, rewrite.Deadline)));
                choices.Add(new(_coach.Text(context, GoalTexts.UseSuggestion), ["suggestion", "use suggestion"]));
            }
        }
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = prompt, Choices = choices, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> AfterProposalAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is FoundChoice { Index: 1 })
            return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _coach.Text(step.Context, GoalTexts.AskEdit), MaxLength = 400 }, ct);
        if (step.Result is FoundChoice { Index: 2 }) step.SetValue("useRewrite", "yes");
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveGoalAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<GoalDraft>()!;
        var statement = step.GetValue<string>("statement")!;
        var deadline = step.GetValue<DateOnly>("deadline");
        if (step.GetValue<string>("useRewrite") is not null)
        {
            statement = step.GetValue<string>("rewrite")!;
            deadline = step.GetValue<DateOnly>("rewriteDeadline");
        }
        else if (step.Result is string edited)
        {
            statement = UserText.Clean(edited);
            var date = DateRecognizer.Recognize(statement, context.Clock.GetUtcNow(), Coach.Zone(context), context.Activity.Locale);
            if (date.Kind == DateRecognitionKind.Date) deadline = date.Date!.Value;
        }

        var state = Coach.State(context);
        var goal = new Goal
        {
            Id = "g" + state.NextGoalNumber++,
            Text = draft.Text,
            Statement = statement,
            Deadline = deadline,
            Type = step.GetValue<GoalType>("type"),
            Confidence = draft.Confidence ?? step.GetValue<int?>("confidence"),
            HoursPerWeek = draft.Hours ?? step.GetValue<decimal?>("hours"),
            Relevance = draft.Relevance,
            Measure = draft.Measure,
            CreatedOn = Coach.Today(context),
        };
        state.Goals.Add(goal);
        step.SetValue("goalId", goal.Id);
        _coach.Say(context, GoalTexts.Saved, ("statement", statement));

        return goal.IsLongTerm
            ? await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = _coach.Text(context, GoalTexts.LongTerm), AllowBack = false }, ct)
            : await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> AfterLongTermAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Result is true
            ? await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _coach.Text(step.Context, GoalTexts.AskMilestone), MaxLength = 200 }, ct)
            : await step.NextAsync(null, ct);

    private async Task<DialogTurnResult> ProposePlanAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var state = Coach.State(context);
        var goal = state.Goals.First(g => g.Id == step.GetValue<string>("goalId"));
        var today = Coach.Today(context);
        goal.Steps = new PlanBuilder(_coach.Texts).Build(goal, state.Profile, today, context.Activity.Locale);
        if (step.Result is string milestone)
        {
            var due = Min(today.AddMonths(12), goal.Deadline!.Value);
            goal.Steps.Add(new PlanStep { Title = _coach.Text(context, GoalTexts.MilestoneStep, ("milestone", UserText.Clean(milestone))), Due = due });
        }
        if (_coach.SuggestionsOn(context))
        {
            var suggested = await _coach.SuggestStepsAsync(context, GoalBrief.For(goal, state.Profile, today), ct).ConfigureAwait(false);
            if (suggested is { Count: > 0 })
            {
                goal.Steps.AddRange(suggested.Select(s => new PlanStep { Title = s.Title, Due = s.Due, Suggested = true }));
                _coach.Say(context, GoalTexts.SuggestionsAdded);
            }
        }
        PlanSteps.Renumber(goal);

        _coach.Say(context, GoalTexts.PlanIntro);
        context.SendActivity(MessageRenderer.Render(PlanView.ForGoal(_coach, context, goal), context.Activity.ChannelId));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = _coach.Text(context, GoalTexts.PlanQuestion),
            Choices = [new(_coach.Text(context, GoalTexts.PlanAccept), ["yes", "ok", "good", "accept"]), new(_coach.Text(context, GoalTexts.PlanEdit), ["edit", "change", "no"])],
            AllowBack = false,
        }, ct);
    }

    private async Task<DialogTurnResult> AfterPlanAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var goalId = step.GetValue<string>("goalId")!;
        if (step.Result is FoundChoice { Index: 1 })
            return await step.ReplaceDialogAsync(PlanEditDialog.DialogId, new PlanEditDialog.EditOptions(goalId), ct);
        _coach.Say(step.Context, GoalTexts.PlanSaved);
        return await step.EndDialogAsync(goalId, ct);
    }

    private static SmartAnalysis Analyze(ITurnContext context, GoalDraft draft) => SmartAnalyzer.Analyze(Input(context, draft));

    private static SmartInput Input(ITurnContext context, GoalDraft draft) =>
        new(draft.Text, Coach.State(context).Profile, context.Clock.GetUtcNow(), Coach.Zone(context),
            context.Activity.Locale, draft.Confidence, draft.Hours, draft.Relevance, draft.Deadline, draft.Measure);

    /// <summary>The question that fills a missing letter; a low confidence asks for a smaller goal instead.</summary>
    private static string QuestionFor(LetterVerdict letter, SmartAnalysis analysis) => letter.Letter switch
    {
        SmartLetter.Specific => Specific,
        SmartLetter.Measurable => Measurable,
        SmartLetter.Achievable when letter.Reason == SmartReason.LowConfidence => Smaller,
        SmartLetter.Achievable when letter.Reason == SmartReason.NoTime => Hours,
        SmartLetter.Achievable => analysis.Confidence is null ? Confidence : Hours,
        SmartLetter.Relevant => Relevant,
        _ => TimeBound,
    };

    private string Compose(ITurnContext context, GoalDraft draft, SmartAnalysis analysis)
    {
        var parts = SmartStatement.From(Input(context, draft), analysis);
        return _coach.Text(context, parts.TemplateKey, ("outcome", parts.Outcome), ("measure", parts.Measure),
            ("deadline", Coach.Date(context, draft.Deadline!.Value)));
    }

    private string ValuesHint(ITurnContext context)
    {
        var values = Coach.State(context).Profile.Values;
        return values.Count == 0 ? "" : " " + _coach.Text(context, GoalTexts.ValuesHint, ("values", string.Join(", ", values)));
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, GoalDraft pending, string promptId, string question,
        CancellationToken ct, decimal? min = null, decimal? max = null)
    {
        // The pending question is saved with the frame's options, so the answer is folded in right even after a restart.
        step.SetOptions(pending);
        return step.PromptAsync(promptId, new PromptOptions { Prompt = question, Min = min, Max = max, MaxLength = 500 }, ct);
    }

    private Task<bool> HasWordsAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (UserText.HasWords(prompt.Recognized.Value)) return Task.FromResult(true);
        prompt.RetryText = _coach.Text(prompt.Context, AssessmentTexts.NeedWords);
        return Task.FromResult(false);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
