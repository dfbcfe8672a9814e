using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Understanding.Facts;

/// <summary>The answers a dialog keeps that a message may give or correct beside the one asked for.</summary>
public enum FactSlot
{
    /// <summary>A rating from 1 to 10 ("how confident are you?").</summary>
    Rating,
    /// <summary>Hours a week.</summary>
    WeeklyHours,
    Deadline,
    /// <summary>The check-in schedule's weekday and/or time.</summary>
    Schedule,
}

/// <summary>One answer: the slot and its value (the field of its slot is set); <see cref="Matched"/> is the text it came from.</summary>
public sealed record FactValue(FactSlot Slot)
{
    public decimal? Number { get; init; }
    public DateOnly? Date { get; init; }
    public DayOfWeek? Day { get; init; }
    public TimeOnly? Time { get; init; }
    public string Matched { get; init; } = "";

    /// <summary>True when both hold the same value (the slot aside).</summary>
    public bool SameValue(FactValue other) => Number == other.Number && Date == other.Date && Day == other.Day && Time == other.Time;
}

/// <summary>
/// What one message says: the answer to the question asked (<see cref="Answer"/>), other answers given with it
/// (<see cref="Also"/>: "7, and I can do about 5 hours a week"), and a correction of an earlier answer
/// (<see cref="Correction"/>, its slot the earlier answer it changes).
/// </summary>
/// <see cref="AnswerText"/> is the part of the message before a correction that follows it (all of it when there is none;
/// empty when the message is only a correction).
public sealed record FactReading(FactValue? Answer, IReadOnlyList<FactValue> Also, FactValue? Correction, string AnswerText = "")
{
    public static FactReading Nothing { get; } = new(null, [], null);
}

/// <summary>
/// Reads a message typed at a prompt for all the answers it holds, with the recognizers' facts and corrections
/// (<see cref="FactRecognizer"/>, <see cref="CorrectionRecognizer"/>) and the words of
/// <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>. Pure. Decided:
/// <list type="bullet">
/// <item>A correction changes the earlier answer of its kind: a date the deadline, hours the hours, a weekday or a
/// time the schedule; a bare number the latest earlier rating or hours (the one it names, if it names one: "the 8 was
/// wrong, it's a 6"). With no earlier answer of that kind, a corrected value of the asked kind is the answer ("june,
/// no wait, july" is July).</item>
/// <item>A correction may follow an answer in the same message ("7 - and sorry, 5 hours not 6"): the message is read
/// in clauses, and the last clause from which on it reads as a correction ends the answer.</item>
/// <item>Beside the answer, hours count whenever they have their unit ("5 hours a week"); a number only as a rating
/// next to a rating word ("more like a 5 on confidence"), so "10 hours a week, 2 of them on the weekend" sets no rating;
/// a date only after a deadline word ("by May"), so "8, I start next week" sets no deadline; a weekday or time only
/// with a check-in word ("you can check in with me on sundays"). A rating or hours said beside the answer that differ
/// from the earlier ones change them; a date beside an answer never changes an earlier deadline unless marked.</item>
/// </list>
/// </summary>
public static class FactReader
{
    public static FactReading Read(string? text, FactSlot? asked, IReadOnlyList<FactValue> earlier, RecognizerPhrases phrases,
        DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(phrases);
        if (string.IsNullOrWhiteSpace(text)) return FactReading.Nothing;

        var (answerText, correction) = SplitCorrection(text, asked, earlier, phrases, now, zone, locale);
        var answerFacts = FactRecognizer.RecognizeAll(answerText, phrases, now, zone, locale);
        correction ??= NamedOldValue(answerText, answerFacts, earlier, phrases);
        correction ??= NamedDeadline(answerText, answerFacts, asked, earlier, phrases);

        FactValue? answer = null;
        if (correction is { } c && c.Slot == asked && !earlier.Any(e => e.Slot == asked))
        {
            // "june, no wait, july": with nothing earlier to change, the corrected value answers the question.
            (answer, correction) = (c, null);
        }
        var words = Words(answerText);
        answer ??= asked is { } slot ? AnswerFor(slot, answerText, answerFacts, locale, phrases) : null;
        if (correction is not null && answer is null && asked is not null && correction.Slot != asked) answerText = "";

        var also = new List<FactValue>();
        if (answerText.Length > 0)
        {
            void Add(FactValue? value)
            {
                if (value is null || value.Slot == asked || value.Slot == correction?.Slot || also.Any(a => a.Slot == value.Slot)) return;
                also.Add(value);
            }
            Add(answerFacts.FirstOrDefault(f => f.Kind == FactKind.Hours) is { } hours ? Hours(hours) : null);
            if (Contains(words, phrases.Facts.RatingWords))
                Add(answerFacts.FirstOrDefault(f => f.Kind == FactKind.Number && f.Number is >= 1 and <= 10 && !SameFact(f, answer)) is { } rating ? Rating(rating) : null);
            Add(answerFacts.FirstOrDefault(f => f.Kind == FactKind.Date && f.Date!.Kind == DateRecognitionKind.Date && AfterDeadlineLead(answerText, f, phrases)) is { } date
                ? Deadline(date) : null);
            if (Contains(words, phrases.Facts.CheckInWords) && TimeOfDayRecognizer.Recognize(answerText, locale, phrases) is { } when)
                Add(new FactValue(FactSlot.Schedule) { Day = when.Day, Time = when.Time, Matched = answerText });
        }
        // An answer given beside the asked one that differs from what was said before is a change of it.
        foreach (var value in also.ToList())
        {
            // A date beside another answer may be a milestone's ("lead one project by June"): only a marked correction changes the deadline.
            if (correction is null && value.Slot != FactSlot.Deadline && earlier.LastOrDefault(e => e.Slot == value.Slot) is { } before && !before.SameValue(value))
            {
                also.Remove(value);
                correction = value;
            }
        }
        return new FactReading(answer, also, correction, answerText);
    }

