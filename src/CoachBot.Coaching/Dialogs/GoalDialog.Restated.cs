using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// The goal said again at another question (issue 12): "honestly i just wanna get a ux job by like next summer" at the
/// confidence question is no number and no reason, it is the goal. The same goal is said back ("That's the goal we
/// have: ...") and the question asked again; a different one is asked about before it replaces the goal. And when the
/// coach stops asking a question (asked twice), it says once what it does instead, never skips it silently.
/// </summary>
public sealed partial class GoalDialog
{
    /// <summary>The questions at which a goal said again is recognized (the goal's own questions take it as the goal).</summary>
    private static bool HearsRestatedGoal(GoalQuestion question) =>
        question is GoalQuestion.Confidence or GoalQuestion.Hours or GoalQuestion.TimeBound or GoalQuestion.Measurable or GoalQuestion.Relevant;

    /// <summary>Sharper: the same goal, with the role ours did not name ("a junior dev job" for "get my first job").</summary>
    private enum Restated { No, Same, Sharper, Different }

    /// <summary>Whether <paramref name="said"/> states a goal, and whether it is the one the draft holds.</summary>
    private Restated ReadRestated(ITurnContext context, GoalDraft draft, GoalQuestion question, string said)
    {
        // "move 2 to 15 jan 2028" is a plan command, never a goal.
        if (draft.Text.Length == 0 || Plans.PlanEditCommand.Parse(said) is not null || Plans.PlanEditCommand.ParseGoalChange(said) is not null) return Restated.No;
        var vocabulary = Vocabulary(context);
        if (vocabulary.OpensAsAFinishLine(said)) return Restated.No;
        var zone = CoachTurn.Zone(context);
        // A finish line or a reason can name the goal's outcome ("when I have an offer as a UX designer"): there only a
        // goal said as one (a verb first) counts. Where a number or a date is asked, a goal without its verb ("i just
        // want a ux job by next summer") counts too, if it has no number to answer with.
        var stated = StatedGoal.Is(said, context.Clock.GetUtcNow(), zone, context.Activity.Locale, vocabulary)
            || question is GoalQuestion.Confidence or GoalQuestion.Hours or GoalQuestion.TimeBound
               && !BotFramework.Recognizers.NumberRecognizer.TryRecognize(said, context.Activity.Locale, out _)
               && SmartAnalyzer.Analyze(new SmartInput(said, new Profile(), context.Clock.GetUtcNow(), zone, context.Activity.Locale, Vocabulary: vocabulary))
                   is { IsGoal: true, Specific.Met: true } loose && (loose.Measurable.Met || loose.TimeBound.Met);
        if (!stated) return Restated.No;
        if (Outcome(context, draft.Text) is not { } ours || Outcome(context, UserText.Clean(said)) is not { } theirs) return Restated.No;
        if (!SameGoal(ours, theirs, vocabulary))
            // "getting an offer for a data analyst job" for "move into data analytics", where the finish line is asked:
            // how they will know the goal is reached, not another goal.
            return question == GoalQuestion.Measurable && Related(ours, theirs, vocabulary) ? Restated.No : Restated.Different;
        return ours.Role is null && theirs.Role is not null ? Restated.Sharper : Restated.Same;
    }

    /// <summary>
    /// Two wordings of one goal: the same template and most content words shared ("get a ux job by next summer" and
    /// "get a UX job"), or one outcome inside the other.
    /// </summary>
    private static bool SameGoal((string Outcome, GoalType Type, string? Role) a, (string Outcome, GoalType Type, string? Role) b, GoalVocabulary vocabulary)
    {
        // "become a UX designer" and "get a ux job by next summer": the same role aimed at is the same goal, said sharper.
        if (a.Role is not null && a.Role == b.Role) return true;
        if (a.Outcome.Contains(b.Outcome, StringComparison.OrdinalIgnoreCase) || b.Outcome.Contains(a.Outcome, StringComparison.OrdinalIgnoreCase)) return true;
        if (a.Type != b.Type) return false;
        var wa = ContentStems(a.Outcome, vocabulary);
        var wb = ContentStems(b.Outcome, vocabulary);
        var shared = wa.Intersect(wb).Count();
        return shared > 0 && shared * 2 >= Math.Min(wa.Count, wb.Count);
    }

    /// <summary>About the same work: the same role, or a content word shared ("data").</summary>
    private static bool Related((string Outcome, GoalType Type, string? Role) a, (string Outcome, GoalType Type, string? Role) b, GoalVocabulary vocabulary) =>
        a.Role is not null && a.Role == b.Role || ContentStems(a.Outcome, vocabulary).Overlaps(ContentStems(b.Outcome, vocabulary));

    private static HashSet<string> ContentStems(string text, GoalVocabulary vocabulary) =>
        GoalWords.Split(text).Where(w => !vocabulary.Smart.StopWords.Contains(w.Text) && !vocabulary.Verbs.Contains(w.Text) && w.Text.Length > 1)
            .Select(w => GoalWords.Stem(w.Text)).ToHashSet(StringComparer.Ordinal);

    private (string Outcome, GoalType Type, string? Role)? Outcome(ITurnContext context, string text)
    {
        var input = new SmartInput(text, new Profile(), context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale, Vocabulary: Vocabulary(context));
        var analysis = SmartAnalyzer.Analyze(input);
        return SmartStatement.Compose(input, analysis) is { } statement ? (statement.Outcome, analysis.Type, analysis.Target.KnownRole?.Key) : null;
    }

