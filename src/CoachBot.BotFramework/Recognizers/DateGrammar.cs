namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// A date expression read from tokens [First, End): the day it means, or null when it looks like a date but cannot
/// be one ("February 30", "13/45/2027"). <see cref="Other"/> is the second reading of a numeric date that reads two
/// ways in an unknown locale (Date month first, Other day first); <see cref="AsSoonAsPossible"/> marks "asap".
/// </summary>
internal readonly record struct DateReading(int First, int End, DateOnly? Date, DateOnly? Other = null, bool AsSoonAsPossible = false);

/// <summary>
/// The date phrasings, read over the tokens of one answer. Every reader starts at a token and returns how far it
/// read; <see cref="DateRecognizer"/> keeps the longest reading. An optional anchor ("the end of", "start of",
/// "mid", "early", "late") may precede any period; without one a period means its last day (a deadline).
/// Seasons need the hemisphere (<paramref name="southern"/>): "next summer" ends in August in the north, in February in the south.
/// </summary>
internal sealed class DateGrammar(List<Token> tokens, string text, DateOnly today, RecognizerLocale locale, bool southern, DatePhrases? phrases = null)
{
    private readonly LanguageWords words = locale.Words;

    /// <summary>Reads the longest date expression that starts at token i.</summary>
    public DateReading? ReadAt(int i)
    {
        var (afterAnchor, anchor, anchored) = ReadAnchor(i);
        DateReading? best = null;
        Keep(ref best, ReadExpression(afterAnchor, anchor, anchored));
        if (anchored) Keep(ref best, ReadExpression(i, PeriodAnchor.End, hasAnchor: false)); // "end" may have been no anchor at all
        return best is { } found ? found with { First = i } : null;

        DateReading? ReadExpression(int at, PeriodAnchor periodAnchor, bool hasAnchor)
        {
            if (at >= tokens.Count) return null;
            DateReading? longest = null;
            Keep(ref longest, ReadNumericDate(at));
            Keep(ref longest, ReadMonthFirst(at, periodAnchor, hasAnchor));
            Keep(ref longest, ReadDayFirst(at));
            Keep(ref longest, ReadRelativeDay(at));
            Keep(ref longest, ReadWeekday(at));
            Keep(ref longest, ReadDuration(at));
            Keep(ref longest, ReadRelativePeriod(at, periodAnchor, hasAnchor));
            Keep(ref longest, ReadQuarterOrHalf(at, periodAnchor));
            Keep(ref longest, ReadYear(at, periodAnchor));
            Keep(ref longest, ReadSeason(at, periodAnchor, hasAnchor));
            Keep(ref longest, ReadFixedDay(at));
            if (!hasAnchor) Keep(ref longest, ReadAsSoonAsPossible(at));
            return longest;
        }
    }

    private static void Keep(ref DateReading? best, DateReading? candidate)
    {
        if (candidate is { } c && (best is not { } b || c.End > b.End)) best = c;
    }

    // ---- words ----

    private bool Is(int i, DateWord word) => i < tokens.Count && tokens[i].Kind == TokenKind.Word && words.DateWords.TryGetValue(tokens[i].Text, out var w) && w == word;