    /// <summary>The value a message gives for a slot, read from its facts ("like 3 hours weekly, confidence 8" rates 8).</summary>
    private static FactValue? AnswerFor(FactSlot slot, string text, IReadOnlyList<RecognizedFact> facts, string? locale, RecognizerPhrases phrases) => slot switch
    {
        FactSlot.Rating => facts.FirstOrDefault(f => f.Kind == FactKind.Number) is { } n ? Rating(n) : null,
        FactSlot.WeeklyHours => facts.FirstOrDefault(f => f.Kind == FactKind.Hours) is { } h ? Hours(h)
            : facts.FirstOrDefault(f => f.Kind == FactKind.Number) is { } n ? new FactValue(FactSlot.WeeklyHours) { Number = n.Number, Matched = n.Matched } : null,
        FactSlot.Deadline => facts.FirstOrDefault(f => f.Kind == FactKind.Date && f.Date!.Kind == DateRecognitionKind.Date) is { } d ? Deadline(d) : null,
        _ => TimeOfDayRecognizer.Recognize(text, locale, phrases) is { } when ? new FactValue(FactSlot.Schedule) { Day = when.Day, Time = when.Time, Matched = text } : null,
    };

    /// <summary>
    /// The part of the message that answers, and the correction that follows it (or is the whole message). Clause
    /// starts are tried from the first; the first that reads as a correction of a value wins.
    /// </summary>
    private static (string Answer, FactValue? Correction) SplitCorrection(string text, FactSlot? asked, IReadOnlyList<FactValue> earlier,
        RecognizerPhrases phrases, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        // From the last clause back: "7 - and sorry, 5 hours not 6" corrects the hours, "7... well, 6 to be honest" rates 6.
        foreach (var start in ClauseStarts(text).Distinct().Reverse())
        {
            var rest = text[start..];
            if (CorrectionRecognizer.Recognize(rest, phrases, now, zone, locale) is not { Value: { } value } found) continue;
            if (Target(found, rest, asked, earlier, locale, phrases) is not { } corrected) continue;
            return (WithoutTrailingMarkers(text[..start], phrases), corrected with { Matched = value.Matched });
        }
        return (text, null);
    }

    /// <summary>"because I enjoy it, and sorry, " is "because I enjoy it": the markers and joiners before a correction are no answer.</summary>
    private static string WithoutTrailingMarkers(string prefix, RecognizerPhrases phrases)
    {
        var tokens = TextTokenizer.Tokenize(prefix);
        var words = tokens.Select(t => t.Text).ToList();
        var end = words.Count;
        for (var changed = true; changed && end > 0;)
        {
            var before = end;
            end = phrases.Correction.WeakMarkers.TrimEnd(words, 0, end);
            end = phrases.Correction.StrongMarkers.TrimEnd(words, 0, end);
            while (end > 0 && words[end - 1] == "and") end--;
            changed = end != before;
        }
        return end == 0 ? "" : prefix[..tokens[end - 1].End];
    }

    /// <summary>0, then every place after a comma, a full stop, a colon, a dash or a semicolon, or before "and".</summary>
    private static IEnumerable<int> ClauseStarts(string text)
    {
        yield return 0;
        var tokens = TextTokenizer.Tokenize(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var between = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            if (between.IndexOfAny(",.;:-!") >= 0 || tokens[i].IsWord("and")) yield return tokens[i].Start;
        }
    }

