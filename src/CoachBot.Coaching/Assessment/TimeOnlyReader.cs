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
    public static TimeOnlyAnswer? Read(string text, IReadOnlyList<RecognizedFact> facts, ISet<string> aroundTime)
    {
        if (facts.Count == 0 || facts.Any(f => f.Kind is not (FactKind.Date or FactKind.Hours))) return null;
        var rest = text.ToCharArray();
        foreach (var fact in facts)
            for (var i = fact.Start; i < fact.Start + fact.Length && i < rest.Length; i++) rest[i] = ' ';
        if (PhraseSet.Words(new string(rest)).Any(w => !aroundTime.Contains(w))) return null;
        var hours = facts.FirstOrDefault(f => f.Kind == FactKind.Hours);
        return new TimeOnlyAnswer(hours is not null, hours?.Hours?.PerWeek);
    }
}
