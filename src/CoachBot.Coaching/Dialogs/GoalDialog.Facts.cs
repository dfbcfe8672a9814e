using System.Globalization;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Understanding.Facts;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// Two facts in one message, and corrections, in the refinement loop (issue 11): "7, and I can do about 5 hours a
/// week" at the confidence question answers the hours too (the hours question is then skipped); "sorry, I meant 4
/// hours" or "actually make that June" at a later question changes the earlier answer of its kind, otherwise the last
/// one. The coach says what it took and what changed. The reading itself is <see cref="FactReader"/> (pure, core).
/// </summary>
public sealed partial class GoalDialog
{
    private static FactSlot? SlotOf(GoalQuestion question) => question switch
    {
        GoalQuestion.Confidence => FactSlot.Rating,
        GoalQuestion.Hours => FactSlot.WeeklyHours,
        GoalQuestion.TimeBound => FactSlot.Deadline,
        _ => null,
    };

    /// <summary>
    /// What the message says besides, or instead of, the answer asked for; null for the goal itself and for a question
    /// (nothing is taken from a question). A date answer is read from the text the date prompt took it from.
    /// </summary>
    private FactReading? ReadFacts(ITurnContext context, GoalDraft draft, GoalQuestion question, object? answer)
    {
        var said = answer switch { string text => text, DateOnly => context.Activity.Text, _ => null };
        // The goal's own words are read by the SMART analysis; a smaller first goal's date is its milestone's, not the deadline.
        if (said is null || question is GoalQuestion.Goal or GoalQuestion.Specific or GoalQuestion.Smaller) return null;
        var locale = context.Activity.Locale;
        var phrases = RecognizerPhrases.From(_texts.Catalog, locale);
        if (QuestionRecognizer.Recognize(said, phrases) is not null) return null;
        return FactReader.Read(said, SlotOf(question), Earlier(context, draft), phrases, context.Clock.GetUtcNow(), CoachTurn.Zone(context), locale);
    }

    /// <summary>
    /// The answers the draft holds, oldest first: those the goal's own words gave, then those answered (confidence is
    /// asked before hours, the deadline last), so a bare number corrects the one said last.
    /// </summary>
    private static List<FactValue> Earlier(ITurnContext context, GoalDraft draft)
    {
        var analysis = Analyze(context, draft);
        var earlier = new List<FactValue>();
        if ((draft.Deadline ?? analysis.Deadline) is { } deadline) earlier.Add(new FactValue(FactSlot.Deadline) { Date = deadline });
        if (draft.Confidence is null && analysis.Confidence is { } statedConfidence) earlier.Add(new FactValue(FactSlot.Rating) { Number = statedConfidence });
        if (draft.Hours is null && analysis.HoursPerWeek is { } statedHours) earlier.Add(new FactValue(FactSlot.WeeklyHours) { Number = statedHours });
        if (draft.Confidence is { } confidence) earlier.Add(new FactValue(FactSlot.Rating) { Number = confidence });
        if (draft.Hours is { } hours) earlier.Add(new FactValue(FactSlot.WeeklyHours) { Number = hours });
        return earlier;
    }

    /// <summary>
    /// Folds a correction and the answers given beside the asked one into the draft, and says each ("Deadline changed
    /// to Wed, 30 June 2027.", "Noted as well: 5 hours a week."). True when the message was only a correction: the
    /// question is asked again.
    /// </summary>
    private bool FoldFacts(ITurnContext context, GoalDraft draft, FactReading facts)
    {
        if (facts.Correction is { } correction && Apply(context, draft, correction) && FactTexts.KeysOf(correction.Slot) is { } keys)
            _texts.Say(context, FactTexts.Changed, ("what", _texts.Text(context, keys.Name)), ("value", Said(context, keys.Value, correction)));
        var took = new List<string>();
        foreach (var also in facts.Also)
        {
            // Beside an answer, a fact only fills what is still open; one that differs from an earlier answer came as the correction.
            if (IsSet(context, draft, also.Slot) || !Apply(context, draft, also) || FactTexts.KeysOf(also.Slot) is not { } alsoKeys) continue;
            took.Add(Said(context, alsoKeys.Item, also));
        }
        if (took.Count == 0) return facts.Correction is not null && facts.Answer is null && !UserText.HasWords(facts.AnswerText);
        // "7/10, 4 hours a week": the answer asked for is said too, so the reply names both facts taken.
        var withAnswer = facts.Answer is { } answer && InRange(answer) && FactTexts.KeysOf(answer.Slot) is not null;
        if (withAnswer && FactTexts.KeysOf(facts.Answer!.Slot) is { } keysOfAnswer) took.Insert(0, Said(context, keysOfAnswer.Item, facts.Answer));
        _texts.Say(context, withAnswer ? FactTexts.TookWithAnswer : FactTexts.Took, ("facts", string.Join(_texts.Text(context, FactTexts.Joiner), took)));
        return facts.Correction is not null && facts.Answer is null && !UserText.HasWords(facts.AnswerText);
    }

