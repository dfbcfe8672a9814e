using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// One reading of the goal text shared by the analyzer and <see cref="SmartStatement"/>: the effort facts, the
/// deadline and where each was written, so the outcome is what remains.
/// </summary>
internal sealed class GoalReading
{
    /// <summary>Longer goals are cut here: a goal is a sentence or two, and the rules are linear in the words anyway.</summary>
    public const int MaxLength = 1000;

    public string Text { get; }
    public DateOnly Today { get; }
    public List<GoalWord> Words { get; }
    public Effort Effort { get; }
    public DateRecognition Date { get; }
    public TextSpan? DateSpan { get; }

    /// <summary>Numbers that measure the outcome: not part of the deadline, the confidence or the hours.</summary>
    public List<(decimal Value, int Start, int End)> Measures { get; }

    /// <summary>Words of the outcome: everything but the deadline, the confidence and the hours.</summary>
    public List<GoalWord> OutcomeWords { get; }

    public GoalReading(string? goalText, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        Text = (goalText ?? "").Trim();
        if (Text.Length > MaxLength) Text = Text[..MaxLength];
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        Words = GoalWords.Split(Text);
        Effort = EffortReader.Read(Text, locale);

        // "7/10" is also July 10, "5 hours a week" also "a week": read the date with the effort facts blanked out.
        var blanked = Text.ToCharArray();
        foreach (var span in Effort.Spans)
            for (var i = span.Start; i < span.End; i++) blanked[i] = ' ';
        var blankedText = new string(blanked);
        Date = DateRecognizer.Recognize(blankedText, now, zone, locale);
        if (Date.Matched is { Length: > 0 } matched && blankedText.IndexOf(matched, StringComparison.Ordinal) is var at and >= 0)
            DateSpan = new TextSpan(at, at + matched.Length);

        var taken = new List<TextSpan>(Effort.Spans);
        if (DateSpan is { } d) taken.Add(d);
        OutcomeWords = Words.Where(w => !taken.Any(t => t.Overlaps(w.Start, w.End))).ToList();
        Measures = NumberRecognizer.RecognizeAll(Text, locale)
            .Where(n => !n.IsOrdinal && !taken.Any(t => t.Overlaps(n.Start, n.Start + n.Length)))
            .Select(n => (n.Value, n.Start, n.Start + n.Length))
            .ToList();
    }

    /// <summary>Content words of the outcome, without fillers ("I want to", "by", "my").</summary>
    public IEnumerable<GoalWord> MeaningfulWords => OutcomeWords.Where(w => !SmartVocabulary.StopWords.Contains(w.Text));

    /// <summary>
    /// The matched words and what follows them in the same clause ("promoted" -> "promoted to senior manager"),
    /// at most <paramref name="extra"/> more words, never into the deadline or effort phrases.
    /// </summary>
    public string Phrase(int first, int length, int extra = 4)
    {
        var words = OutcomeWords;
        var last = Math.Min(first + length - 1, words.Count - 1);
        for (var i = last + 1; i < words.Count && i <= first + length - 1 + extra; i++)
        {
            if (PhraseStops.Contains(words[i].Text) || Text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(",.;:!?()\n") >= 0)
                break;
            // Stop where something was cut out between the two words (a deadline or effort phrase).
            if (Effort.Spans.Any(s => s.Start >= words[i - 1].End && s.End <= words[i].Start)
                || DateSpan is { } d && d.Start >= words[i - 1].End && d.End <= words[i].Start)
                break;
            last = i;
        }
        // An article or connector at the end adds nothing: "pass the" -> "pass".
        while (last > first + length - 1 && words[last].Text is "a" or "an" or "the" or "to" or "as" or "of" or "my") last--;
        return Text[words[first].Start..words[last].End];
    }

    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "by", "within", "before", "until", "till", "and", "so", "because", "but", "while", "which", "since", "i", "i'm",
        "im", "i'd", "i'll", "this", "next", "if",
    };

    /// <summary>Where the phrase starts among the outcome words, or -1.</summary>
    public int Find(string phrase) => GoalWords.Find(OutcomeWords, phrase);
}
