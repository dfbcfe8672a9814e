using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Assessment;

/// <summary>What an answer that is only a time says: a date ("by next summer"), or an amount of time ("maybe 6 hours a week").</summary>
public sealed record TimeOnlyAnswer(bool IsAmount, decimal? HoursPerWeek);

/// <summary>
/// An answer made of nothing but a date or an amount of time answers none of the assessment's questions (it is no
/// skill, strength or role), however the question was misread. Read with the recognizers every date and hours
/// question uses; the words allowed around the time (assessment.listen.aroundTime) come from dialogs/.
/// </summary>
public static class TimeOnlyReader
{
    public static TimeOnlyAnswer? Read(string text, IReadOnlyList<RecognizedFact> facts, ISet<string> aroundTime, PhraseSet? afterTime = null)
    {
        if (afterTime is not null && LedByHours(text, facts, aroundTime, afterTime) is { } led) return led;
        if (facts.Count == 0 || facts.Any(f => f.Kind is not (FactKind.Date or FactKind.Hours))) return null;
        var rest = text.ToCharArray();
        foreach (var fact in facts)
            for (var i = fact.Start; i < fact.Start + fact.Length && i < rest.Length; i++) rest[i] = ' ';
        if (PhraseSet.Words(new string(rest)).Any(w => !aroundTime.Contains(w))) return null;
        var hours = facts.FirstOrDefault(f => f.Kind == FactKind.Hours);
        return new TimeOnlyAnswer(hours is not null, hours?.Hours?.PerWeek);
    }

    /// <summary>
    /// Hours a week said first, then the week around them: "4 hours a week, it's hard with the shifts", "maybe 6 hour a
    /// week when kids in school". The story after a comma or a word of assessment.listen.afterTime is about the time.
    /// </summary>
    private static TimeOnlyAnswer? LedByHours(string text, IReadOnlyList<RecognizedFact> facts, ISet<string> aroundTime, PhraseSet afterTime)
    {
        if (facts.Count == 0) return null;
        var first = facts.MinBy(f => f.Start)!;
        if (first.Kind != FactKind.Hours || first.Hours?.PerWeek is not { } perWeek) return null;
        if (PhraseSet.Words(text[..first.Start]).Any(w => !aroundTime.Contains(w))) return null;
        var after = text[Math.Min(text.Length, first.Start + first.Length)..].TrimStart();
        var story = after.Length > 0 && after[0] is ',' or ';' or '.' or '-' or '(' || afterTime.Find(PhraseSet.Words(after)).Any(h => h.Start == 0);
        return story ? new TimeOnlyAnswer(true, perWeek) : null;
    }
}
