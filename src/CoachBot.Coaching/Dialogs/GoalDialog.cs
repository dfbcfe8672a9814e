using System.Text.Json;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding;
using CoachBot.BotFramework.Understanding.Facts;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Smart;
using CoachBot.Coaching.Suggestions;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// SMART goal refinement, then the plan. The refinement is a loop: read the goal as the person means it, name each
/// letter it meets in their terms, ask about the first letter that is missing (one question at a time), fold the answer
/// into the draft, analyze again. A goal that already meets all five letters passes in one turn. A question, small talk
/// or markup is never taken as a goal, a measure or a step. The statement is composed from the reading
/// (<see cref="SmartStatement.Compose"/>), shown with the five verdicts by name; when the reading is a guess it is shown
/// in plain words first. Then the goal is saved and the plan built from its template and the user's own milestones.
/// </summary>
public sealed partial class GoalDialog : ComponentDialog
{
    public const string DialogId = "goal";
    private const string RefineId = "goal.refine";
    private const string SettleId = "goal.settle";
    private const string TextPromptId = "goal.text";
    private const string NumberPromptId = "goal.number";
    private const string DatePromptId = "goal.date";
    private const string ChoicePromptId = "goal.choice";
    private const string ConfirmPromptId = "goal.confirm";
    private const string ProposalPromptId = "goal.proposal";
    private const string OverallHoursPromptId = "goal.overallHours";

    /// <summary>After this many messages in a row that are no goal, the coach stops asking for one.</summary>
    private const int MaxNotAGoal = 3;

    private readonly CoachTexts _texts;
    private readonly SuggestionService _suggestions;
    private readonly Feelings.FeelingReader _feelings;

