using System.Collections.Concurrent;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// What <see cref="SmartAnalyzer"/> reads from the goal text alone: the kind of text, its structure, the two readings
/// (whole message, outcome only), the effort, the type and the target. A pure function of the text, the local date,
/// the zone, the locale and the vocabulary, so it is kept: a goal-dialog turn analyzes the same draft two to four
/// times (the facts, the restated-goal check, the next question), and the draft's text stays the same over the turns
/// that answer the other letters. The answers, the profile and the deadline given are not part of it: they are judged
/// on every call.
/// </summary>
internal sealed record GoalTextReading(
    GoalText Text,
    GoalStructure? Structure,
    GoalReading Reading,
    GoalReading GoalReading,
    Effort Effort,
    GoalType Type,
    string OutcomeText,
    GoalTarget Target)
{
    /// <summary>
    /// About the goals of the users in the middle of a goal dialog at once, several kilobytes each. Past it the cache
    /// starts again empty: bounded, and only the next few analyses pay.
    /// </summary>
    internal const int Capacity = 256;

    /// <summary>
    /// Keyed by everything the reading depends on: <c>now</c> only as the local date (dates resolve against the day,
    /// the zone also gives the hemisphere's seasons). Nothing of the user but the text: the same words read the same.
    /// </summary>
    private readonly record struct Key(string Text, DateOnly Today, TimeZoneInfo Zone, string? Locale, GoalVocabulary Vocabulary);

    private static readonly ConcurrentDictionary<Key, GoalTextReading> Cache = new();

    public static GoalTextReading For(string? goalText, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary vocabulary)
    {
        var key = new Key(goalText ?? "", DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), zone, locale, vocabulary);
        if (Cache.TryGetValue(key, out var kept)) return kept;
        var read = Read(key.Text, now, zone, locale, vocabulary);
        if (Cache.Count >= Capacity) Cache.Clear();
        Cache.TryAdd(key, read);
        return read;
    }

    private static GoalTextReading Read(string goalText, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary vocabulary)
    {
        var text = GoalText.Read(goalText, vocabulary);
        var structure = text.IsGoal ? GoalStructure.Read(text.Cleaned, now, zone, locale, vocabulary) : null;
        var reading = new GoalReading(structure?.MainText ?? "", now, zone, locale, vocabulary);
        // Effort said anywhere in the message counts ("... I'm 7/10 confident, I can give it 4 hours a week."), not only in the goal's clause.
        var effort = reading.Effort.Confidence is not null && reading.Effort.HoursPerWeek is not null || !text.IsGoal
            ? reading.Effort : EffortReader.Read(text.Cleaned, locale);
        var outcomeText = structure?.MainClause ?? "";
        var type = text.IsGoal ? SmartAnalyzer.Classify(outcomeText, text.Cleaned, vocabulary) : GoalType.Generic;
        // Specific and Measurable are judged on the goal itself: a reason ("so I have something to show for the
        // promotion case"), the person's story ("I'm 34") or effort ("Confidence 7") names no outcome and no measure.
        var goalReading = structure is null ? reading : new GoalReading(SmartAnalyzer.OutcomeOnly(structure.MainClause, vocabulary), now, zone, locale, vocabulary);
        var target = GoalClassifier.TargetOf(outcomeText.Length > 0 ? outcomeText : text.Cleaned, type, vocabulary);
        return new GoalTextReading(text, structure, reading, goalReading, effort, type, outcomeText, target);
    }
}
