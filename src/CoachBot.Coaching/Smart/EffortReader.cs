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
    private static readonly HashSet<string> HourUnits = new(StringComparer.Ordinal) { "hour", "hours", "hr", "hrs", "h" };
    private static readonly HashSet<string> MinuteUnits = new(StringComparer.Ordinal) { "minute", "minutes", "min", "mins" };
    private static readonly HashSet<string> Per = new(StringComparer.Ordinal) { "a", "per", "each", "every", "an", "of" };
    private static readonly HashSet<string> Padding = new(StringComparer.Ordinal) { "more", "full", "spare", "free", "extra", "solid" };
    private static readonly string[] ConfidenceWords = ["confiden*", "sure", "certain", "likely"];

    public static Effort Read(string text, string? locale)
    {
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
            if (w.Text is "an" or "a" && Next(words, w.End, 0) is { } unit && HourUnits.Contains(unit.Text))
                numbers.Add((1m, w.Start, w.End));
        numbers.Sort((a, b) => a.Start.CompareTo(b.Start));

        foreach (var (value, start, end) in numbers)
        {
            if (hours is not null || ReadHours(text, words, value, start, end) is not { } h) continue;
            hours = h.PerWeek;
            hoursText = text[start..h.End];
            spans.Add(new TextSpan(start, h.End));
        }
        // A score written as one ("8/10", "seven out of ten") beats a number that merely stands near "confident".
        var scores = numbers
            .Where(n => !spans.Any(s => s.Overlaps(n.Start, n.End)))
            .Select(n => ReadConfidence(text, words, n.Value, n.Start, n.End) is { } c ? (c.Score, n.Start, c.End, c.Explicit) : ((int, int, int, bool)?)null)
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

    private static (decimal PerWeek, int End)? ReadHours(string text, List<GoalWord> words, decimal value, int start, int end)
    {
        var i = 0;
        var unit = Next(words, end, i);
        while (unit is { } pad && Padding.Contains(pad.Text)) unit = Next(words, end, ++i);
        if (unit is not { } u) return null;
        decimal hours;
        if (HourUnits.Contains(u.Text)) hours = value;
        else if (MinuteUnits.Contains(u.Text)) hours = value / 60m;
        else return null;
        if (value <= 0) return (0m, u.End);

        // The period may follow a few words later: "5 hours a week", "5 hours of practice per week", "30 min daily".
        var last = u.End;
        var multiplier = 1m; // no period given: "I can give it 5 hours" reads as per week
        for (var k = i + 1; k <= i + 4; k++)
        {
            if (Next(words, end, k) is not { } period) break;
            var perPeriod = period.Text switch
            {
                "week" or "weekly" or "wk" or "weekend" => 1m,
                "day" or "daily" or "night" or "evening" => 7m,
                "weekday" or "workday" or "working" => 5m,
                "month" or "monthly" => 12m / 52m,
                _ => (decimal?)null,
            };
            if (perPeriod is not { } m) continue;
            var previous = Next(words, end, k - 1);
            if (period.Text is "weekly" or "daily" or "monthly" || previous is { } p && Per.Contains(p.Text))
            {
                multiplier = m;
                last = period.End;
            }
            break;
        }
        return (Math.Round(hours * multiplier, 1), last);
    }

    private static (int Score, int End, bool Explicit)? ReadConfidence(string text, List<GoalWord> words, decimal value, int start, int end)
    {
        var written = text[start..end];
        var outOfTen = written.Contains("/10", StringComparison.Ordinal) || written.Contains("/ 10", StringComparison.Ordinal);
        var last = end;
        // "7 out of 10", "seven out of ten"
        if (!outOfTen && Next(words, end, 0) is { Text: "out" } && Next(words, end, 1) is { Text: "of" } && Next(words, end, 2) is { } ten
            && ten.Text is "10" or "ten")
        {
            outOfTen = true;
            last = ten.End;
        }
        var percent = end < text.Length && text[end] == '%';
        var near = NearConfidenceWord(words, start, last);
        if (percent) return near && value is >= 0 and <= 100 ? ((int)Math.Round(value / 10m), end + 1, true) : null;
        if (value is < 0 or > 10 || value != Math.Floor(value)) return null;
        if (outOfTen) return ((int)value, last, true);
        // "confidence 8", "I'm 8 confident" - but not "within 6 months, I'm 8/10 confident".
        if (!near) return null;
        return Next(words, end, 0) is { } unit && Units.Contains(unit.Text) ? null : ((int)value, last, false);
    }

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "hr", "hrs", "h", "minutes",
        "people", "times", "courses", "books", "talks", "k", "percent",
    };

    /// <summary>"confident" within four words either side, with no other number in between.</summary>
    private static bool NearConfidenceWord(List<GoalWord> words, int start, int end)
    {
        bool IsConfidence(GoalWord w) => ConfidenceWords.Any(p => GoalWords.Matches(w.Text, p));
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
