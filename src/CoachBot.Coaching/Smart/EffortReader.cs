using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Smart;

/// <summary>A fact read from the goal text and where it stands, so later rules can ignore those words.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(int start, int end) => start < End && Start < end;
}

/// <summary>What the goal text says about effort: confidence out of 10 and hours per week.</summary>
internal sealed record Effort(int? Confidence, string? ConfidenceText, decimal? HoursPerWeek, string? HoursText, List<TextSpan> Spans);

/// <summary>
/// Reads "I'm 7/10 confident", "confidence 8 out of 10", "80% sure", "5 hours a week", "an hour a day",
/// "two hrs per week" out of a goal. The spans are blanked before dates are read, because "7/10" is also July 10.
/// </summary>
internal static class EffortReader
{
    /// <summary>The words of smartwords.effort.*, read once (<see cref="CoachingWords.Install"/>).</summary>
    internal static readonly InstalledWords<EffortWords> Words = new(static texts => new EffortWords(texts));

    public static Effort Read(string text, string? locale)
    {
        var vocabulary = Words.Current;
        var words = GoalWords.Split(text);
        var spans = new List<TextSpan>();
        int? confidence = null;
        string? confidenceText = null;
        decimal? hours = null;
        string? hoursText = null;

        // Numbers in digits and words; "an hour" is one hour even though "an" is not a number.
        var numbers = NumberRecognizer.RecognizeAll(text, locale)
            .Where(n => !n.IsOrdinal)
            .Select(n => (n.Value, n.Start, End: n.Start + n.Length))
            .ToList();
        foreach (var w in words)
            if (vocabulary.OneBefore.Contains(w.Text) && Next(words, w.End, 0) is { } unit && vocabulary.HourUnits.Contains(unit.Text))
                numbers.Add((1m, w.Start, w.End));
        numbers.Sort((a, b) => a.Start.CompareTo(b.Start));

        foreach (var (value, start, end) in numbers)
        {
            if (hours is not null || ReadHours(words, value, end, vocabulary) is not { } h) continue;
            hours = h.PerWeek;
            hoursText = text[start..h.End];
            spans.Add(new TextSpan(start, h.End));
        }
        // A score written as one ("8/10", "seven out of ten") beats a number that merely stands near "confident".
        var scores = numbers
            .Where(n => !spans.Any(s => s.Overlaps(n.Start, n.End)))
            .Select(n => ReadConfidence(text, words, n.Value, n.Start, n.End, vocabulary) is { } c ? (c.Score, n.Start, c.End, c.Explicit) : ((int, int, int, bool)?)null)
            .OfType<(int Score, int Start, int End, bool Explicit)>()
            .OrderByDescending(c => c.Explicit)
            .ToList();
        if (scores.Count > 0)
        {
            var best = scores[0];
            confidence = best.Score;
            confidenceText = text[best.Start..best.End];
            spans.Add(new TextSpan(best.Start, best.End));
        }
        return new Effort(confidence, confidenceText, hours, hoursText, spans);
    }

    private static (decimal PerWeek, int End)? ReadHours(List<GoalWord> words, decimal value, int end, EffortWords vocabulary)
    {
        var i = 0;
        var unit = Next(words, end, i);
        while (unit is { } pad && vocabulary.Padding.Contains(pad.Text)) unit = Next(words, end, ++i);
        if (unit is not { } u) return null;
        decimal hours;
        if (vocabulary.HourUnits.Contains(u.Text)) hours = value;
        else if (vocabulary.MinuteUnits.Contains(u.Text)) hours = value / 60m;
        else return null;
        if (value <= 0) return (0m, u.End);

        // The period may follow a few words later: "5 hours a week", "5 hours of practice per week", "30 min daily".
        var last = u.End;
        var multiplier = 1m; // no period given: "I can give it 5 hours" reads as per week
        for (var k = i + 1; k <= i + 4; k++)
        {
            if (Next(words, end, k) is not { } period) break;
            var perPeriod = vocabulary.PerWeek(period.Text);
            if (perPeriod is not { } m) continue;
            var previous = Next(words, end, k - 1);
            if (vocabulary.SelfPeriods.Contains(period.Text) || previous is { } p && vocabulary.Per.Contains(p.Text))
            {
                multiplier = m;
                last = period.End;
            }
            break;
        }
        return (Math.Round(hours * multiplier, 1), last);
    }

    private static (int Score, int End, bool Explicit)? ReadConfidence(string text, List<GoalWord> words, decimal value, int start, int end, EffortWords vocabulary)
    {
        var written = text[start..end];
        var outOfTen = written.Contains("/10", StringComparison.Ordinal) || written.Contains("/ 10", StringComparison.Ordinal);
        var last = end;
        // "7 out of 10", "seven out of ten"
        if (!outOfTen && FollowedBy(words, end, vocabulary.OutOf) && Next(words, end, vocabulary.OutOf.Length) is { } ten
            && vocabulary.Ten.Contains(ten.Text))
        {
            outOfTen = true;
            last = ten.End;
        }
        var percent = end < text.Length && text[end] == '%';
        var near = NearConfidenceWord(words, start, last, vocabulary);
        if (percent) return near && value is >= 0 and <= 100 ? ((int)Math.Round(value / 10m), end + 1, true) : null;
        if (value is < 0 or > 10 || value != Math.Floor(value)) return null;
        if (outOfTen) return ((int)value, last, true);
        // "confidence 8", "I'm 8 confident" - but not "within 6 months, I'm 8/10 confident".
        if (!near) return null;
        return Next(words, end, 0) is { } unit && vocabulary.AmountUnits.Contains(unit.Text) ? null : ((int)value, last, false);
    }

