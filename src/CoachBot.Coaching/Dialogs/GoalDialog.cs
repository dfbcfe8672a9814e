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

    private readonly CoachTexts _texts;
    private readonly SuggestionService _suggestions;

    public GoalDialog(CoachTexts texts, SuggestionService suggestions) : base(DialogId)
    {
        _texts = texts;
        _suggestions = suggestions;
        AddDialog(new WaterfallDialog<GoalDraft>(RefineId, DialogStateJsonContext.Default.GoalDraft,
            [AskNextMissingLetterAsync, SaveAnswerAnalyzeAgainAsync]));
        AddDialog(new WaterfallDialog<GoalSettlement>(SettleId, DialogStateJsonContext.Default.GoalSettlement,
            [ProposeStatementAsync, SaveProposalAnswerAskWordingAsync, SaveGoalAskForMilestoneAsync, AskMilestoneAsync,
             SaveMilestoneProposePlanAsync, SavePlanOrEditStepsAsync]));
        AddDialog(new TextPrompt(TextPromptId, HasWordsAsync));
        AddDialog(new NumberPrompt(NumberPromptId));
        AddDialog(new DatePrompt(DatePromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = RefineId;
    }

    private async Task<DialogTurnResult> AskNextMissingLetterAsync(WaterfallStepContext<GoalDraft> step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.State;
        if (draft.Text.Length == 0)
            return await AskAsync(step, GoalQuestion.Goal, TextPromptId, _texts.Text(context, GoalTexts.AskGoal), ct);

        var analysis = Analyze(context, draft);
        // The deadline is kept from the text it was found in, so rephrasing the outcome later does not lose it.
        if (draft.Deadline is null && analysis.Deadline is { } found) draft.Deadline = found;

        foreach (var letter in analysis.Letters.Where(l => !l.Met))
        {
            var question = QuestionFor(letter, analysis);
            if (draft.AskedCount(question) >= 2) continue; // asked twice already: accept it as it is
            var why = _texts.Text(context, GoalTexts.Reason(letter.Reason), ("evidence", letter.Evidence));
            return question switch
            {
                GoalQuestion.Confidence => await AskAsync(step, question, NumberPromptId, why + "\n\n" + _texts.Text(context, GoalTexts.AskConfidence), ct, 1, 10),
                GoalQuestion.Hours => await AskAsync(step, question, NumberPromptId, why + "\n\n" + _texts.Text(context, SmartTexts.AskAchievableTime), ct, 0, 80),
                GoalQuestion.TimeBound => await AskAsync(step, question, DatePromptId, why + "\n\n" + _texts.Text(context, SmartTexts.AskTimeBound), ct),
                GoalQuestion.Relevant => await AskAsync(step, question, TextPromptId, why + "\n\n" + _texts.Text(context, SmartTexts.AskRelevant) + ValuesHint(context), ct),
                GoalQuestion.Smaller => await AskAsync(step, question, TextPromptId, why + "\n\n" + _texts.Text(context, SmartTexts.AskAchievableSmaller), ct),
                GoalQuestion.Measurable => await AskAsync(step, question, TextPromptId, why + "\n\n" + _texts.Text(context, SmartTexts.AskMeasurable), ct),
                _ => await AskAsync(step, question, TextPromptId, why + "\n\n" + _texts.Text(context, SmartTexts.AskSpecific), ct),
            };
        }
        draft.Pending = null;
        return await step.ReplaceDialogAsync(SettleId, new GoalSettlement { Draft = draft }, ct);
    }

    private Task<DialogTurnResult> SaveAnswerAnalyzeAgainAsync(WaterfallStepContext<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        var question = draft.Pending ?? GoalQuestion.Goal;
        draft.Pending = null;
        draft.CountAsked(question);
        var answer = step.Result;
        if (question == GoalQuestion.Goal && answer is not string)
        {
            // No goal given (skipped, "not sure"): nothing to refine, so the dialog ends and the menu takes over.
            _texts.Say(step.Context, CoachingTexts.Help);
            return step.EndDialogAsync(null, ct);
        }
        switch (question, answer)
        {
            case (GoalQuestion.Goal or GoalQuestion.Specific, string text): draft.Text = UserText.Clean(text); break;
            case (GoalQuestion.Smaller, string text): draft.Text = UserText.Clean(text); draft.Confidence = null; break;
            case (GoalQuestion.Measurable, string text): draft.Measure = UserText.Clean(text); break;
            case (GoalQuestion.Relevant, string text): draft.Relevance = UserText.Clean(text); break;
            case (GoalQuestion.Confidence, decimal value): draft.Confidence = (int)Math.Round(value); break;
            case (GoalQuestion.Hours, decimal value): draft.Hours = value; break;
            case (GoalQuestion.TimeBound, DateOnly date): draft.Deadline = date; break;
        }
        return step.ReplaceDialogAsync(RefineId, draft, ct);
    }

    private async Task<DialogTurnResult> ProposeStatementAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var context = step.Context;
        var settlement = step.State;
        var draft = settlement.Draft;
        if (draft.Deadline is null)
        {
            var pencilled = CoachTurn.Today(context).AddMonths(6);
            _texts.Say(context, GoalTexts.DefaultDeadline, ("date", CoachTurn.Date(context, pencilled)));
            draft.Deadline = pencilled;
        }
        var analysis = Analyze(context, draft);
        settlement.Statement = Compose(context, draft, analysis);
        settlement.Deadline = draft.Deadline.Value;
        settlement.Type = analysis.Type;
        settlement.AnalyzedConfidence = analysis.Confidence;
        settlement.AnalyzedHours = analysis.HoursPerWeek;

        string Mark(LetterVerdict verdict) => _texts.Text(context, verdict.Met ? GoalTexts.Met : GoalTexts.NotMet);
        var letters = _texts.Text(context, GoalTexts.Letters, ("s", Mark(analysis.Specific)), ("m", Mark(analysis.Measurable)),
            ("a", Mark(analysis.Achievable)), ("r", Mark(analysis.Relevant)), ("t", Mark(analysis.TimeBound)));
        var prompt = _texts.Text(context, GoalTexts.Proposal, ("statement", settlement.Statement), ("letters", letters));
        var answers = new List<ProposalAnswer> { ProposalAnswer.Accept, ProposalAnswer.Edit };
        if (_suggestions.IsOn(context))
        {
            var brief = GoalBrief.For(settlement.Statement, settlement.Deadline, analysis.Type, CoachTurn.State(context).Profile, CoachTurn.Today(context));
            if (await _suggestions.RewriteGoalAsync(context, draft.AnalyzedText, brief, ct).ConfigureAwait(false) is { } rewrite)
            {
                settlement.RewriteStatement = rewrite.Statement;
                settlement.RewriteDeadline = rewrite.Deadline;
                prompt += "\n\n" + _texts.Text(context, GoalTexts.SuggestedWording, ("statement", rewrite.Statement),
                    ("deadline", CoachTurn.Date(context, rewrite.Deadline)));
                answers.Add(ProposalAnswer.UseSuggestion);
            }
        }
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = prompt,
            Choices = [.. _texts.ChoicesAmong(context, GoalTexts.ProposalAnswers, answers)],
            AllowBack = false,
        }, ct);
    }

    private async Task<DialogTurnResult> SaveProposalAnswerAskWordingAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        switch (GoalTexts.ProposalAnswers.Read(step.Result))
        {
            case ProposalAnswer.Edit:
                return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _texts.Text(step.Context, GoalTexts.AskEdit), MaxLength = 400 }, ct);
            case ProposalAnswer.UseSuggestion when step.State.RewriteStatement is not null:
                step.State.UseRewrite = true;
                break;
        }
        // Accepted, or no clear answer after a few tries: the statement stands as proposed.
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveGoalAskForMilestoneAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var context = step.Context;
        var settlement = step.State;
        var draft = settlement.Draft;
        var statement = settlement.Statement;
        var deadline = settlement.Deadline;
        if (settlement.UseRewrite)
        {
            statement = settlement.RewriteStatement!;
            deadline = settlement.RewriteDeadline ?? deadline;
        }
        else if (step.Result is string edited)
        {
            statement = UserText.Clean(edited);
            var date = DateRecognizer.Recognize(statement, context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale);
            if (date.Kind == DateRecognitionKind.Date) deadline = date.Date!.Value;
        }

        var state = CoachTurn.State(context);
        var goal = new Goal
        {
            Id = "g" + state.NextGoalNumber++,
            Text = draft.Text,
            Statement = statement,
            Deadline = deadline,
            Type = settlement.Type,
            Confidence = draft.Confidence ?? settlement.AnalyzedConfidence,
            HoursPerWeek = draft.Hours ?? settlement.AnalyzedHours,
            Relevance = draft.Relevance,
            Measure = draft.Measure,
            CreatedOn = CoachTurn.Today(context),
        };
        state.Goals.Add(goal);
        settlement.GoalId = goal.Id;
        _texts.Say(context, GoalTexts.Saved, ("statement", statement));

        return goal.IsLongTerm
            ? await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = _texts.Text(context, GoalTexts.LongTerm), AllowBack = false }, ct)
            : await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> AskMilestoneAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct) =>
        step.Result is true
            ? await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _texts.Text(step.Context, GoalTexts.AskMilestone), MaxLength = 200 }, ct)
            : await step.NextAsync(null, ct);

    private async Task<DialogTurnResult> SaveMilestoneProposePlanAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CoachTurn.State(context);
        var goal = state.Goals.First(g => g.Id == step.State.GoalId);
        var today = CoachTurn.Today(context);
        goal.Steps = new PlanBuilder(_texts.Catalog).Build(goal, state.Profile, today, context.Activity.Locale);
        if (step.Result is string milestone)
        {
            var due = Min(today.AddMonths(12), goal.Deadline!.Value);
            goal.Steps.Add(new PlanStep { Title = _texts.Text(context, GoalTexts.MilestoneStep, ("milestone", UserText.Clean(milestone))), Due = due });
        }
        if (_suggestions.IsOn(context))
        {
            var suggested = await _suggestions.SuggestStepsAsync(context, GoalBrief.For(goal, state.Profile, today), ct).ConfigureAwait(false);
            if (suggested is { Count: > 0 })
            {
                goal.Steps.AddRange(suggested.Select(s => new PlanStep { Title = s.Title, Due = s.Due, Suggested = true }));
                _texts.Say(context, GoalTexts.SuggestionsAdded);
            }
        }
        PlanSteps.Renumber(goal);

        _texts.Say(context, GoalTexts.PlanIntro);
        context.SendActivity(MessageRenderer.Render(PlanView.ForGoal(_texts, context, goal), context.Activity.ChannelId));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = _texts.Text(context, GoalTexts.PlanQuestion),
            Choices = [.. _texts.Choices(context, GoalTexts.PlanAnswers)],
            AllowBack = false,
        }, ct);
    }

    private async Task<DialogTurnResult> SavePlanOrEditStepsAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var goalId = step.State.GoalId!;
        if (GoalTexts.PlanAnswers.Read(step.Result) == PlanAnswer.Edit)
            return await step.ReplaceDialogAsync(PlanEditDialog.DialogId, new PlanEditState { GoalId = goalId }, ct);
        _texts.Say(step.Context, GoalTexts.PlanSaved);
        return await step.EndDialogAsync(goalId, ct);
    }

    private static SmartAnalysis Analyze(ITurnContext context, GoalDraft draft) => SmartAnalyzer.Analyze(Input(context, draft));

    private static SmartInput Input(ITurnContext context, GoalDraft draft) =>
        new(draft.Text, CoachTurn.State(context).Profile, context.Clock.GetUtcNow(), CoachTurn.Zone(context),
            context.Activity.Locale, draft.Confidence, draft.Hours, draft.Relevance, draft.Deadline, draft.Measure);

    /// <summary>The question that fills a missing letter; a low confidence asks for a smaller goal instead.</summary>
    private static GoalQuestion QuestionFor(LetterVerdict letter, SmartAnalysis analysis) => letter.Letter switch
    {
        SmartLetter.Specific => GoalQuestion.Specific,
        SmartLetter.Measurable => GoalQuestion.Measurable,
        SmartLetter.Achievable when letter.Reason == SmartReason.LowConfidence => GoalQuestion.Smaller,
        SmartLetter.Achievable when letter.Reason == SmartReason.NoTime => GoalQuestion.Hours,
        SmartLetter.Achievable => analysis.Confidence is null ? GoalQuestion.Confidence : GoalQuestion.Hours,
        SmartLetter.Relevant => GoalQuestion.Relevant,
        _ => GoalQuestion.TimeBound,
    };

    private string Compose(ITurnContext context, GoalDraft draft, SmartAnalysis analysis)
    {
        var parts = SmartStatement.From(Input(context, draft), analysis);
        return _texts.Text(context, parts.TemplateKey, ("outcome", parts.Outcome), ("measure", parts.Measure),
            ("deadline", CoachTurn.Date(context, draft.Deadline!.Value)));
    }

    private string ValuesHint(ITurnContext context)
    {
        var values = CoachTurn.State(context).Profile.Values;
        return values.Count == 0 ? "" : " " + _texts.Text(context, GoalTexts.ValuesHint,
            ("values", string.Join(", ", values.Select(v => ProfileView.Show(_texts, context, AssessmentTexts.Values, v)))));
    }

    /// <summary>Asks <paramref name="question"/>; it is saved as pending with the draft, so the answer is folded in right even after a restart.</summary>
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<GoalDraft> step, GoalQuestion question, string promptId, string text,
        CancellationToken ct, decimal? min = null, decimal? max = null)
    {
        step.State.Pending = question;
        return step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = text, Min = min, Max = max, MaxLength = 500, TimeZoneId = CoachTurn.ZoneId(step.Context),
        }, ct);
    }

    private Task<bool> HasWordsAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (UserText.HasWords(prompt.Recognized.Value)) return Task.FromResult(true);
        prompt.RetryText = _texts.Text(prompt.Context, AssessmentTexts.NeedWords);
        return Task.FromResult(false);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