    /// <summary>True when the message held nothing but the other answers it gave (no word of its own, no letter-only word left).</summary>
    private static bool OnlyOtherFacts(FactReading facts)
    {
        var rest = facts.AnswerText;
        foreach (var also in facts.Also.Where(a => a.Matched.Length > 0)) rest = rest.Replace(also.Matched, " ", StringComparison.OrdinalIgnoreCase);
        return !rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Count(char.IsLetter) >= 2);
    }

    /// <summary>The answer without the correction that followed it: "because I enjoy it, and sorry, 5 hours not 6" keeps "because I enjoy it".</summary>
    private static string WithoutCorrection(FactReading facts)
    {
        var words = facts.AnswerText.TrimEnd(' ', ',', '.', ';', ':', '-', '!');
        if (words.EndsWith(" and", StringComparison.OrdinalIgnoreCase)) words = words[..^4].TrimEnd(' ', ',', '.', ';', ':', '-');
        return words;
    }

    /// <summary>
    /// A confidence or weekly hours as the facts read them ("like 3 hours weekly, confidence 8" rates 8), else the first
    /// number, unless the facts already gave the message's numbers another meaning: "maybe 5 hours a week" at the
    /// confidence question is the hours, not a rating of 5.
    /// </summary>
    private static bool TryReadNumber(string said, string? locale, FactReading? facts, out decimal value)
    {
        if (facts?.Answer?.Number is { } read)
        {
            value = read;
            return true;
        }
        if (GaveOtherFacts(facts))
        {
            value = 0;
            return false;
        }
        return NumberRecognizer.TryRecognize(said, locale, out value);
    }

    /// <summary>The facts gave the message's numbers another meaning than the answer: hours beside it, or a correction.</summary>
    private static bool GaveOtherFacts(FactReading? facts) => facts is { } read && (read.Also.Count > 0 || read.Correction is not null);

    /// <summary>
    /// A finish line said where a number or a date is asked ("when i have a signed contract" at the confidence
    /// question): kept without its lead-in as the measure, said back, and the question stays. Not at the why: there
    /// "when i have my own money i feel free" is a reason.
    /// </summary>
    private bool HeardAFinishLine(ITurnContext context, GoalDraft draft, GoalQuestion question, string said)
    {
        if (question is not (GoalQuestion.Confidence or GoalQuestion.Hours or GoalQuestion.TimeBound)) return false;
        var vocabulary = Vocabulary(context);
        // "the first two modules" at the confidence question: the two is part of the work, never a rating of 2; it says the
        // finish line (again, more exactly, when one was given).
        var partOfTheWork = question != GoalQuestion.TimeBound && vocabulary.CountsAPartOfTheWork(said);
        if (draft.Measure is not null && !partOfTheWork) return false;
        if (!(vocabulary.OpensAsAFinishLine(said) || partOfTheWork) || Cleaned(vocabulary.FinishLineOf(said)) is not { } kept) return false;
        draft.Measure = kept;
        _texts.Say(context, GoalTexts.FinishLineNoted, ("measure", kept));
        return true;
    }

    /// <summary>A confidence of 1 to 10 or 0 to 80 hours a week: a value the question would take.</summary>
    private static bool InRange(FactValue fact) => fact.Slot switch
    {
        FactSlot.Rating => fact.Number is >= 1 and <= 10,
        FactSlot.WeeklyHours => fact.Number is >= 0 and <= 80,
        _ => false,
    };

    private static bool IsSet(ITurnContext context, GoalDraft draft, FactSlot slot) => slot switch
    {
        FactSlot.Rating => (draft.Confidence ?? Analyze(context, draft).Confidence) is not null,
        FactSlot.WeeklyHours => (draft.Hours ?? Analyze(context, draft).HoursPerWeek) is not null,
        FactSlot.Deadline => draft.Deadline is not null,
        _ => true,
    };

    /// <summary>Sets the value when it fits the question's range (confidence 1-10, 0-80 hours a week, a deadline from today on).</summary>
    private static bool Apply(ITurnContext context, GoalDraft draft, FactValue fact)
    {
        switch (fact.Slot)
        {
            case FactSlot.Rating when fact.Number is >= 1 and <= 10:
                draft.Confidence = (int)Math.Round(fact.Number.Value);
                return true;
            case FactSlot.WeeklyHours when fact.Number is >= 0 and <= 80:
                draft.Hours = fact.Number;
                return true;
            case FactSlot.Deadline when fact.Date is { } date && date >= CoachTurn.Today(context):
                draft.Deadline = date;
                draft.DeadlineSettled = true; // the person chose it: no conflict with a date in the goal's words
                return true;
            default:
                return false;
        }
    }

    private string Said(ITurnContext context, string key, FactValue fact) =>
        _texts.Text(context, key, ("value", fact.Number?.ToString("0.##", CultureInfo.InvariantCulture)),
            ("date", fact.Date is { } date ? DatePrompt.InEnglish(date) : null));
}