    /// <summary>Which slot a corrected value goes to: its kind's, else (a bare number) the latest rating or hours.</summary>
    private static FactValue? Target(RecognizedCorrection correction, string text, FactSlot? asked, IReadOnlyList<FactValue> earlier, string? locale, RecognizerPhrases phrases)
    {
        var value = correction.Value!;
        var hasSchedule = earlier.Any(e => e.Slot == FactSlot.Schedule) || asked == FactSlot.Schedule;
        if (hasSchedule && TimeOfDayRecognizer.Recognize(text, locale, phrases) is { } when && (when.Day is not null || value.Kind == FactKind.Number))
            return new FactValue(FactSlot.Schedule) { Day = when.Day, Time = when.Time };
        switch (value.Kind)
        {
            case FactKind.Hours:
                return Hours(value);
            case FactKind.Date when value.Date is { Kind: DateRecognitionKind.Date }:
                return Deadline(value);
            case FactKind.Number:
                if (correction.Replaced is { Number: { } old } && earlier.LastOrDefault(e => e.Number == old && e.Slot is FactSlot.Rating or FactSlot.WeeklyHours) is { } named)
                    return new FactValue(named.Slot) { Number = value.Number };
                if (earlier.LastOrDefault(e => e.Slot is FactSlot.Rating or FactSlot.WeeklyHours) is { } latest)
                    return new FactValue(latest.Slot) { Number = value.Number };
                return asked is FactSlot.Rating or FactSlot.WeeklyHours ? new FactValue(asked.Value) { Number = value.Number } : null;
            default:
                return null;
        }
    }

    /// <summary>"the 8 was wrong, it's a 6", "I wrote September but I meant November": the old value named, then the new one.</summary>
    private static FactValue? NamedOldValue(string text, IReadOnlyList<RecognizedFact> facts, IReadOnlyList<FactValue> earlier, RecognizerPhrases phrases)
    {
        if (!Contains(Words(text), phrases.Facts.WrongWords)) return null;
        foreach (var kind in (FactKind[])[FactKind.Number, FactKind.Date, FactKind.Hours])
        {
            var same = facts.Where(f => f.Kind == kind && (kind != FactKind.Date || f.Date!.Kind == DateRecognitionKind.Date)).ToList();
            if (same.Count < 2) continue;
            var (first, last) = (Value(same[0]), Value(same[^1]));
            if (earlier.LastOrDefault(e => Fits(e.Slot, kind) && e.SameValue(first)) is { } named && !last.SameValue(first))
                return last with { Slot = named.Slot };
        }
        return null;

        static FactValue Value(RecognizedFact f) => f.Kind switch
        {
            FactKind.Hours => Hours(f),
            FactKind.Date => Deadline(f),
            _ => new FactValue(FactSlot.Rating) { Number = f.Number, Matched = f.Matched },
        };
        static bool Fits(FactSlot slot, FactKind kind) => kind switch
        {
            FactKind.Date => slot == FactSlot.Deadline,
            FactKind.Hours => slot == FactSlot.WeeklyHours,
            _ => slot is FactSlot.Rating or FactSlot.WeeklyHours,
        };
    }

    /// <summary>"actually the deadline should be end of september" at another question: the deadline changes.</summary>
    private static FactValue? NamedDeadline(string text, IReadOnlyList<RecognizedFact> facts, FactSlot? asked, IReadOnlyList<FactValue> earlier, RecognizerPhrases phrases)
    {
        if (asked == FactSlot.Deadline || !earlier.Any(e => e.Slot == FactSlot.Deadline) || !Contains(Words(text), phrases.Facts.DeadlineWords)) return null;
        return facts.FirstOrDefault(f => f.Kind == FactKind.Date && f.Date!.Kind == DateRecognitionKind.Date) is { } date ? Deadline(date) : null;
    }

    private static FactValue Rating(RecognizedFact fact) => new(FactSlot.Rating) { Number = fact.Number, Matched = fact.Matched };

    /// <summary>Hours a week; hours without a rate are taken as a week's, which is what the coach asks for.</summary>
    private static FactValue Hours(RecognizedFact fact) =>
        new(FactSlot.WeeklyHours) { Number = fact.Hours!.PerWeek ?? fact.Hours.Hours, Matched = fact.Matched };

    private static FactValue Deadline(RecognizedFact fact) => new(FactSlot.Deadline) { Date = fact.Date!.Date, Matched = fact.Matched };

    private static bool SameFact(RecognizedFact fact, FactValue? answer) => answer is not null && answer.Matched == fact.Matched && answer.Number == fact.Number;

    private static bool AfterDeadlineLead(string text, RecognizedFact date, RecognizerPhrases phrases)
    {
        var before = Words(text[..date.Start]);
        for (var k = Math.Max(0, before.Count - 3); k < before.Count; k++)
            if (phrases.Facts.DeadlineLeads.MatchAt(before, k) == before.Count - k) return true;
        var matched = Words(date.Matched);
        return matched.Count > 0 && phrases.Facts.DeadlineLeads.MatchAt(matched, 0) > 0;
    }

    private static List<string> Words(string text) => TextTokenizer.Tokenize(text).Select(t => t.Text).ToList();

    private static bool Contains(List<string> words, PhraseList list)
    {
        for (var k = 0; k < words.Count; k++)
            if (list.MatchAt(words, k) > 0) return true;
        return false;
    }
}