    public GoalDialog(CoachTexts texts, SuggestionService suggestions) : base(DialogId)
    {
        _feelings = new Feelings.FeelingReader(texts.Catalog);
        _texts = texts;
        _suggestions = suggestions;
        AddDialog(new WaterfallDialog<GoalDraft>(RefineId, DialogStateJsonContext.Default.GoalDraft,
            [AskNextMissingLetterAsync, SaveAnswerAnalyzeAgainAsync]));
        AddDialog(new WaterfallDialog<GoalSettlement>(SettleId, DialogStateJsonContext.Default.GoalSettlement,
            [ProposeStatementAsync, SaveProposalAnswerAskWordingAsync, SaveGoalAskForMilestoneAsync, AskMilestoneAsync,
             SaveMilestoneAskOverallHoursAsync, SaveHoursProposePlanAsync, SavePlanOrEditStepsAsync]));
        AddDialog(new TextPrompt(TextPromptId, HasWordsAsync));
        AddDialog(new NumberPrompt(NumberPromptId));
        AddDialog(new DatePrompt(DatePromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ChoicePrompt(ProposalPromptId));
        AddDialog(new NumberPrompt(OverallHoursPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = RefineId;
    }

    /// <summary>The goal in the user's words in a frame of this dialog's refinement or settlement, read as their typed state; null for any other frame.</summary>
    public static string? DraftTextOf(DialogInstance frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        try
        {
            return frame.Id switch
            {
                RefineId => frame.State["state"]?.Deserialize(DialogStateJsonContext.Default.GoalDraft)?.Text,
                SettleId => frame.State["state"]?.Deserialize(DialogStateJsonContext.Default.GoalSettlement)?.Draft.Text,
                _ => null,
            };
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>What the proposal prompt ends with when the answer was a reason, not one of its choices.</summary>
    private sealed record HeardReason(string Text);

    /// <summary>
    /// A reason typed at the proposal ("because i want more money") is no choice: the proposal prompt ends with it, so the
    /// settlement keeps it as the Relevant part instead of "I'm not sure which option that is".
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        if (inner.ActiveDialog?.Id == ProposalPromptId && dc.Context.Activity.IsType(BotFramework.Schema.ActivityTypes.Message)
            && dc.Context.Activity.Text is { } text && Vocabulary(dc.Context).OpensAsAReason(text)
            && QuestionRecognizer.Recognize(text, RecognizerPhrases.From(_texts.Catalog, dc.Context.Activity.Locale)) is null)
        {
            var result = await inner.EndDialogAsync(new HeardReason(text), cancellationToken).ConfigureAwait(false);
            return result.Status == DialogTurnStatus.Complete ? await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false) : DialogTurnResult.Waiting;
        }
        // "looks good" at the hours for all goals is a yes to the plan or the statement, not a number: said so plainly,
        // and the question again (no "I was looking for a number" on top).
        if (inner.ActiveDialog?.Id == OverallHoursPromptId && dc.Context.Activity.IsType(BotFramework.Schema.ActivityTypes.Message)
            && IsAgreement(dc.Context, dc.Context.Activity.Text))
        {
            _texts.Say(dc.Context, GoalTexts.HoursNotAYes);
            await inner.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        return await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The whole message is a yes ("looks good!", "ok"): goal.agreementWords.</summary>
    private bool IsAgreement(ITurnContext context, string? text)
    {
        var said = string.Join(' ', GoalWords.Split(text).Select(w => w.Text));
        return said.Length > 0 && CareerVocabulary.SplitList(_texts.Text(context, GoalTexts.AgreementWords))
            .Any(a => string.Equals(string.Join(' ', GoalWords.Split(a).Select(w => w.Text)), said, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<DialogTurnResult> AskNextMissingLetterAsync(WaterfallStepContext<GoalDraft> step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.State;
        // "im a nurse" brought from the menu or the command: where they are, not a goal (GoalDialog.CurrentRole.cs).
        if (draft.Text.Length == 0 || draft.Asked.Count == 0 && HeardRoleHeld(context, draft, draft.Text))
            return await AskAsync(step, GoalQuestion.Goal, TextPromptId, _texts.Text(context, GoalTexts.AskGoal), ct);

        if (draft.NewGoal is not null) return await AskChangeGoalAsync(step, ct);

        var analysis = Analyze(context, draft);
        if (!analysis.IsGoal)
        {
            // A goal given with the command ("set a new goal: asdf") is read like any answer: refused kindly, asked again.
            draft.Text = "";
            var refusal = SmartTexts.NotAGoalKey(analysis.Kind) is { } key ? _texts.Text(context, key) : _texts.Text(context, GoalTexts.AskGoal);
            return await AskAsync(step, GoalQuestion.Goal, TextPromptId, refusal, ct);
        }
        // The deadline is kept from the text it was found in, so rephrasing the outcome later does not lose it.
        if (draft.Deadline is null && analysis.Deadline is { } found) draft.Deadline = found;

        var praise = Praise(context, draft, analysis);
        if (analysis.DeadlineConflict is { } conflict && draft.AskedCount(GoalQuestion.DeadlineConflict) < 2)
        {
            var text = Join(praise, Missing(context, analysis.TimeBound, _texts.Text(context, SmartTexts.AskDeadlineConflict,
                ("stated", CoachTurn.Date(context, conflict.Stated)), ("answered", CoachTurn.Date(context, conflict.Answered)))));
            draft.Pending = GoalQuestion.DeadlineConflict;
            return await step.PromptAsync(ChoicePromptId, new PromptOptions
            {
                Prompt = text, Choices = [.. _texts.Choices(context, GoalTexts.DeadlineAnswers)], AllowSkip = false, QuestionContext = PromptHelp.DeadlineConflict,
            }, ct);
        }

        foreach (var letter in analysis.Letters.Where(l => !l.Met))
        {
            var question = QuestionFor(letter, analysis, draft);
            if (question == GoalQuestion.DeadlineConflict || draft.AskedCount(question) >= 2)
            {
                // Asked twice already: accept it as it is, and say once what the coach does instead.
                // Sent on its own, so a question asked again later does not repeat it.
                if ((question != GoalQuestion.DeadlineConflict || draft.AskedCount(question) >= 2) && LeftOpenNote(context, draft, question, analysis) is { Length: > 0 } note)
                    context.SendActivity(note);
                continue;
            }
            // The confidence left open: said once, then the hours are asked.
            if (question == GoalQuestion.Hours && analysis.Confidence is null && draft.AskedCount(GoalQuestion.Confidence) >= 2
                && LeftOpenNote(context, draft, GoalQuestion.Confidence, analysis) is { Length: > 0 } confidenceNote)
                context.SendActivity(confidenceNote);
            string Ask(string key) => Join(praise, Missing(context, letter, _texts.Text(context, key)));
            return question switch
            {
                GoalQuestion.Confidence => await AskAsync(step, question, TextPromptId,
                    Ask(draft.Milestones.Count > 0 && draft.AskedCount(GoalQuestion.Smaller) > 0 ? GoalTexts.AskConfidenceAfterMilestone : GoalTexts.AskConfidence), ct, 1, 10),
                GoalQuestion.Hours => await AskAsync(step, question, TextPromptId, Ask(SmartTexts.AskAchievableTime), ct, 0, 80),
                GoalQuestion.TimeBound => await AskAsync(step, question, DatePromptId, Ask(SmartTexts.AskTimeBound), ct, endOnCorrection: true),
                GoalQuestion.Relevant => await AskAsync(step, question, TextPromptId, Ask(SmartTexts.AskRelevant) + ValuesHint(context), ct),
                GoalQuestion.Smaller => await AskAsync(step, question, TextPromptId, Ask(SmartTexts.AskAchievableSmaller), ct),
                GoalQuestion.Measurable => await AskAsync(step, question, TextPromptId, Ask(SmartTexts.AskMeasurable), ct),
                // "change careers lol": what is missing is where to, so that is what is asked.
                _ => await AskAsync(step, question, TextPromptId, Ask(SmartTexts.AskKey(letter) ?? SmartTexts.AskSpecific), ct),
            };
        }
        draft.Pending = null;
        if (praise.Length > 0 && !analysis.AllMet) context.SendActivity(praise);
        return await step.ReplaceDialogAsync(SettleId, new GoalSettlement { Draft = draft }, ct);
    }

    private Task<DialogTurnResult> SaveAnswerAnalyzeAgainAsync(WaterfallStepContext<GoalDraft> step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.State;
        var question = draft.Pending ?? GoalQuestion.Goal;
        draft.Pending = null;
        var answer = step.Result;
        if (question == GoalQuestion.Goal && answer is not string && draft.Text.Length == 0)
        {
            // No goal given (skipped, "not sure"): nothing to refine, so the dialog ends and the menu takes over.
            _texts.Say(context, CoachingTexts.Help);
            return step.EndDialogAsync(null, ct);
        }
        // "i work as an admin assistant job" where the goal is asked: the role held, said back, and the goal asked again.
        if (question == GoalQuestion.Goal && draft.Text.Length == 0 && answer is string held && HeardRoleHeld(context, draft, held))
            return step.ReplaceDialogAsync(RefineId, draft, ct);
        // "im a nurse and i want to move into health informatics": the goal is what follows, the role is where they are.
        if (question == GoalQuestion.Goal && draft.Text.Length == 0 && answer is string withRole && GoalAfterRoleHeld(context, withRole) is { } afterRole)
            answer = afterRole;
        if (question == GoalQuestion.ChangeGoal)
        {
            SaveChangeGoalAnswer(context, draft, answer);
            return step.ReplaceDialogAsync(RefineId, draft, ct);
        }
        // "by june" where the finish line was asked: the deadline, and the question stays (GoalDialog.Dates.cs).
        if (answer is string dateOnly && HeardOnlyADate(context, draft, question, dateOnly)) return step.ReplaceDialogAsync(RefineId, draft, ct);
        // The goal said again ("honestly i just wanna get a ux job") is no number, reason or finish line (GoalDialog.Restated.cs).
        if ((answer as string ?? (answer is DateOnly ? context.Activity.Text : null)) is { } restated && HeardRestatedGoal(context, draft, question, restated, answer is DateOnly))
            return step.ReplaceDialogAsync(RefineId, draft, ct);
        // Answers given beside the asked one, and corrections of earlier ones, are folded in first (GoalDialog.Facts.cs).
        var facts = ReadFacts(context, draft, question, answer);
        if (facts is not null && FoldFacts(context, draft, facts)) return step.ReplaceDialogAsync(RefineId, draft, ct);
        // "5h/w" at the finish-line question: an answer to another question only (kept above); nothing is left to be this one's.
        if (facts is { Also.Count: > 0 } && answer is string && question is not (GoalQuestion.Confidence or GoalQuestion.Hours) && OnlyOtherFacts(facts))
            return step.ReplaceDialogAsync(RefineId, draft, ct);
        if (facts is { Correction: not null } && answer is string) answer = WithoutCorrection(facts);
        // "when i have a signed contract" at the confidence question: the finish line, kept, and the question stays (GoalDialog.Facts.cs).
        if (answer is string finishLine && HeardAFinishLine(context, draft, question, finishLine)) return step.ReplaceDialogAsync(RefineId, draft, ct);
        // Numbers are read here, not by a number prompt, so a question asked instead ("what does achievable mean?") is answered.
        if (question is GoalQuestion.Confidence or GoalQuestion.Hours && answer is string typed)
        {
            if (ReadNumber(context, draft, question, typed, facts, out var askedInstead) is not { } number)
                return askedInstead is null ? step.ReplaceDialogAsync(RefineId, draft, ct) : AnswerAndAskAgainAsync(step, question, askedInstead, typed, ct);
            answer = number;
        }
        else if (answer is string effortOnly && question is not (GoalQuestion.Goal or GoalQuestion.Specific) && FoldEffort(context, draft, effortOnly))
        {
            // "maybe 10hrs a week" given to another question: it answers Achievable, and the question stays open.
            return step.ReplaceDialogAsync(RefineId, draft, ct);
        }
        else if (answer is string why && question is not (GoalQuestion.Goal or GoalQuestion.Specific or GoalQuestion.Relevant)
                 && draft.Relevance is null && ReasonOnly(context, why))
        {
            // "cuz i need money and i love coding" given to another question: it says why the goal matters.
            draft.Relevance = UserText.Clean(why);
            return step.ReplaceDialogAsync(RefineId, draft, ct);
        }
        else if (answer is string said && ReadFreeText(context, draft, question, said, out var asked) is { } outcome)
        {
            if (asked is not null) return AnswerAndAskAgainAsync(step, question, asked, said, ct);
            if (outcome == FreeText.GiveUp)
            {
                _texts.Say(context, GoalTexts.GaveUp);
                return step.EndDialogAsync(null, ct);
            }
            if (outcome == FreeText.AskAgain) return step.ReplaceDialogAsync(RefineId, draft, ct);
        }
        draft.CountAsked(question);
        switch (question, answer)
        {
            case (GoalQuestion.Goal or GoalQuestion.Specific, string text):
                ReplaceGoalText(context, draft, text);
                break;
            case (GoalQuestion.Smaller, string text):
                // Hours said here ("maybe 6 hrs a week") answer Achievable whatever else the answer holds.
                draft.Hours ??= EffortReader.Read(text, context.Activity.Locale).HoursPerWeek;
                if (GoalBreakdown.SmallerFirstGoal(UserText.Clean(text), Input(context, draft), draft.Deadline) is { } first)
                {
                    // The smaller goal is the first milestone of the bigger one, which stays; confidence is asked again.
                    draft.Milestones.Insert(0, DraftMilestone.From(first));
                    draft.Confidence = null;
                    _texts.Say(context, GoalTexts.SmallerKept, ("milestone", GoalBreakdown.Step(first.Text)), ("date", CoachTurn.Date(context, first.Due!.Value)));
                }
                break;
            case (GoalQuestion.Measurable, string text): draft.Measure = Cleaned(text); break;
            case (GoalQuestion.Relevant, string text): draft.Relevance = Cleaned(text); break;
            case (GoalQuestion.Confidence, decimal value): draft.Confidence = (int)Math.Round(value); break;
            case (GoalQuestion.Hours, decimal value): draft.Hours = value; break;
            case (GoalQuestion.TimeBound, DateOnly date): draft.Deadline = date; break;
            case (GoalQuestion.DeadlineConflict, _):
                if (Analyze(context, draft).DeadlineConflict is { } conflict)
                {
                    var picked = GoalTexts.DeadlineAnswers.Read(answer);
                    draft.Deadline = picked == DeadlineAnswer.Stated ? conflict.Stated : conflict.Answered;
                    draft.DeadlineSettled = picked is not null;
                    if (picked is not null) _texts.Say(context, GoalTexts.DeadlineKept, ("date", CoachTurn.Date(context, draft.Deadline.Value)));
                }
                break;
        }
        return step.ReplaceDialogAsync(RefineId, draft, ct);
    }

    private enum FreeText { AskAgain, GiveUp }

    /// <summary>
    /// A question asked instead of an answer the prompt did not catch itself (the goal's own reading saw it): answered
    /// the one way every prompt answers one (<see cref="Understander.AnswerAsync"/>, in the question's context), then
    /// the question asked again. Nothing is kept.
    /// </summary>
    private async Task<DialogTurnResult> AnswerAndAskAgainAsync(WaterfallStepContext<GoalDraft> step, GoalQuestion question, RecognizedQuestion asked,
        string said, CancellationToken ct)
    {
        var understanding = TurnUnderstanding.Of(step.Context, _texts.Catalog);
        step.Context.SendActivity(await understanding.AnswerAsync(step.Context, asked, GoalHelp.For(question), said, ct).ConfigureAwait(false));
        return await step.ReplaceDialogAsync(RefineId, step.State, ct).ConfigureAwait(false);
    }

    /// <summary>An answer that is only a reason ("because ...", "cuz ...", "so that ..."), not a goal or a measure.</summary>
    private bool ReasonOnly(ITurnContext context, string said) =>
        Smart.SmartVocabulary.From(_texts.Catalog, context.Activity.Locale).ReasonOnly.IsMatch(said.Trim());

    /// <summary>An answer that only says the effort ("like 5 hours a week", "8/10"): folded into the draft; false for anything else.</summary>
    private bool FoldEffort(ITurnContext context, GoalDraft draft, string said)
    {
        var effort = EffortReader.Read(said, context.Activity.Locale);
        if (effort.Confidence is null && effort.HoursPerWeek is null) return false;
        var rest = said;
        foreach (var span in effort.Spans.OrderByDescending(sp => sp.Start)) rest = rest.Remove(span.Start, span.End - span.Start);
        if (GoalText.Read(rest, GoalVocabulary.From(_texts.Catalog, context.Activity.Locale)).IsGoal) return false;
        draft.Confidence ??= effort.Confidence;
        draft.Hours ??= effort.HoursPerWeek;
        return true;
    }

    /// <summary>A confidence (1..10) or weekly hours (0..80) typed as people do ("like 5 hours a week maybe", "7/10"); null after saying what was wrong.</summary>
    /// <param name="asked">A question asked instead of the number: answered by the caller as at every prompt, then the question asked again.</param>
    private decimal? ReadNumber(ITurnContext context, GoalDraft draft, GoalQuestion question, string said, FactReading? facts, out RecognizedQuestion? asked)
    {
        var locale = context.Activity.Locale;
        var (min, max) = question == GoalQuestion.Confidence ? (1m, 10m) : (0m, 80m);
        asked = null;
        if (QuestionRecognizer.Recognize(said, RecognizerPhrases.From(_texts.Catalog, locale)) is { HasOtherContent: false } found)
        {
            asked = found;
            return null;
        }
        if (GoalText.Read(said, GoalVocabulary.From(_texts.Catalog, locale)).Kind == GoalTextKind.KeepGoal)
        {
            _texts.Say(context, GoalTexts.KeptGoal); // "yeah that's my goal" at the confidence question: the goal stays, the question too
            return null;
        }
        draft.CountAsked(question);
        if (!TryReadNumber(said, locale, facts, out var value))
        {
            // "maybe 5 hours a week" at the confidence question: the hours were noted just now; asking again is enough.
            if (GaveOtherFacts(facts)) return null;
            // "more impact" at the confidence question: why the goal matters, kept and said back; the number asked once more.
            if (draft.Relevance is null && Vocabulary(context).ReadsAsAShortWhy(said) && Cleaned(said) is { } why)
            {
                draft.Relevance = why;
                _texts.Say(context, GoalTexts.ReasonNoted, ("reason", why));
                return null;
            }
            // The second answer in a row with no number: an example, and the question is left open after it (never the same line twice).
            _texts.Say(context, draft.AskedCount(question) >= 2
                ? question == GoalQuestion.Confidence ? GoalTexts.NotANumberAgainConfidence : GoalTexts.NotANumberAgainHours
                : DialogTexts.NotANumber);
        }
        else if (value < min)
            _texts.Say(context, DialogTexts.NumberTooSmall, ("min", min));
        else if (value > max)
            _texts.Say(context, DialogTexts.NumberTooLarge, ("max", max));
        else
        {
            draft.Asked[question] = draft.AskedCount(question) - 1; // counted once below, like every answer
            return value;
        }
        return null;
    }

    /// <summary>
    /// What a typed answer is before it is folded in: a question is answered and the question asked again; small talk,
    /// gibberish or markup is refused kindly; "yeah that's my goal" keeps the goal we had. Null: an answer to fold in.
    /// </summary>
    /// <param name="asked">A question asked instead of an answer: answered by the caller as at every prompt, then the question asked again.</param>
    private FreeText? ReadFreeText(ITurnContext context, GoalDraft draft, GoalQuestion question, string said, out RecognizedQuestion? asked)
    {
        var phrases = RecognizerPhrases.From(_texts.Catalog, context.Activity.Locale);
        var read = GoalText.Read(said, GoalVocabulary.From(_texts.Catalog, context.Activity.Locale));
        var recognized = QuestionRecognizer.Recognize(said, phrases);
        asked = null;
        if (recognized is { HasOtherContent: false } || read.Kind == GoalTextKind.Question)
        {
            asked = recognized ?? new RecognizedQuestion(QuestionKind.Other, null, 0, said.Length, HasOtherContent: false);
            return FreeText.AskAgain;
        }
        if (read.Kind == GoalTextKind.KeepGoal && question is GoalQuestion.Goal or GoalQuestion.Specific && draft.Text.Length > 0)
        {
            // "yeah that's my goal": the goal we had stays, and the coach does not ask to sharpen it again.
            _texts.Say(context, GoalTexts.KeptGoal);
            draft.Asked[question] = 2;
            draft.LeftOpen.Add(GoalQuestion.Specific); // "we'll keep the goal as it is" already says what happens instead
            return FreeText.AskAgain;
        }
        if (question is GoalQuestion.Relevant or GoalQuestion.Measurable && !CouldAnswerInWords(said, context.Activity.Locale))
        {
            // "6", "yes", "move 2 to 15 jan 2028" given where a reason or a finish line was asked: never kept as one.
            _texts.Say(context, GoalTexts.NotAnAnswer);
            draft.CountAsked(question);
            return FreeText.AskAgain;
        }
        if (read.IsGoal)
        {
            draft.NotAGoalCount = 0;
            return null;
        }
        draft.NotAGoalCount++;
        if (question is GoalQuestion.Goal or GoalQuestion.Specific)
        {
            if (draft.NotAGoalCount >= MaxNotAGoal) return draft.Text.Length == 0 ? FreeText.GiveUp : Accept(question);
            if (SmartTexts.NotAGoalKey(read.Kind == GoalTextKind.KeepGoal ? GoalTextKind.Empty : read.Kind) is { } key) _texts.Say(context, key);
            return FreeText.AskAgain;
        }
        // "idk" as a measure or a reason: no answer; counted, so it is asked at most twice.
        draft.CountAsked(question);
        return FreeText.AskAgain;

        static bool CouldAnswerInWords(string said, string? locale) =>
            said.Any(char.IsLetter) && (said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3 || BooleanRecognizer.Recognize(said, locale) is null)
            && PlanEditCommand.Parse(said) is null && PlanEditCommand.ParseGoalChange(said) is null;

        FreeText Accept(GoalQuestion q)
        {
            draft.Asked[q] = 2;
            return FreeText.AskAgain;
        }
    }

    /// <summary>A new wording of the goal: milestones of the old wording stay (the user said them), the deadline found before stays unless this one states another (then it is asked about).</summary>
    private static void ReplaceGoalText(ITurnContext context, GoalDraft draft, string text)
    {
        if (draft.Text.Length > 0)
        {
            var before = Analyze(context, draft);
            foreach (var m in before.Milestones.Where(m => draft.Milestones.All(d => d.Text != m.Text)))
                draft.Milestones.Add(DraftMilestone.From(m));
            // Effort and reasons said with the old wording stay with the goal.
            draft.Confidence ??= before.Confidence;
            draft.Hours ??= before.HoursPerWeek;
            if (draft.Relevance is null && before.Relevant is { Met: true, Reason: SmartReason.RelevanceGiven, Evidence: { } why }) draft.Relevance = why;
        }
        draft.Text = UserText.Clean(text);
    }

    // The last full stop goes: the why is quoted inside a sentence of the coach's ("Noted as why it matters to you: \"...\".").
    private static string? Cleaned(string text) => UserText.HasWords(text) ? UserText.Clean(text).TrimEnd('.', '!', ';', ',', ' ') : null;

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
            draft.DeadlineSettled = true;
        }
        var input = Input(context, draft);
        var analysis = SmartAnalyzer.Analyze(input);
        if (SmartStatement.Compose(input, analysis) is not { } statement)
        {
            // Nothing in the words reads as a goal after all: ask for it again rather than propose a fragment.
            _texts.Say(context, SmartTexts.NotAGoalKey(analysis.Kind) ?? SmartTexts.NotAGoalKey(GoalTextKind.Empty)!);
            return await step.ReplaceDialogAsync(RefineId, new GoalDraft(), ct);
        }
        var locale = context.Activity.Locale;
        string Format(DateOnly d) => CoachTurn.Date(context, d);
        settlement.Statement = statement.Render(_texts.Catalog, locale, Format);
        settlement.Deadline = draft.Deadline.Value;
        settlement.Type = analysis.Type;
        settlement.AnalyzedConfidence = analysis.Confidence;
        settlement.AnalyzedHours = analysis.HoursPerWeek;
        settlement.AnalyzedMeasure = analysis.MeasureText;
        settlement.Milestones = [.. statement.Milestones.Select(DraftMilestone.From)];
        foreach (var m in draft.Milestones.Where(m => settlement.Milestones.All(s => s.Text != m.Text))) settlement.Milestones.Add(m);

        var letters = SmartFeedback.Verdicts(_texts.Catalog, locale, analysis);
        var reading = statement with { Milestones = [.. settlement.Milestones.Select(m => m.ToMilestone())] };
        var prompt = statement.Sure
            ? _texts.Text(context, GoalTexts.Proposal, ("statement", settlement.Statement), ("letters", letters))
            : _texts.Text(context, GoalTexts.ProposalUnsure, ("reading", reading.PlainReading(_texts.Catalog, locale, Format, withCheck: false)),
                ("statement", settlement.Statement), ("letters", letters));
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
        return await step.PromptAsync(ProposalPromptId, new PromptOptions
        {
            Prompt = prompt,
            Choices = [.. _texts.ChoicesAmong(context, GoalTexts.ProposalAnswers, answers)],
            AllowBack = false,
            // No clear answer after a few tries: the goal is saved as proposed, and the coach says so.
            GiveUpPrompt = _texts.Text(context, GoalTexts.ProposalGaveUp),
            QuestionContext = PromptHelp.Proposal,
        }, ct);
    }

    private async Task<DialogTurnResult> SaveProposalAnswerAskWordingAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        // "because i want more money" at the proposal: the why of the goal, said back, and the statement proposed again with it.
        if (step.Result is HeardReason { Text: var reason } && Cleaned(reason) is { } kept)
        {
            var draft = step.State.Draft;
            draft.Relevance = kept;
            _texts.Say(step.Context, GoalTexts.ReasonNoted, ("reason", kept));
            return await step.ReplaceDialogAsync(SettleId, new GoalSettlement { Draft = draft }, ct);
        }
        switch (GoalTexts.ProposalAnswers.Read(step.Result))
        {
            case ProposalAnswer.Edit:
                return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _texts.Text(step.Context, GoalTexts.AskEdit), MaxLength = 400, QuestionContext = PromptHelp.EditGoal }, ct);
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
            // The user's own wording is read like a goal and composed again (never stored raw), then proposed once more.
            var read = GoalText.Read(edited, GoalVocabulary.From(_texts.Catalog, context.Activity.Locale));
            if (read.IsGoal)
            {
                var redraft = Redraft(context, draft, edited);
                return await step.ReplaceDialogAsync(SettleId, new GoalSettlement { Draft = redraft }, ct);
            }
            _texts.Say(context, SmartTexts.NotAGoalKey(read.Kind == GoalTextKind.KeepGoal ? GoalTextKind.Empty : read.Kind) ?? GoalTexts.KeptProposal);
            _texts.Say(context, GoalTexts.KeptProposal);
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
            Relevance = Cleaned(draft.Relevance ?? ""),
            Measure = settlement.AnalyzedMeasure,
            CreatedOn = CoachTurn.Today(context),
            Milestones = settlement.Milestones.Count == 0 ? null
                : [.. settlement.Milestones.Select(m => new GoalMilestoneRecord { Text = m.Text, Due = m.Due })],
        };
        state.Goals.Add(goal);
        settlement.GoalId = goal.Id;
        _texts.Say(context, GoalTexts.Saved, ("statement", statement));

        return goal.IsLongTerm
            ? await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = _texts.Text(context, GoalTexts.LongTerm), AllowBack = false, QuestionContext = PromptHelp.LongTerm }, ct)
            : await step.NextAsync(null, ct);
    }

    /// <summary>The draft with the user's own wording: a date it states becomes the deadline (they just wrote it), the rest of the answers stay.</summary>
    private static GoalDraft Redraft(ITurnContext context, GoalDraft draft, string edited)
    {
        // What the old wording said about effort, reasons and the finish line stays: the user only changed the words.
        var old = Analyze(context, draft);
        var redraft = new GoalDraft
        {
            Text = UserText.Clean(edited), Measure = draft.Measure ?? old.MeasureText, Confidence = draft.Confidence ?? old.Confidence,
            Hours = draft.Hours ?? old.HoursPerWeek, Relevance = draft.Relevance ?? (old.Relevant.Met ? old.Relevant.Evidence : null),
            Milestones = [.. draft.Milestones], Praised = [.. draft.Praised],
        };
        var stated = SmartAnalyzer.Analyze(Input(context, redraft)).StatedDeadline;
        redraft.Deadline = stated ?? draft.Deadline;
        redraft.DeadlineSettled = true;
        var before = Analyze(context, draft);
        foreach (var m in before.Milestones.Where(m => redraft.Milestones.All(d => d.Text != m.Text))) redraft.Milestones.Add(DraftMilestone.From(m));
        return redraft;
    }

    private async Task<DialogTurnResult> AskMilestoneAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct) =>
        step.Result is true
            ? await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _texts.Text(step.Context, GoalTexts.AskMilestone), MaxLength = 200, QuestionContext = PromptHelp.Milestone }, ct)
            : await step.NextAsync(null, ct);

    private async Task<DialogTurnResult> SaveMilestoneAskOverallHoursAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CoachTurn.State(context);
        var goal = state.Goals.First(g => g.Id == step.State.GoalId);
        if (step.Result is string milestone && GoalText.Read(milestone, GoalVocabulary.From(_texts.Catalog, context.Activity.Locale)).IsGoal
            && GoalBreakdown.SmallerFirstGoal(UserText.Clean(milestone), Input(context, step.State.Draft), goal.Deadline) is { } first)
        {
            // A first milestone within the next 12 months: its own date when it has one, else a year from now at most.
            var today = CoachTurn.Today(context);
            var due = first.Due is { } own && own <= today.AddMonths(12) ? own : PlanSpacing.OnWorkingDay(Min(today.AddMonths(12), goal.Deadline!.Value), today, goal.Deadline!.Value);
            step.State.Milestones.Insert(0, new DraftMilestone { Text = first.Text, Due = due });
            goal.Milestones = [.. step.State.Milestones.Select(m => new GoalMilestoneRecord { Text = m.Text, Due = m.Due })];
        }
        // A second active goal: ask once how much time there is for all of them.
        if (state.ActiveGoals.Count() >= 2 && state.WeeklyHours is null)
            return await step.PromptAsync(OverallHoursPromptId, new PromptOptions { Prompt = _texts.Text(context, GoalTexts.AskOverallHours), Min = 0, Max = 100, AllowBack = false,
                QuestionContext = PromptHelp.OverallHours }, ct);
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveHoursProposePlanAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CoachTurn.State(context);
        if (step.Result is decimal hours) state.WeeklyHours = hours;
        GoalHours.WarnWhenOver(_texts, context, state);

        var goal = state.Goals.First(g => g.Id == step.State.GoalId);
        var today = CoachTurn.Today(context);
        goal.Steps = new PlanBuilder(_texts.Catalog).Build(goal, state.Profile, today, context.Activity.Locale,
            [.. step.State.Milestones.Select(m => m.ToMilestone())]);
        PlanSteps.AssignNumbers(goal);
        if (_suggestions.IsOn(context))
        {
            var suggested = await _suggestions.SuggestStepsAsync(context, GoalBrief.For(goal, state.Profile, today), ct).ConfigureAwait(false);
            if (suggested is { Count: > 0 })
            {
                foreach (var s in suggested) PlanSteps.Add(goal, new PlanStep { Title = s.Title, Due = s.Due, Suggested = true });
                _texts.Say(context, GoalTexts.SuggestionsAdded);
            }
        }

        _texts.Say(context, GoalTexts.PlanIntro);
        context.SendActivity(MessageRenderer.Render(PlanView.ForGoal(_texts, context, goal), context.Activity.ChannelId));
        // Worn out, said lately or in this goal's answers: a lighter start is offered, once, before the whole plan.
        var lighter = goal.Steps.Count > 2 && WornOut(context, step.State);
        if (lighter) state.WornOutOn = null;
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = _texts.Text(context, lighter ? GoalTexts.PlanQuestionWornOut : GoalTexts.PlanQuestion),
            Choices = lighter
                ? [.. _texts.ChoicesAmong(context, GoalTexts.PlanAnswers, PlanAnswer.Lighter, PlanAnswer.Accept, PlanAnswer.Edit)]
                : [.. _texts.ChoicesAmong(context, GoalTexts.PlanAnswers, PlanAnswer.Accept, PlanAnswer.Edit)],
            AllowBack = false,
            QuestionContext = PromptHelp.Plan,
        }, ct);
    }

    /// <summary>Worn out said in the last week (FeelingReply keeps the day), or in the goal's own answers.</summary>
    private bool WornOut(ITurnContext context, GoalSettlement settlement) =>
        CoachTurn.State(context).WornOutOn is { } on && on >= CoachTurn.Today(context).AddDays(-WornOutDays)
        || new[] { settlement.Draft.Relevance, settlement.Draft.Text }.Any(t => _feelings.Read(t) is { Key: Feelings.FeelingReply.WornOut });

    private const int WornOutDays = 7;

    private async Task<DialogTurnResult> SavePlanOrEditStepsAsync(WaterfallStepContext<GoalSettlement> step, CancellationToken ct)
    {
        var goalId = step.State.GoalId!;
        var answer = GoalTexts.PlanAnswers.Read(step.Result);
        if (answer == PlanAnswer.Edit)
            return await step.ReplaceDialogAsync(PlanEditDialog.DialogId, new PlanEditState { GoalId = goalId }, ct);
        if (answer == PlanAnswer.Lighter && CoachTurn.State(step.Context).Goals.FirstOrDefault(g => g.Id == goalId) is { } goal)
        {
            // The first two steps by date stay; the rest go, to be added again with "edit plan" when there is energy for them.
            var keep = PlanSteps.InDateOrder(goal).Take(2).ToHashSet();
            goal.Steps.RemoveAll(s => !keep.Contains(s));
            _texts.Say(step.Context, GoalTexts.PlanLighter);
            return await step.EndDialogAsync(goalId, ct);
        }
        _texts.Say(step.Context, GoalTexts.PlanSaved);
        return await step.EndDialogAsync(goalId, ct);
    }

    private static SmartAnalysis Analyze(ITurnContext context, GoalDraft draft) => SmartAnalyzer.Analyze(Input(context, draft));

    private static SmartInput Input(ITurnContext context, GoalDraft draft) =>
        new(draft.Text, CoachTurn.State(context).Profile, context.Clock.GetUtcNow(), CoachTurn.Zone(context),
            context.Activity.Locale, draft.Confidence, draft.Hours, draft.Relevance, draft.Deadline, draft.Measure,
            DeadlineSettled: draft.DeadlineSettled);

    /// <summary>The question that fills a missing letter; a low confidence asks for a smaller goal instead.</summary>
    private static GoalQuestion QuestionFor(LetterVerdict letter, SmartAnalysis analysis, GoalDraft draft) => letter.Letter switch
    {
        SmartLetter.Specific => GoalQuestion.Specific,
        SmartLetter.Measurable => GoalQuestion.Measurable,
        SmartLetter.Achievable when letter.Reason == SmartReason.LowConfidence => GoalQuestion.Smaller,
        SmartLetter.Achievable when letter.Reason is SmartReason.NoTime or SmartReason.FairlySureNoTime => GoalQuestion.Hours,
        // The confidence left open after two tries: the hours are still worth asking.
        SmartLetter.Achievable => analysis.Confidence is null && (draft.AskedCount(GoalQuestion.Confidence) < 2 || analysis.HoursPerWeek is not null)
            ? GoalQuestion.Confidence : GoalQuestion.Hours,
        SmartLetter.Relevant => GoalQuestion.Relevant,
        SmartLetter.TimeBound when letter.Reason == SmartReason.DeadlineConflict => GoalQuestion.DeadlineConflict,
        _ => GoalQuestion.TimeBound,
    };

    /// <summary>The letters met since the last message, each named once in the user's terms ("Specific: you named the role (junior dev).").</summary>
    private string Praise(ITurnContext context, GoalDraft draft, SmartAnalysis analysis)
    {
        var lines = new List<string>();
        foreach (var letter in analysis.Letters.Where(l => l.Met && !draft.Praised.Contains(l.Letter)))
        {
            lines.Add(SmartFeedback.Line(_texts.Catalog, context.Activity.Locale, letter));
            draft.Praised.Add(letter.Letter);
        }
        return string.Join("\n", lines);
    }

    /// <summary>The missing letter by name, why it is missing, then the one question that fills it.</summary>
    private string Missing(ITurnContext context, LetterVerdict letter, string ask) =>
        _texts.Text(context, SmartTexts.FeedbackLine, ("letter", _texts.Text(context, SmartTexts.LetterKey(letter.Letter))),
            ("text", _texts.Text(context, GoalTexts.Reason(letter.Reason), ("evidence", letter.Evidence)))) + "\n\n" + ask;

    private static string Join(string praise, string ask) => praise.Length == 0 ? ask : ask.Length == 0 ? praise : praise + "\n\n" + ask;

    private string ValuesHint(ITurnContext context)
    {
        var values = CoachTurn.State(context).Profile.Values;
        return values.Count == 0 ? "" : " " + _texts.Text(context, GoalTexts.ValuesHint,
            ("values", string.Join(", ", values.Select(v => ProfileView.Show(_texts, context, AssessmentTexts.Values, v)))));
    }

    /// <summary>Asks <paramref name="question"/>; it is saved as pending with the draft, so the answer is folded in right even after a restart.</summary>
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<GoalDraft> step, GoalQuestion question, string promptId, string text,
        CancellationToken ct, decimal? min = null, decimal? max = null, bool endOnCorrection = false)
    {
        step.State.Pending = question;
        return step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = text, Min = min, Max = max, MaxLength = 500, TimeZoneId = CoachTurn.ZoneId(step.Context), EndOnCorrection = endOnCorrection,
            QuestionContext = GoalHelp.For(question),
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
