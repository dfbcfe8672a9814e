// PLACEHOLDER until the smart branch lands: the real analyzer replaces this file.
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

public static class SmartAnalyzer
{
    public static SmartAnalysis Analyze(SmartInput input)
    {
        var text = input.GoalText.ToLowerInvariant();
        var found = DateRecognizer.Recognize(input.GoalText, input.Now, input.Zone, input.Locale);
        DateOnly? deadline = input.Deadline ?? (found.Kind == DateRecognitionKind.Date ? found.Date : null);
        var specific = !(text.Contains("better") || text.Contains("advance my career")) && text.Split(' ').Length >= 3;
        var measurable = text.Any(char.IsDigit) || text.Contains("pass") || text.Contains("promoted");
        var achievable = input.Confidence >= 6 && input.HoursPerWeek > 0;
        var relevant = !string.IsNullOrEmpty(input.Relevance) || input.Profile.Values.Any(v => text.Contains(v.ToLowerInvariant()));
        return new SmartAnalysis(
            new(SmartLetter.Specific, specific, specific ? SmartReason.ConcreteOutcome : SmartReason.VagueOutcome),
            new(SmartLetter.Measurable, measurable, measurable ? SmartReason.HasNumber : SmartReason.NoMeasure),
            new(SmartLetter.Achievable, achievable, achievable ? SmartReason.ConfidentWithTime
                : input.Confidence is < 6 ? SmartReason.LowConfidence : SmartReason.AskConfidenceAndTime),
            new(SmartLetter.Relevant, relevant, relevant ? SmartReason.RelevanceGiven : SmartReason.NoConnection),
            new(SmartLetter.TimeBound, deadline is not null, deadline is not null ? SmartReason.HasDeadline
                : found.Kind == DateRecognitionKind.Past ? SmartReason.PastDeadline : SmartReason.NoDeadline),
            deadline, GoalType.Generic, input.Confidence, input.HoursPerWeek);
    }
}
