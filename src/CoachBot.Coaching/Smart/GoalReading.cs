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

    /// <summary>The words of the locale the rules match against.</summary>
    public GoalVocabulary Vocabulary { get; }

    public GoalReading(string? goalText, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary? vocabulary = null)
    {
        Vocabulary = vocabulary ?? GoalVocabulary.Default;
        // Markup is not part of the goal: "<b>get better</b>", "**Learn** Python".
        Text = SmartStatement.Tidy(goalText ?? "");
        if (Text.Length > MaxLength) Text = Text[..MaxLength];
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        Words = GoalWords.Split(Text);
        Effort = EffortReader.Read(Text, locale);

        // "7/10" is also July 10, "5 hours a week" also "a week": read the date with the effort facts blanked out.
        var blanked = Text.ToCharArray();
        foreach (var span in Effort.Spans)
            for (var i = span.Start; i < span.End; i++) blanked[i] = ' ';
        (Date, DateSpan) = ReadDeadline(new string(blanked), now, zone, locale, Vocabulary);

        var taken = new List<TextSpan>(Effort.Spans);
        if (DateSpan is { } d) taken.Add(d);
        OutcomeWords = Words.Where(w => !taken.Any(t => t.Overlaps(w.Start, w.End))).ToList();
        Measures = NumberRecognizer.RecognizeAll(Text, locale)
            .Where(n => !n.IsOrdinal && !taken.Any(t => t.Overlaps(n.Start, n.Start + n.Length)) && !IsNoMeasure(Text, n.Start, n.Start + n.Length, Vocabulary.Smart)
                && !(DateSpan is { } date && IsDateAlternative(Text, date, n.Start, Vocabulary.Smart)))
            .Select(n => (n.Value, n.Start, n.Start + n.Length))
            .ToList();
    }

    /// <summary>"within a year or two": the number after "or" right behind the date is another length of time, not a measure (smartwords.dateAlternativeJoiners).</summary>
    private static bool IsDateAlternative(string text, TextSpan date, int start, SmartVocabulary smart)
    {
        if (start < date.End) return false;
        var between = text.AsSpan(date.End, start - date.End).Trim();
        foreach (var joiner in smart.DateAlternativeJoiners)
            if (between.Equals(joiner, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A number that counts nothing the goal delivers: a duration written as an adjective ("a 3-year strategy"), a
    /// level or a name ("CFA level 1", "B2", "Q3"), an age ("I'm 34").
    /// </summary>
    private static bool IsNoMeasure(string text, int start, int end, SmartVocabulary smart)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || end < text.Length && char.IsLetter(text[end]) && !(end + 1 == text.Length || !char.IsLetter(text[end + 1])) && text[end] is not ('k' or 'K' or 'm' or 'M'))
            return true; // inside a word: "B2", "Q3", "3rd" (but "70k", "5m" are amounts)
        if (end < text.Length && text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1])) return true; // "3-year", "5-day"
        var before = GoalWords.Split(text[..start]);
        if (before.Count > 0 && smart.NumberLabels.Contains(before[^1].Text)) return true;
        if (EndsWithAny(before, smart.AgeLeads)) return true;
        // "after 5 years at home", "for 8 years": how long something has lasted, not what the goal delivers.
        var after = GoalWords.Split(text[end..]);
        if (before.Count > 0 && smart.LastedLeads.Contains(before[^1].Text) && after.Count > 0
            && smart.LastedUnits.Contains(after[0].Text)) return true;
        return false;
    }

    /// <summary>
    /// Every date in the text, in order, each with its span: the effort phrases blanked out first ("7/10" is no
    /// July 10), bare quantities skipped ("three days a week"). Used to tell a goal's deadline from its milestones' dates.
    /// </summary>
    internal static List<(DateRecognition Date, TextSpan Span)> ReadDates(string text, Effort effort, DateTimeOffset now, TimeZoneInfo zone, string? locale,
        GoalVocabulary vocabulary)
    {
        var chars = text.ToCharArray();
        foreach (var span in effort.Spans)
            for (var i = span.Start; i < span.End; i++) chars[i] = ' ';
        var found = new List<(DateRecognition, TextSpan)>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var (date, span) = ReadDeadline(new string(chars), now, zone, locale, vocabulary);
            if (span is not { } s) break;
            found.Add((date, s));
            for (var i = s.Start; i < s.End; i++) chars[i] = ' ';
        }
        found.Sort((a, b) => a.Item2.Start.CompareTo(b.Item2.Start));
        return found;
    }

    /// <summary>
    /// The deadline, skipping quantities the date reader would take as "in N days": "three days a week" is how often,
    /// not when. A number counts as a date only after "in"/"within"/"next"/... or before "from now"/"ago"/"later".
    /// </summary>
    private static (DateRecognition, TextSpan?) ReadDeadline(string text, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary vocabulary)
    {
        var phrases = vocabulary.Recognizers;
        var chars = text.ToCharArray();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = new string(chars);
            var date = DateRecognizer.Recognize(current, now, zone, locale, phrases);
            if (date.Matched is not { Length: > 0 } matched) return (date, null);
            var at = current.IndexOf(matched, StringComparison.Ordinal);
            if (at < 0) return (date, null);
            if (!IsBareQuantity(current, at, matched, locale, vocabulary.Smart) && !IsQuarterAsNoun(current, at, matched, vocabulary.Smart) && !IsPastStory(current, at, vocabulary.Smart))
            {
                var span = WithWeekday(current, new TextSpan(at, at + matched.Length), vocabulary);
                (date, span) = ThroughSecondMonth(current, date, span, now, zone, locale, phrases, vocabulary.Smart);
                return (BeforeMonth(current, date, span, vocabulary), span);
            }
            for (var i = at; i < at + matched.Length; i++) chars[i] = ' ';
        }
        return (DateRecognition.NotFound, null);
    }

    /// <summary>"our team's Q3 planning": a quarter followed by a noun names the work, not its deadline ("by Q3" still is one).</summary>
    private static bool IsQuarterAsNoun(string text, int at, string matched, SmartVocabulary smart)
    {
        var m = matched.Trim();
        if (m.Length != 2 || m[0] is not ('q' or 'Q') || m[1] is < '1' or > '4') return false;
        var before = GoalWords.Split(text[..at]).LastOrDefault();
        if (before.Text is { } b && smart.QuarterDeadlineLeads.Contains(b)) return false;
        var after = GoalWords.Split(text[(at + matched.Length)..]).FirstOrDefault();
        return after.Text is { } next && !after.IsNumber && !smart.QuarterFollowers.Contains(next);
    }

    /// <summary>
    /// "I got laid off in October", "I was hired in 2019": a date in the person's story is when something happened,
    /// not a deadline. Read only when "I" and a past verb come before the date in the same sentence, with no wish or
    /// "will" between.
    /// </summary>
    private static bool IsPastStory(string text, int at, SmartVocabulary smart)
    {
        var sentenceStart = text.LastIndexOfAny(['.', '!', '?', ';', ','], Math.Max(0, at - 1)) + 1;
        var words = GoalWords.Split(text[sentenceStart..at]);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (smart.StoryBreakers.Contains(words[i].Text)) return false;
            if (smart.StorySubjects.Contains(words[i].Text) && i + 1 < words.Count && smart.PastVerbs.Contains(words[i + 1].Text)) return true;
        }
        return false;
    }

    /// <summary>"in July and August", "in May-June": a span of months ends with the second one.</summary>
    private static (DateRecognition, TextSpan) ThroughSecondMonth(string text, DateRecognition date, TextSpan span, DateTimeOffset now, TimeZoneInfo zone, string? locale,
        RecognizerPhrases phrases, SmartVocabulary smart)
    {
        if (date.Date is not { } first || !IsMonthEnd(first) || span.End >= text.Length) return (date, span);
        var rest = text[span.End..];
        var trimmed = rest.TrimStart();
        var joiner = smart.RangeJoiners.FirstOrDefault(j => trimmed.StartsWith(j, StringComparison.OrdinalIgnoreCase)
            && (j.Length == 1 || trimmed.Length == j.Length || !char.IsLetter(trimmed[j.Length])));
        if (joiner is null) return (date, span);
        var afterJoiner = trimmed[joiner.Length..];
        var offset = span.End + (rest.Length - trimmed.Length) + joiner.Length;
        var second = DateRecognizer.Recognize(afterJoiner, now, zone, locale, phrases);
        if (second is not { Kind: DateRecognitionKind.Date, Date: { } end, Matched: { } m } || end <= first || !IsMonthEnd(end)) return (date, span);
        var secondAt = afterJoiner.IndexOf(m, StringComparison.Ordinal);
        if (secondAt < 0 || afterJoiner[..secondAt].Trim().Length > 0) return (date, span);
        var last = offset + secondAt + m.Length;
        return (date with { Date = end, Matched = text[span.Start..last] }, new TextSpan(span.Start, last));
    }

    private static bool IsMonthEnd(DateOnly d) => d.Day == DateTime.DaysInMonth(d.Year, d.Month);

    /// <summary>
    /// "before June" is done by the end of May: a whole month after "before" ends the day before it starts. The month
    /// names are those of dialogs/ (recognizers.yaml, months).
    /// </summary>
    private static DateRecognition BeforeMonth(string text, DateRecognition date, TextSpan span, GoalVocabulary vocabulary)
    {
        var phrases = vocabulary.Recognizers;
        if (date is not { Kind: DateRecognitionKind.Date, Date: { } d } || !IsMonthEnd(d) || d.Day < 28) return date;
        var matched = text[span.Start..span.End];
        var before = OpensWithAny(matched, vocabulary.Smart.BeforeMonthLeads) || PrecededByAny(text, span.Start, vocabulary.Smart.BeforeMonthLeads, orAlone: true);
        // Only a month written alone: "before 30 June" keeps its day, "before 2028" is read as the year by the recognizer.
        if (!before || GoalWords.Split(matched).Any(w => w.IsNumber && w.Text.Length <= 2) || GoalWords.Split(matched).Any(w => vocabulary.BeforeMonthKeeps.Contains(w.Text) || w.Text.Length == 2 && w.Text[0] == 'q'))
            return date;
        if (!GoalWords.Split(matched).Any(w => phrases.IsMonthName(w.Text))) return date;
        var monthStart = new DateOnly(d.Year, d.Month, 1);
        return date with { Date = monthStart.AddDays(-1) };
    }

    /// <summary>"Wed, 31 March 2027": the weekday written before a date belongs to it (the date reader keeps the longer date).</summary>
    private static TextSpan WithWeekday(string text, TextSpan span, GoalVocabulary vocabulary)
    {
        var before = GoalWords.Split(text[..span.Start]).LastOrDefault();
        if (before.Text is null || !vocabulary.Weekdays.Contains(before.Text)) return span;
        var between = text.AsSpan(before.End, span.Start - before.End);
        return between.Trim().Length <= 1 && (between.Trim().Length == 0 || between.Trim()[0] == ',') ? new TextSpan(before.Start, span.End) : span;
    }

    private static bool IsBareQuantity(string text, int at, string matched, string? locale, SmartVocabulary smart)
    {
        // "after 3 years at home", "from February", "starting in March": when something starts, not a deadline
        // ("from February to June" says when it ends).
        if (OpensWithAny(matched, smart.StartLeads) && !HasAnyWord(matched, smart.SpanEnds) || PrecededByAny(text, at, smart.StartLeads, orAlone: false))
            return true;
        var first = GoalWords.Split(matched).FirstOrDefault();
        var startsWithNumber = first.Text is not null && (first.IsNumber && !first.Text.Contains('/') && !first.Text.Contains('-') && first.Text.Length < 4
            || smart.IndefiniteArticles.Contains(first.Text) || NumberRecognizer.RecognizeAll(first.Text, locale).Count > 0);
        if (!startsWithNumber) return false;
        // "a 3-year strategy", "our 5-year plan": an amount of time written as an adjective is no deadline.
        var hyphenated = matched.IndexOf('-') is var dash and > 0 && char.IsDigit(matched[dash - 1]) && dash + 1 < matched.Length && char.IsLetter(matched[dash + 1]);
        if (hyphenated && GoalWords.Split(text[(at + matched.Length)..]).FirstOrDefault() is { Text: { } nextWord } && !smart.DurationTails.Contains(nextWord))
            return true;
        // Only an amount of time is a quantity: "30 June 2027" starts with a number too.
        if (!GoalWords.Split(matched).Any(w => smart.TimeUnits.Contains(w.Text.TrimEnd('s'))))
            return false;
        var before = GoalWords.Split(text[..at]).LastOrDefault();
        var after = GoalWords.Split(text[(at + matched.Length)..]).FirstOrDefault();
        return !(before.Text is { } b && smart.DurationLeads.Contains(b)) && !(after.Text is { } a && smart.DurationTails.Contains(a))
            && !ContainsAny(matched, smart.RelativeTails);
    }

    // ---- words around a date, as smartwords.yaml lists them (no allocation: these run on every goal) ----

    /// <summary>The text opens with one of the words, then a space: "before June", "from February".</summary>
    private static bool OpensWithAny(string text, string[] words)
    {
        foreach (var w in words)
            if (text.Length > w.Length && text[w.Length] == ' ' && text.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The word right before <paramref name="at"/> is one of the words; with <paramref name="orAlone"/> also when it is all there is before.</summary>
    private static bool PrecededByAny(string text, int at, string[] words, bool orAlone)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        foreach (var w in words)
            if (before.EndsWith(w, StringComparison.OrdinalIgnoreCase)
                && (before.Length > w.Length && before[before.Length - w.Length - 1] == ' ' || orAlone && before.Length == w.Length))
                return true;
        return false;
    }

    /// <summary>One of the words stands inside the text with a space on either side: "from February to June".</summary>
    private static bool HasAnyWord(string text, string[] words)
    {
        foreach (var w in words)
            for (var i = text.IndexOf(w, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.OrdinalIgnoreCase))
                if (i > 0 && text[i - 1] == ' ' && i + w.Length < text.Length && text[i + w.Length] == ' ') return true;
        return false;
    }

    private static bool ContainsAny(string text, string[] parts)
    {
        foreach (var p in parts)
            if (text.Contains(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The words end with one of the phrases: "i'm", "i am" before an age.</summary>
    private static bool EndsWithAny(List<GoalWord> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length > words.Count) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = words[words.Count - phrase.Length + k].Text == phrase[k];
            if (all) return true;
        }
        return false;
    }

    /// <summary>Content words of the outcome, without fillers ("I want to", "by", "my").</summary>
    public IEnumerable<GoalWord> MeaningfulWords => OutcomeWords.Where(w => !Vocabulary.Smart.StopWords.Contains(w.Text));

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
            if (Vocabulary.Smart.PhraseStops.Contains(words[i].Text) || Text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(",.;:!?()\n") >= 0)
                break;
            // Stop where something was cut out between the two words (a deadline or effort phrase).
            if (Effort.Spans.Any(s => s.Start >= words[i - 1].End && s.End <= words[i].Start)
                || DateSpan is { } d && d.Start >= words[i - 1].End && d.End <= words[i].Start)
                break;
            last = i;
        }
        // An article, connector, possessive or count at the end adds nothing and reads cut off: "pass the" -> "pass",
        // "lead the consolidation of our three" -> "lead the consolidation".
        while (last > first + length - 1 && (Vocabulary.Smart.PhraseTrims.Contains(words[last].Text) || IsCount(words[last].Text, Vocabulary.Smart)))
            last--;
        return Text[words[first].Start..words[last].End];
    }

    private static bool IsCount(string word, SmartVocabulary smart) =>
        word.Length > 0 && char.IsDigit(word[0]) || smart.CountWords.Contains(word);

    /// <summary>Where the phrase starts among the outcome words, or -1.</summary>
    public int Find(string phrase) => GoalWords.Find(OutcomeWords, phrase);
}