    private GoalVocabulary Vocabulary(ITurnContext context) => GoalVocabulary.From(_texts.Catalog, context.Activity.Locale);

    /// <summary>The goal in the coach's words for a sentence: "get a job as a UX designer by Tue, 31 August 2027".</summary>
    private string GoalInWords(ITurnContext context, GoalDraft draft, string? text = null)
    {
        var outcome = Outcome(context, text ?? draft.Text)?.Outcome ?? UserText.Clean(text ?? draft.Text);
        var deadline = text is null ? draft.Deadline ?? Analyze(context, draft).Deadline : null;
        return deadline is { } d
            ? _texts.Text(context, GoalTexts.RestatedGoalByDate, ("outcome", outcome), ("date", CoachTurn.Date(context, d)))
            : _texts.Text(context, GoalTexts.RestatedGoal, ("outcome", outcome));
    }

    /// <summary>
    /// A goal said at another question: the same one is said back and the question asked again (no try counted); a
    /// different one waits in <see cref="GoalDraft.NewGoal"/> for the person to say whether to switch. False when
    /// <paramref name="said"/> states no goal.
    /// </summary>
    private bool HeardRestatedGoal(ITurnContext context, GoalDraft draft, GoalQuestion question, string said, bool gaveDate)
    {
        if (!HearsRestatedGoal(question)) return false;
        switch (ReadRestated(context, draft, question, said))
        {
            // "get a ux job by next summer" at the deadline question: the date is the answer.
            case Restated.Same or Restated.Sharper when gaveDate:
                return false;
            case Restated.Sharper:
                // The new words say more of the same goal: they are the goal now; what was answered stays.
                draft.Text = UserText.Clean(said);
                _texts.Say(context, GoalTexts.RestatedSharper, ("goal", GoalInWords(context, draft)));
                return true;
            case Restated.Same:
                // What the new wording adds ("..., 7/10, because I love design") is kept; the question is asked again only if still open.
                var again = SmartAnalyzer.Analyze(new SmartInput(said, new Profile(), context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale,
                    Vocabulary: Vocabulary(context)));
                draft.Confidence ??= again.Confidence;
                if (draft.Deadline is null && again.Deadline is { } deadline && deadline >= CoachTurn.Today(context)) draft.Deadline = deadline;
                draft.Hours ??= again.HoursPerWeek;
                if (draft.Relevance is null && again.Relevant is { Met: true, Reason: SmartReason.RelevanceGiven, Evidence: { } why }) draft.Relevance = why;
                _texts.Say(context, GoalTexts.RestatedSame, ("goal", GoalInWords(context, draft)));
                return true;
            case Restated.Different:
                draft.NewGoal = UserText.Clean(said);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Asks whether to work on the different goal instead of the one we have.</summary>
    private async Task<DialogTurnResult> AskChangeGoalAsync(WaterfallStepContext<GoalDraft> step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.State;
        draft.Pending = GoalQuestion.ChangeGoal;
        var text = _texts.Text(context, GoalTexts.RestatedAskChange, ("new", GoalInWords(context, draft, draft.NewGoal)),
            ("old", GoalInWords(context, draft)));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = text, QuestionContext = PromptHelp.ChangeGoal }, ct);
    }

    /// <summary>Yes: the new goal replaces the draft (its effort and reasons were said for the other goal). No, or no answer: the goal stays.</summary>
    private void SaveChangeGoalAnswer(ITurnContext context, GoalDraft draft, object? answer)
    {
        var newGoal = draft.NewGoal;
        draft.NewGoal = null;
        if (newGoal is null) return;
        if (answer is true)
        {
            var fresh = new GoalDraft { Text = newGoal };
            CopyInto(fresh, draft);
            _texts.Say(context, GoalTexts.RestatedChanged, ("goal", GoalInWords(context, draft)));
            return;
        }
        _texts.Say(context, GoalTexts.RestatedKept, ("goal", GoalInWords(context, draft)));
    }

    /// <summary>The draft starts again from <paramref name="from"/> in place (the waterfall keeps its state object).</summary>
    private static void CopyInto(GoalDraft from, GoalDraft to)
    {
        to.Text = from.Text;
        to.Measure = null;
        to.Confidence = null;
        to.Hours = null;
        to.Relevance = null;
        to.Deadline = null;
        to.DeadlineSettled = false;
        to.Milestones = [];
        to.Praised = [];
        to.NotAGoalCount = 0;
        to.Pending = null;
        to.Asked = [];
        to.LeftOpen = [];
    }

    /// <summary>The sentence that says a question is left open, once per question; "" when it was said already.</summary>
    private string LeftOpenNote(ITurnContext context, GoalDraft draft, GoalQuestion question, SmartAnalysis analysis)
    {
        if (draft.LeftOpen.Contains(question) || GoalTexts.LeftOpen(question) is not { } key) return "";
        draft.LeftOpen.Add(question);
        var deadline = draft.Deadline ?? analysis.Deadline;
        return _texts.Text(context, key, ("date", deadline is { } d ? CoachTurn.Date(context, d) : ""));
    }
}
