namespace CoachBot.BotFramework.Recognizers;

/// <summary>A weekday and/or a time of day ("Monday at 9", "9:30am", "17:00").</summary>
public sealed record WeekdayTime(DayOfWeek? Day, TimeOnly? Time);

/// <summary>
/// Reads a weekday and a time of day: "Monday at 9", "mondays 9am", "every Wednesday at 8.30", "9:30am", "17:00",
/// "5pm", "9 in the morning", "noon", "half past 9", "quarter to 10", "Tuesday". A clock hour without am/pm is read as
/// people mean it in daytime arrangements: 7 to 12 as morning and noon, 1 to 6 as afternoon ("at 3" = 15:00); a
/// leading zero or an hour from 13 is a 24-hour clock ("06:00", "17:00"). A bare number is a time only after "at",
/// before "o'clock" or a part of the day, or when nothing but weekdays stands beside it ("9", "every Monday 9").
/// </summary>
public static class TimeOfDayRecognizer
{
    /// <summary>Reads with the weekday names of <c>dialogs/&lt;locale&gt;/recognizers.yaml</c> (<paramref name="phrases"/>).</summary>
    public static WeekdayTime? Recognize(string? text, string? locale, RecognizerPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var words = phrases.Locale.Words;
        var tokens = DateSpelling.Correct(TextTokenizer.Tokenize(text), words); // "wednsday", "thrusdays"
        DayOfWeek? day = null;
        TimeOnly? time = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (day is null && tokens[i].Kind == TokenKind.Word && words.Weekdays.TryGetValue(tokens[i].Text, out var weekday))
                day = weekday;
            else if (time is null && ReadTime(tokens, i, words) is { } found)
            {
                time = found.Time;
                i = found.End - 1;
            }
        }
        return day is null && time is null ? null : new WeekdayTime(day, time);
    }

    private readonly record struct TimeReading(TimeOnly Time, int End);

    private static TimeReading? ReadTime(List<Token> tokens, int i, LanguageWords words)
    {
        switch (TimeWordAt(tokens, i, words))
        {
            case TimeWord.Noon: return new TimeReading(new TimeOnly(12, 0), i + 1);
            case TimeWord.Midnight: return new TimeReading(new TimeOnly(0, 0), i + 1);
            case TimeWord.Half or TimeWord.Quarter when TimeWordAt(tokens, i + 1, words) is TimeWord.Past or TimeWord.To:
            {
                // "half past 9", "quarter past 9", "quarter to 10"
                if (ReadClock(tokens, i + 2, words) is not { Minute: 0 } clock) return null;
                var minutes = TimeWordAt(tokens, i, words) == TimeWord.Half ? 30 : 15;
                if (TimeWordAt(tokens, i + 1, words) == TimeWord.To) minutes = -minutes;
                var hour = Resolve(clock, tokens, words, explicitTime: true);
                if (hour is null) return null;
                var time = new TimeOnly(hour.Value.Hour, 0).AddMinutes(minutes);
                return new TimeReading(time, hour.Value.End);
            }
        }

        if (ReadClock(tokens, i, words) is not { } read) return null;
        var atBefore = i > 0 && TimeWordAt(tokens, i - 1, words) == TimeWord.At;
        var explicitTime = read.HasMinutes || atBefore || OnlyWeekdaysAround(tokens, i, read.End, words);
        if (Resolve(read, tokens, words, explicitTime) is not { } resolved) return null;
        return new TimeReading(new TimeOnly(resolved.Hour, read.Minute), resolved.End);
    }

    private readonly record struct Clock(int Hour, int Minute, bool HasMinutes, bool TwentyFourHour, int End);

    /// <summary>"9", "9:30", "8.30", "17:00", "nine", "nine thirty".</summary>
    private static Clock? ReadClock(List<Token> tokens, int i, LanguageWords words)
    {
        if (i >= tokens.Count) return null;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            var raw = token.Text;
            var separator = raw.IndexOfAny([':', '.']);
            var hourText = separator < 0 ? raw : raw[..separator];
            if (hourText.Length is 0 or > 2 || !hourText.All(char.IsDigit)) return null;
            var minute = 0;
            if (separator >= 0)
            {
                var minuteText = raw[(separator + 1)..];
                if (minuteText.Length != 2 || !minuteText.All(char.IsDigit)) return null;
                minute = int.Parse(minuteText);
            }
            return new Clock(int.Parse(hourText), minute, separator >= 0, hourText.Length == 2 && hourText[0] == '0' || int.Parse(hourText) > 12, i + 1);
        }
        if (NumberReader.ReadAt(tokens, i, words) is { IsOrdinal: false } hour && hour.Value == decimal.Truncate(hour.Value) && hour.Value is >= 0 and <= 23)
        {
            if (NumberReader.ReadAt(tokens, hour.End, words) is { IsOrdinal: false } minutes && minutes.Value is >= 10 and <= 59 && minutes.Value == decimal.Truncate(minutes.Value))
                return new Clock((int)hour.Value, (int)minutes.Value, true, hour.Value > 12, minutes.End);
            return new Clock((int)hour.Value, 0, false, hour.Value > 12, hour.End);
        }
        return null;
    }

    /// <summary>Applies am/pm, "a.m.", "o'clock" or a part of the day after the clock; null when the hour cannot be one.</summary>
    private static (int Hour, int End)? Resolve(Clock clock, List<Token> tokens, LanguageWords words, bool explicitTime)
    {
        var end = clock.End;
        bool? pm = null;
        switch (TimeWordAt(tokens, end, words))
        {
            case TimeWord.Am: pm = false; end++; break;
            case TimeWord.Pm: pm = true; end++; break;
            case TimeWord.OClock: explicitTime = true; end++; break;
            default:
                if (DottedMeridiemAt(tokens, end, words) is { } dotted) // "a.m.", "p.m."
                {
                    pm = dotted.Meaning == TimeWord.Pm;
                    end += dotted.Letters.Length;
                }
                break;
        }
        if (pm is null)
        {
            // "9 in the morning", "8 at night", "7 tonight"
            var j = end;
            if (TimeWordAt(tokens, j, words) is TimeWord.In or TimeWord.At) j++;
            if (TimeWordAt(tokens, j, words) == TimeWord.The) j++;
            pm = TimeWordAt(tokens, j, words) switch
            {
                TimeWord.Morning => false,
                TimeWord.Afternoon or TimeWord.Evening or TimeWord.Night => true,
                _ => null,
            };
            if (pm is not null) { end = j + 1; explicitTime = true; }
        }
        else explicitTime = true;

        if (!explicitTime || clock.Minute > 59) return null;
        if (pm is { } isPm)
        {
            if (clock.Hour is < 1 or > 12) return null;
            return (clock.Hour % 12 + (isPm ? 12 : 0), end);
        }
        if (clock.Hour > 23) return null;
        if (clock.TwentyFourHour || clock.Hour is 0 or >= 7) return (clock.Hour, end);
        return (clock.Hour + 12, end); // "at 3" in a daytime arrangement is 3 in the afternoon
    }

    /// <summary>True when everything but the number is weekdays or words like "every", "on": "mondays 9", "every Monday 9".</summary>
    private static bool OnlyWeekdaysAround(List<Token> tokens, int first, int end, LanguageWords words)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k >= first && k < end) continue;
            if (tokens[k].Kind != TokenKind.Word) return false;
            if (!words.Weekdays.ContainsKey(tokens[k].Text) && TimeWordAt(tokens, k, words) is not (TimeWord.Every or TimeWord.On or TimeWord.At)) return false;
        }
        return true;
    }

    /// <summary>The dotted meridiem whose letters are the tokens from <paramref name="i"/> on ("a", "m"), or null.</summary>
    private static (string[] Letters, TimeWord Meaning)? DottedMeridiemAt(List<Token> tokens, int i, LanguageWords words)
    {
        foreach (var entry in words.DottedMeridiems)
        {
            if (i + entry.Letters.Length > tokens.Count) continue;
            var all = true;
            for (var k = 0; k < entry.Letters.Length && all; k++) all = tokens[i + k].Text == entry.Letters[k];
            if (all) return entry;
        }
        return null;
    }

    private static TimeWord? TimeWordAt(List<Token> tokens, int i, LanguageWords words) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && words.TimeWords.TryGetValue(tokens[i].Text, out var word) ? word : null;
}