    /// <summary>"confident" within four words either side, with no other number in between.</summary>
    private static bool NearConfidenceWord(List<GoalWord> words, int start, int end, EffortWords vocabulary)
    {
        bool IsConfidence(GoalWord w) => vocabulary.ConfidenceWords.Any(p => GoalWords.Matches(w.Text, p));
        var before = words.Where(w => w.End <= start).TakeLast(4).Reverse();
        var after = words.Where(w => w.Start >= end).Take(4);
        foreach (var side in new[] { before, after })
            foreach (var w in side)
            {
                if (w.IsNumber) break;
                if (IsConfidence(w)) return true;
            }
        return false;
    }

    /// <summary>The words of <paramref name="phrase"/>, one after another from <paramref name="position"/> on.</summary>
    private static bool FollowedBy(List<GoalWord> words, int position, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
            if (Next(words, position, k) is not { } w || w.Text != phrase[k]) return false;
        return true;
    }

    /// <summary>The n-th word starting at or after <paramref name="position"/>.</summary>
    private static GoalWord? Next(List<GoalWord> words, int position, int n)
    {
        foreach (var w in words)
        {
            if (w.Start < position) continue;
            if (n-- == 0) return w;
        }
        return null;
    }
}

/// <summary>Keys of the effort words in dialogs/en-US/smartwords.yaml (<c>effort.*</c>).</summary>
[BotFramework.Text.TextKeys]
public static class EffortWordsTexts
{
    private const string Effort = "smartwords.effort.";

    public const string HourUnits = Effort + "hourUnits";
    public const string MinuteUnits = Effort + "minuteUnits";
    public const string OneBefore = Effort + "oneBefore";
    public const string Padding = Effort + "padding";
    public const string Per = Effort + "per";
    public const string WeekPeriods = Effort + "weekPeriods";
    public const string DayPeriods = Effort + "dayPeriods";
    public const string WorkdayPeriods = Effort + "workdayPeriods";
    public const string MonthPeriods = Effort + "monthPeriods";
    public const string SelfPeriods = Effort + "selfPeriods";
    public const string ConfidenceWords = Effort + "confidenceWords";
    public const string OutOf = Effort + "outOf";
    public const string Ten = Effort + "ten";
    public const string AmountUnits = Effort + "amountUnits";
}

/// <summary>The words <see cref="EffortReader"/> reads hours and confidence by (smartwords.effort.*); a bad list fails naming its key.</summary>
internal sealed class EffortWords
{
    public HashSet<string> HourUnits { get; }
    public HashSet<string> MinuteUnits { get; }
    public HashSet<string> OneBefore { get; }
    public HashSet<string> Padding { get; }
    public HashSet<string> Per { get; }
    public HashSet<string> SelfPeriods { get; }
    public string[] ConfidenceWords { get; }
    public string[] OutOf { get; }
    public HashSet<string> Ten { get; }
    public HashSet<string> AmountUnits { get; }
    private readonly Dictionary<string, decimal> _perWeek = new(StringComparer.Ordinal);

    public EffortWords(BotFramework.Text.TextCatalog texts)
    {
        HashSet<string> Set(string key) => ShippedDialogs.Set(texts, key);
        HourUnits = Set(EffortWordsTexts.HourUnits);
        MinuteUnits = Set(EffortWordsTexts.MinuteUnits);
        OneBefore = Set(EffortWordsTexts.OneBefore);
        Padding = Set(EffortWordsTexts.Padding);
        Per = Set(EffortWordsTexts.Per);
        SelfPeriods = Set(EffortWordsTexts.SelfPeriods);
        ConfidenceWords = ShippedDialogs.List(texts, EffortWordsTexts.ConfidenceWords);
        var outOf = ShippedDialogs.List(texts, EffortWordsTexts.OutOf);
        OutOf = outOf[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Ten = Set(EffortWordsTexts.Ten);
        AmountUnits = Set(EffortWordsTexts.AmountUnits);
        // How many of each period make a week; the first list that names a word wins.
        foreach (var (key, perWeek) in new[] { (EffortWordsTexts.WeekPeriods, 1m), (EffortWordsTexts.DayPeriods, 7m), (EffortWordsTexts.WorkdayPeriods, 5m), (EffortWordsTexts.MonthPeriods, 12m / 52m) })
            foreach (var word in Set(key)) _perWeek.TryAdd(word, perWeek);
    }

    /// <summary>How many times the hours of the period <paramref name="word"/> go into a week; null for a word that names no period.</summary>
    public decimal? PerWeek(string word) => _perWeek.TryGetValue(word, out var m) ? m : null;
}