    private DateWord? DateWordAt(int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Word && words.DateWords.TryGetValue(tokens[i].Text, out var w) ? w : null;

    private int Skip(int i, DateWord word) => Is(i, word) ? i + 1 : i;

    private int? MonthAt(int i) => i < tokens.Count && tokens[i].Kind == TokenKind.Word && words.Months.TryGetValue(tokens[i].Text, out var m) ? m : null;

    /// <summary>"[the] end|start|beginning|middle|mid|early|late [of] [the]".</summary>
    private (int Next, PeriodAnchor Anchor, bool Found) ReadAnchor(int i)
    {
        var j = Skip(i, DateWord.The);
        PeriodAnchor? anchor = DateWordAt(j) switch
        {
            DateWord.End or DateWord.Late => PeriodAnchor.End,
            DateWord.Start => PeriodAnchor.Start,
            DateWord.Middle => PeriodAnchor.Middle,
            DateWord.Early => PeriodAnchor.Early,
            _ => null,
        };
        if (anchor is null) return (i, PeriodAnchor.End, false);
        return (Skip(j + 1, DateWord.Of), anchor.Value, true);
    }

    // ---- absolute dates ----

    /// <summary>
    /// "2027-06-30" and "2027/06/30" (ISO, always year first); "30.06.2027" and "10.01" (dotted: always day first, as
    /// everywhere dots are written); "6/30/2027", "30/6/2027", "30-06-2027", "6/30" (slashes and dashes: the locale's
    /// order). Where the locale gives no order (unknown, or a year-first region writing the year last) and both
    /// readings are real dates, the reading carries both and the recognizer asks.
    /// </summary>
    private DateReading? ReadNumericDate(int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Number) return null;
        var raw = token.Text;
        var separator = raw.IndexOfAny(['/', '-', '.']) is var at and >= 0 ? raw[at] : '\0';
        if (separator == '\0') return null;
        var parts = raw.Split(separator);
        if (parts.Any(p => p.Length == 0 || !p.All(char.IsDigit))) return null;

        if (parts.Length == 3)
        {
            int year;
            if (parts[0].Length == 4)
                return new DateReading(i, i + 1, Make(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2])));
            if (parts[2].Length == 2) year = 2000 + int.Parse(parts[2]);
            else if (parts[2].Length == 4) year = int.Parse(parts[2]);
            else return null;
            int first = int.Parse(parts[0]), second = int.Parse(parts[1]);
            var order = separator == '.' ? NumericDateOrder.DayMonthYear : locale.DateOrder;
            return order switch
            {
                NumericDateOrder.DayMonthYear => new DateReading(i, i + 1, Make(year, second, first)),
                NumericDateOrder.MonthDayYear => new DateReading(i, i + 1, Make(year, first, second)),
                _ => EitherWay(i, Make(year, first, second), Make(year, second, first)),
            };
        }
        if (parts.Length != 2 || parts.Any(p => p.Length > 2)) return null;
        int a = int.Parse(parts[0]), b = int.Parse(parts[1]);
        if (separator == '.')
        {
            // "10.01" is 10 January; "7.5", "3.50" and "9.10am" are numbers and times, not dates. A one-digit month
            // is a date when a dot closes it ("15.9.") or when it is the whole answer and its day is no month ("30.6").
            var closed = token.End < text.Length && text[token.End] == '.';
            var alone = tokens.Count == 1 && a > 12;
            if (parts[1].Length != 2 && !(parts[1].Length == 1 && (closed || alone))) return null;
            if (b is < 1 or > 12 || a is < 1 or > 31) return null;
            if (TimeWordAfter(i + 1) is TimeWord.Am or TimeWord.Pm) return null;
            return new DateReading(i, i + 1, NextMonthDay(b, a));
        }
        if (separator != '/') return null; // "7-8" is a range
        return locale.DateOrder switch
        {
            NumericDateOrder.DayMonthYear => new DateReading(i, i + 1, NextMonthDay(b, a)),
            NumericDateOrder.MonthDayYear => new DateReading(i, i + 1, NextMonthDay(a, b)),
            _ => EitherWay(i, NextMonthDay(a, b), NextMonthDay(b, a)),
        };
    }

    /// <summary>A numeric date in a locale without an order: one reading if only one is a real date, both if both are.</summary>
    private static DateReading EitherWay(int i, DateOnly? monthFirst, DateOnly? dayFirst) =>
        monthFirst is { } m && dayFirst is { } d && m != d ? new DateReading(i, i + 1, m, d) : new DateReading(i, i + 1, monthFirst ?? dayFirst);

    private TimeWord? TimeWordAfter(int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Word && words.TimeWords.TryGetValue(tokens[i].Text, out var w) ? w : null;

    /// <summary>"June 30", "June 30th, 2027", "Jun the 30th", "June thirtieth 2027"; "March 2027", "March next year", "March" (a month: its last day).</summary>
    private DateReading? ReadMonthFirst(int i, PeriodAnchor anchor, bool anchored)
    {
        var month = MonthAt(i);
        var j = i + 1;
        if (month is null)
        {
            // "next March", "this March", "last March"
            if (DateWordAt(i) is not (DateWord.Next or DateWord.This or DateWord.Last) || MonthAt(i + 1) is not { } m) return null;
            month = m;
            j = i + 2;
            var monthOnly = MonthOccurrence(month.Value, anchor, past: Is(i, DateWord.Last));
            return new DateReading(i, j, monthOnly);
        }

        if (ReadDayNumber(Skip(j, DateWord.The), allowCardinalWords: true) is { } day)
        {
            if (ReadYearSpec(day.End) is { } year) return new DateReading(i, year.End, Make(year.Year, month.Value, day.Day));
            return new DateReading(i, day.End, NextMonthDay(month.Value, day.Day));
        }
        if (ReadYearSpec(j) is { } monthYear) return new DateReading(i, monthYear.End, CalendarPeriod.Month(monthYear.Year, month.Value).At(anchor));

        // A month name alone; "may" and "march" are also everyday words, so alone they need a date word before them.
        var ambiguous = words.AmbiguousMonths.Contains(tokens[i].Text);
        if (ambiguous && !anchored && tokens.Count > 1 && (i == 0 || !words.DateLeadWords.Contains(tokens[i - 1].Text))) return null;
        return new DateReading(i, j, MonthOccurrence(month.Value, anchor, past: false));
    }

    /// <summary>"30 June", "the 30th of June 2027", "30th June"; "the 30th" alone (next occurrence of that day of the month).</summary>
    private DateReading? ReadDayFirst(int i)
    {
        var hasThe = Is(i, DateWord.The);
        if (ReadDayNumber(Skip(i, DateWord.The), allowCardinalWords: false) is not { } day) return null;
        var j = Skip(day.End, DateWord.Of);
        if (MonthAt(j) is { } month)
        {
            if (ReadYearSpec(j + 1) is { } year) return new DateReading(i, year.End, Make(year.Year, month, day.Day));
            return new DateReading(i, j + 1, NextMonthDay(month, day.Day));
        }
        // A day of the month alone must look like one: "the 30th", "30th", "the thirtieth"; and an ordinal that counts
        // something ("my 40th birthday", "the 3rd step", "for the 2nd time") is no date at all.
        if (!day.Ordinal || (!day.Digits && !hasThe)) return null;
        if (day.Day is < 1 or > 31) return null;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && words.Possessives.Contains(tokens[i - 1].Text)) return null;
        if (day.End < tokens.Count && tokens[day.End].Kind == TokenKind.Word && !PunctuationBefore(day.End)
            && !words.BareDayFollowers.Contains(tokens[day.End].Text))
            return null;
        return new DateReading(i, day.End, NextDayOfMonth(day.Day));
    }

    /// <summary>True when punctuation stands between token i and the one before it ("the 15th, then").</summary>
    private bool PunctuationBefore(int i)
    {
        for (var k = tokens[i - 1].End; k < tokens[i].Start; k++)
            if (!char.IsWhiteSpace(text[k])) return true;
        return false;
    }

    private readonly record struct DayNumber(int Day, int End, bool Ordinal, bool Digits);

    private DayNumber? ReadDayNumber(int i, bool allowCardinalWords)
    {
        if (i >= tokens.Count) return null;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (token.Text.Length > 2 || !token.Text.All(char.IsDigit)) return null;
            var day = int.Parse(token.Text);
            var end = i + 1;
            var ordinal = end < tokens.Count && tokens[end].Kind == TokenKind.Word && words.OrdinalSuffixes.Contains(tokens[end].Text);
            return new DayNumber(day, ordinal ? end + 1 : end, ordinal, Digits: true);
        }
        if (NumberReader.ReadAt(tokens, i, words) is { } number && (number.IsOrdinal || allowCardinalWords)
            && number.Value is >= 1 and <= 31 && number.Value == decimal.Truncate(number.Value))
            return new DayNumber((int)number.Value, number.End, number.IsOrdinal, Digits: false);
        return null;
    }

    private readonly record struct YearSpec(int Year, int End);

    /// <summary>"2027", "of 2027", "next year", "this year", "last year" after a month, quarter or half.</summary>
    private YearSpec? ReadYearSpec(int i)
    {
        var j = Skip(i, DateWord.Of);
        if (FourDigitYear(j) is { } year) return new YearSpec(year, j + 1);
        j = Skip(j, DateWord.The);
        var offset = DateWordAt(j) switch { DateWord.Next => 1, DateWord.This => 0, DateWord.Last => -1, _ => (int?)null };
        if (offset is { } o && Is(j + 1, DateWord.Year)) return new YearSpec(today.Year + o, j + 2);
        return null;
    }

    private int? FourDigitYear(int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length == 4 && tokens[i].Text.All(char.IsDigit)
        && int.Parse(tokens[i].Text) is var year and >= 1900 and <= 2199 ? year : null;

    /// <summary>"2027", "in 2027": the year, as a deadline its last day.</summary>
    private DateReading? ReadYear(int i, PeriodAnchor anchor) =>
        FourDigitYear(i) is { } year ? new DateReading(i, i + 1, CalendarPeriod.Year(year).At(anchor)) : null;

    // ---- relative dates ----

    /// <summary>"today", "tonight", "tomorrow", "yesterday", "the day after tomorrow", "the day before yesterday", "this time next year".</summary>
    private DateReading? ReadRelativeDay(int i)
    {
        switch (DateWordAt(i))
        {
            case DateWord.Today: return new DateReading(i, i + 1, today);
            case DateWord.Tomorrow: return new DateReading(i, i + 1, today.AddDays(1));
            case DateWord.Yesterday: return new DateReading(i, i + 1, today.AddDays(-1));
        }
        if (Is(i, DateWord.This) && Is(i + 1, DateWord.Time) && DateWordAt(i + 2) is DateWord.Next or DateWord.Last
            && DateWordAt(i + 3) is DateWord.Week or DateWord.Month or DateWord.Year)
            return new DateReading(i, i + 4, Shift(today, DateWordAt(i + 3)!.Value, Is(i + 2, DateWord.Next) ? 1 : -1)); // "this time next year"

        var j = Skip(i, DateWord.The);
        if (!Is(j, DateWord.Day)) return null;
        if (Is(j + 1, DateWord.After) && Is(j + 2, DateWord.Tomorrow)) return new DateReading(i, j + 3, today.AddDays(2));
        if (Is(j + 1, DateWord.Before) && Is(j + 2, DateWord.Yesterday)) return new DateReading(i, j + 3, today.AddDays(-2));
        return null;
    }

    /// <summary>
    /// "Friday", "this Friday", "coming Friday" (the next one, today included); "next Friday" and "Friday next week"
    /// (the Friday of next week, weeks running Monday to Sunday); "last Friday" (the latest one before today).
    /// </summary>
    private DateReading? ReadWeekday(int i)
    {
        WeekdayRule? rule = DateWordAt(i) switch
        {
            DateWord.Next when tokens[i].Text == "coming" => WeekdayRule.NextOccurrence,
            DateWord.Next => WeekdayRule.NextWeek,
            DateWord.This => WeekdayRule.NextOccurrence,
            DateWord.Last => WeekdayRule.Previous,
            _ => null,
        };
        var j = rule is null ? i : i + 1;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word || !words.Weekdays.TryGetValue(tokens[j].Text, out var weekday)) return null;
        var end = j + 1;
        if (rule is null && DateWordAt(end) is DateWord.Next or DateWord.This && Is(end + 1, DateWord.Week))
        {
            rule = Is(end, DateWord.Next) ? WeekdayRule.NextWeek : WeekdayRule.ThisWeek; // "Friday next week"
            end += 2;
        }

        var sinceMonday = ((int)weekday + 6) % 7;
        var daysBack = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        var date = rule switch
        {
            WeekdayRule.NextWeek => CalendarPeriod.WeekOf(today).First.AddDays(7 + sinceMonday),
            WeekdayRule.ThisWeek => CalendarPeriod.WeekOf(today).First.AddDays(sinceMonday),
            WeekdayRule.Previous => today.AddDays(-(daysBack == 0 ? 7 : daysBack)),
            _ => today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7),
        };
        return new DateReading(i, end, date);
    }

    private enum WeekdayRule { NextOccurrence, NextWeek, ThisWeek, Previous }

    /// <summary>
    /// "in six months", "in 3 weeks", "within 2 years", "in a fortnight", "2 weeks from now", "6 months' time",
    /// "a year and a half", "half a year", "the next 3 months", "3 days ago" (past).
    /// </summary>
    private DateReading? ReadDuration(int i)
    {
        var j = i;
        if (DateWordAt(j) is DateWord.In or DateWord.Within or DateWord.After) j++;
        else if (Is(j, DateWord.Next) || (Is(j, DateWord.The) && Is(j + 1, DateWord.Next))) j = Skip(j, DateWord.The) + 1;

        decimal amount;
        if (j < tokens.Count && tokens[j].Text == words.HalfWord && j + 1 < tokens.Count && words.Articles.Contains(tokens[j + 1].Text))
        {
            amount = 0.5m; // "half a year"
            j += 2;
        }
        else if (j < tokens.Count && words.Articles.Contains(tokens[j].Text) && DateWordAt(j + 1) is not null)
        {
            // "a month", "a fortnight"; but "5 hours a week" and "once a month" are rates, not dates.
            if (j == i && IsRateHead(i - 1)) return null;
            amount = 1;
            j++;
        }
        else if (j < tokens.Count && NumberReader.ReadAt(tokens, j, words) is { IsOrdinal: false, Value: > 0 and <= 1000 } number)
        {
            amount = number.Value;
            j = number.End;
        }
        else return null;

        var unit = DateWordAt(j);
        if (unit is not (DateWord.Day or DateWord.Week or DateWord.Fortnight or DateWord.Month or DateWord.Quarter or DateWord.Year)) return null;
        j++;
        if (Is(j, DateWord.And) && j + 2 < tokens.Count && words.Articles.Contains(tokens[j + 1].Text) && tokens[j + 2].Text == words.HalfWord)
        {
            amount += 0.5m; // "a year and a half"
            j += 3;
        }

        // "3 days a week", "2 hours per day": how often, not when.
        if (j + 1 < tokens.Count && (words.Articles.Contains(tokens[j].Text) || tokens[j].Text == words.PerWord)
            && DateWordAt(j + 1) is DateWord.Day or DateWord.Week or DateWord.Month or DateWord.Year)
            return null;

        var sign = 1;
        if (Is(j, DateWord.From) && DateWordAt(j + 1) is DateWord.Now or DateWord.Today) j += 2;
        else if (Is(j, DateWord.Time)) j++;
        else if (Is(j, DateWord.Ago)) { sign = -1; j++; }

        return new DateReading(i, j, Shift(today, unit.Value, sign * amount));
    }

    private bool IsRateHead(int i) =>
        i >= 0 && (tokens[i].Kind == TokenKind.Number || tokens[i].Kind == TokenKind.Word && words.RateHeads.Contains(tokens[i].Text));

    private static DateOnly Shift(DateOnly from, DateWord unit, decimal amount)
    {
        var (days, months) = unit switch
        {
            DateWord.Day => (amount, 0m),
            DateWord.Week => (amount * 7, 0m),
            DateWord.Fortnight => (amount * 14, 0m),
            DateWord.Month => (0m, amount),
            DateWord.Quarter => (0m, amount * 3),
            _ => (0m, amount * 12),
        };
        var wholeMonths = (int)decimal.Truncate(months);
        days += (months - wholeMonths) * 30;
        return from.AddMonths(wholeMonths).AddDays((int)Math.Round(days, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// "next week", "this month", "last year", "the following quarter", "next weekend", "the week after next"; after an anchor also "the
    /// month", "year" ("end of the year", "end of year"); and "year end", "month-end".
    /// </summary>
    private DateReading? ReadRelativePeriod(int i, PeriodAnchor anchor, bool anchored)
    {
        var j = Skip(i, DateWord.The);
        var offset = DateWordAt(j) switch { DateWord.Next => 1, DateWord.This => 0, DateWord.Last => -1, _ => (int?)null };
        if (offset is not null) j++;
        var unit = DateWordAt(j);
        if (unit is not (DateWord.Week or DateWord.Weekend or DateWord.Month or DateWord.Quarter or DateWord.Year)) return null;
        var end = j + 1;
        if (offset is null)
        {
            if (Is(end, DateWord.After) && Is(end + 1, DateWord.Next)) { offset = 2; end += 2; } // "the week after next"
            else if (anchored) offset = 0;
            else if (Is(end, DateWord.End)) { offset = 0; end++; } // "year end", "month-end"
            else return null;
        }

        var o = offset.Value;
        var period = unit switch
        {
            DateWord.Week => Shifted(CalendarPeriod.WeekOf(today), 7 * o),
            DateWord.Weekend => Shifted(new CalendarPeriod(CalendarPeriod.WeekOf(today).Last.AddDays(-1), CalendarPeriod.WeekOf(today).Last), 7 * o),
            DateWord.Month => CalendarPeriod.Month(today.AddMonths(o).Year, today.AddMonths(o).Month),
            DateWord.Quarter => QuarterFrom(today.AddMonths(3 * o)),
            _ => CalendarPeriod.Year(today.Year + o),
        };
        return new DateReading(i, end, period.At(anchor));

        static CalendarPeriod Shifted(CalendarPeriod p, int days) => new(p.First.AddDays(days), p.Last.AddDays(days));
        static CalendarPeriod QuarterFrom(DateOnly day) => CalendarPeriod.Quarter(day.Year, CalendarPeriod.QuarterOf(day));
    }

    /// <summary>"Q3 2027", "Q3 next year", "Q3" (the next one), "the third quarter of 2027", "H1 2027", "the second half of next year".</summary>
    private DateReading? ReadQuarterOrHalf(int i, PeriodAnchor anchor)
    {
        int number, end;
        bool quarter;
        var token = tokens[i];
        if (token.Kind == TokenKind.Word && (token.Text == words.QuarterLetter || token.Text == words.HalfYearLetter)
            && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Number, Attached: true } digits && digits.Text.All(char.IsDigit) && digits.Text.Length == 1)
        {
            quarter = token.Text == words.QuarterLetter;
            number = digits.Text[0] - '0';
            end = i + 2;
        }
        else
        {
            var j = Skip(i, DateWord.The);
            if (j >= tokens.Count || NumberReader.ReadAt(tokens, j, words) is not { IsOrdinal: true } ordinal) return null;
            var unit = DateWordAt(ordinal.End);
            if (unit is not (DateWord.Quarter or DateWord.Half)) return null;
            quarter = unit == DateWord.Quarter;
            number = (int)ordinal.Value;
            end = ordinal.End + 1;
        }

        var count = quarter ? 4 : 2;
        var yearSpec = ReadYearSpec(end);
        if (yearSpec is null && Is(Skip(end, DateWord.Of), DateWord.The) && Is(Skip(end, DateWord.Of) + 1, DateWord.Year))
            yearSpec = new YearSpec(today.Year, Skip(end, DateWord.Of) + 2); // "the second half of the year"
        var last = yearSpec?.End ?? end;
        if (number < 1 || number > count) return new DateReading(i, last, null);

        CalendarPeriod PeriodIn(int year) => quarter ? CalendarPeriod.Quarter(year, number) : CalendarPeriod.HalfYear(year, number);
        if (yearSpec is { } y) return new DateReading(i, last, PeriodIn(y.Year).At(anchor));
        var date = PeriodIn(today.Year).At(anchor);
        return new DateReading(i, last, date >= today ? date : PeriodIn(today.Year + 1).At(anchor));
    }

    // ---- seasons ----

    /// <summary>
    /// "summer", "this summer" (the current one, else the coming one), "next summer" (the next one not yet begun),
    /// "last summer" (past), "summer 2028" and "summer of 2028" (the season that begins in 2028), "summer next year",
    /// "the end of summer", "early summer". A season as a deadline is its last day. Seasons are meteorological (three
    /// whole months) and flipped in the southern hemisphere.
    /// </summary>
    private DateReading? ReadSeason(int i, PeriodAnchor anchor, bool anchored)
    {
        var offset = DateWordAt(i) switch { DateWord.Next => 1, DateWord.This => 0, DateWord.Last => -1, _ => (int?)null };
        var j = offset is null ? Skip(i, DateWord.The) : i + 1;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word || !words.Seasons.TryGetValue(tokens[j].Text, out var season)) return null;
        var end = j + 1;
        if (offset is null && ReadYearSpec(end) is { } year)
            return new DateReading(i, year.End, SeasonStarting(season, year.Year).At(anchor));

        // "fall" is also a verb: alone it needs a date word before it ("by fall", "in the fall", "next fall").
        if (offset is null && !anchored && words.AmbiguousSeasons.Contains(tokens[j].Text) && tokens.Count > 1
            && (i == 0 || !words.DateLeadWords.Contains(tokens[i - 1].Text)))
            return null;

        CalendarPeriod? found = null;
        for (var y = today.Year - 2; y <= today.Year + 1; y++)
        {
            var period = SeasonStarting(season, y);
            var fits = offset switch
            {
                1 => period.First > today,
                -1 => period.Last < today,
                _ => period.Last >= today,
            };
            if (!fits) continue;
            found = period;
            if (offset != -1) break; // the first that fits; for "last", the latest that fits
        }
        return found is { } p ? new DateReading(i, end, p.At(anchor)) : null;
    }

    /// <summary>The season that begins in <paramref name="year"/>: northern winter 2027 is December 2027 to February 2028.</summary>
    private CalendarPeriod SeasonStarting(Season season, int year)
    {
        var firstMonth = season switch
        {
            Season.Spring => southern ? 9 : 3,
            Season.Summer => southern ? 12 : 6,
            Season.Autumn => southern ? 3 : 9,
            _ => southern ? 6 : 12,
        };
        var first = new DateOnly(year, firstMonth, 1);
        var lastMonth = first.AddMonths(2);
        return new CalendarPeriod(first, CalendarPeriod.Month(lastMonth.Year, lastMonth.Month).Last);
    }

    /// <summary>"christmas", "new year's eve": a day with the same date every year (from dialogs/), its next occurrence.</summary>
    private DateReading? ReadFixedDay(int i)
    {
        if (phrases is null) return null;
        foreach (var (names, month, day) in phrases.FixedDays)
        {
            if (i + names.Length > tokens.Count) continue;
            var all = true;
            for (var k = 0; k < names.Length && all; k++) all = tokens[i + k].Kind == TokenKind.Word && tokens[i + k].Text == names[k];
            if (!all) continue;
            var end = i + names.Length;
            if (ReadYearSpec(end) is { } year) return new DateReading(i, year.End, Make(year.Year, month, day));
            return new DateReading(i, end, NextMonthDay(month, day));
        }
        return null;
    }

    /// <summary>"asap", "as soon as possible", "right away": no date, but a wish the coach turns into a question for one.</summary>
    private DateReading? ReadAsSoonAsPossible(int i)
    {
        // Tried at every token of every answer: only runs of words can match, and the phrase is looked up as a span
        // instead of joining a string per length.
        var run = 0;
        while (run < words.LongestAsSoonAsPossiblePhrase && i + run < tokens.Count && tokens[i + run].Kind == TokenKind.Word) run++;
        var phrases = words.AsSoonAsPossiblePhrases;
        var spans = phrases.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup);
        Span<char> buffer = stackalloc char[256];
        for (var length = run; length > 0; length--)
        {
            var chars = 0;
            for (var k = 0; k < length; k++) chars += tokens[i + k].Text.Length + (k > 0 ? 1 : 0);
            bool found;
            if (spans && chars <= buffer.Length)
            {
                var at = 0;
                for (var k = 0; k < length; k++)
                {
                    if (k > 0) buffer[at++] = ' ';
                    tokens[i + k].Text.CopyTo(buffer[at..]);
                    at += tokens[i + k].Text.Length;
                }
                found = lookup.Contains(buffer[..at]);
            }
            else
                found = phrases.Contains(string.Join(' ', tokens.GetRange(i, length).Select(t => t.Text)));
            if (found) return new DateReading(i, i + length, null, AsSoonAsPossible: true);
        }
        return null;
    }

    // ---- calendar helpers ----

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A month and day without a year: the next time it comes, today included; null when no year has it ("June 31").</summary>
    private DateOnly? NextMonthDay(int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2028, month)) return null;
        for (var year = today.Year; year <= today.Year + 8; year++)
            if (Make(year, month, day) is { } date && date >= today) return date;
        return null;
    }

    /// <summary>A day of the month without month or year ("the 30th"): the next month that has it, today included.</summary>
    private DateOnly? NextDayOfMonth(int day)
    {
        if (day is < 1 or > 31) return null;
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var k = 0; k < 13; k++, month = month.AddMonths(1))
            if (Make(month.Year, month.Month, day) is { } date && date >= today) return date;
        return null;
    }

    /// <summary>A month without a year: this year's if its anchored day is still ahead, otherwise next year's; "last March" the latest one before.</summary>
    private DateOnly MonthOccurrence(int month, PeriodAnchor anchor, bool past)
    {
        var date = CalendarPeriod.Month(today.Year, month).At(anchor);
        if (past) return date < today ? date : CalendarPeriod.Month(today.Year - 1, month).At(anchor);
        return date >= today ? date : CalendarPeriod.Month(today.Year + 1, month).At(anchor);
    }
}
