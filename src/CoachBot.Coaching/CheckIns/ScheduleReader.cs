using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.CheckIns;

/// <summary>What the words of a schedule say: the rhythm, the days, the time; or why it cannot be kept.</summary>
internal readonly record struct ScheduleWhen(
    Cadence? Cadence = null,
    IReadOnlyList<DayOfWeek>? Days = null,
    IReadOnlyList<int>? MonthDays = null,
    NthWeekday? NthWeekday = null,
    TimeOnly? Time = null,
    PartOfDay? PartOfDay = null,
    ScheduleRefusal? Refusal = null);

/// <summary>
/// Reads the rhythm, days and time from the words of a schedule (quiet hours and the zone already taken out), in three
/// passes: schedules the model cannot keep and parts of the day anywhere in the answer; then, left to right, rhythms,
/// days and days of the month; then clock times in what is left. Every word of a schedule ("every", "other", "times",
/// "week", ...) must be used by one of them, or the answer is unclear and refused.
/// </summary>
internal sealed class ScheduleReader(List<string> w, ScheduleWords words, string? locale)
{
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];
    private static readonly DayOfWeek[] AllWeek = [.. CheckInSchedule.MondayToFriday, .. Weekend];

    private readonly bool[] _used = new bool[w.Count];
    private readonly HashSet<DayOfWeek> _days = [];
    private readonly HashSet<DayOfWeek> _excluded = [];
    private readonly List<int> _monthDays = [];
    private readonly List<NthWeekday> _nth = [];
    private readonly HashSet<PartOfDay> _parts = [];
    private bool _daily, _weekly, _biweekly, _monthly, _twiceAMonth, _namedDays, _wrongNth;

    public ScheduleWhen Read()
    {
        if (Consume(words.SeveralTimesADay) > 0) return Refuse(ScheduleRefusal.SeveralTimesADay);
        if (Consume(words.NeedDays) > 0) return Refuse(ScheduleRefusal.NeedDays);
        if (Consume(words.UnsupportedInterval) > 0) return Refuse(ScheduleRefusal.UnsupportedInterval);
        ReadPartsOfDay();

        if (ReadLeftToRight() is { } refused) return Refuse(refused);
        var (time, timeRefusal) = ReadTime();
        if (timeRefusal is { } r) return Refuse(r);

        for (var i = 0; i < w.Count; i++)
            if (!_used[i] && words.ScheduleWordList.Contains(w[i])) return Refuse(ScheduleRefusal.Unclear);
        return Build(time);
    }

    private static ScheduleWhen Refuse(ScheduleRefusal refusal) => new(Refusal: refusal);

    /// <summary>Parts of the day anywhere, the longest phrase first at each word ("after lunch", not "lunch").</summary>
    private void ReadPartsOfDay()
    {
        for (var i = 0; i < w.Count; i++)
        {
            var (best, length) = (default(PartOfDay), 0);
            foreach (var (part, list) in words.Parts)
                if (Try(list, i) is var n && n > length) (best, length) = (part, n);
            if (length == 0) continue;
            _parts.Add(best);
            Use(i, length);
            i += length - 1;
        }
    }

    // ---- rhythms and days, left to right ----

    private ScheduleRefusal? ReadLeftToRight()
    {
        var excluding = false;
        for (var i = 0; i < w.Count;)
        {
            if (_used[i]) { i++; continue; }
            var start = i;
            int n;
            if ((n = Try(words.Biweekly, i)) > 0) _biweekly = true;
            else if ((n = Try(words.TwiceAMonth, i)) > 0) _twiceAMonth = true;
            else if ((n = Try(words.Weekly, i)) > 0) _weekly = true;
            else if ((n = Try(words.Monthly, i)) > 0) _monthly = true;
            else if ((n = Try(words.Daily, i)) > 0) _daily = true;
            else if ((n = Try(words.Weekdays, i)) > 0) AddDays(CheckInSchedule.MondayToFriday, excluding);
            else if ((n = Try(words.Weekends, i)) > 0) AddDays(Weekend, excluding);
            else if ((n = Try(words.LastDay, i)) > 0) _monthDays.Add(31);
            else if ((n = Try(words.MonthContext, i)) > 0) { }
            else if ((n = Try(words.ExceptWords, i)) > 0) excluding = true;
            else if ((n = Try(words.Alternate, i)) > 0)
            {
                // "every other Friday", "every other weekend": only before days.
                if (!StartsDays(i + n)) return ScheduleRefusal.Unclear;
                _biweekly = true;
            }
            else if ((n = ReadInterval(i, out var interval)) > 0)
            {
                if (interval is { } refusal) return refusal;
            }
            else if ((n = Try(words.IntervalWords, i)) > 0 && StartsDays(i + n)) { } // "every Monday", "each weekday"
            else if ((n = ReadOrdinals(i, excluding)) > 0) { }
            else if ((n = ReadDayNumber(i)) > 0) { }
            else if ((n = ReadWeekdays(i, excluding)) > 0) { }
            else if ((n = Try(words.ListWords, i)) > 0) { }
            else
            {
                // Only days can be left out: "except holidays", "but not when I travel" are no schedule the model holds.
                if (excluding && !words.Fillers.Contains(w[i]) && w[i].All(char.IsLetter) && Weekday(w[i]) is null) return ScheduleRefusal.Unclear;
                if (!words.Fillers.Contains(w[i]) && Weekday(w[i]) is null) excluding = false;
                i++;
                continue;
            }
            Use(start, n);
            i = start + n;
        }
        return _wrongNth ? ScheduleRefusal.SeveralWeekdaysOfMonth : null;
    }

    /// <summary>"every 3 weeks", "every 2 wks", "every 1 month": only every week, every two weeks, every day and every month can be kept.</summary>
    private int ReadInterval(int i, out ScheduleRefusal? refusal)
    {
        refusal = null;
        var every = Try(words.IntervalWords, i);
        var numberAt = i + every;
        if (every == 0 || numberAt >= w.Count) return 0;
        if (NumberRecognizer.RecognizeAll(w[numberAt], locale) is not [{ IsOrdinal: false } number] || number.Value != decimal.Truncate(number.Value)) return 0;
        var unitAt = numberAt + 1;
        if (unitAt >= w.Count) return 0;
        var count = (int)number.Value;
        if (Try(words.WeekUnits, unitAt) is > 0 and var week)
        {
            if (count == 1) _weekly = true;
            else if (count == 2) _biweekly = true;
            else refusal = ScheduleRefusal.UnsupportedInterval;
            return every + 1 + week;
        }
        if (Try(words.DayUnits, unitAt) is > 0 and var day)
        {
            if (count == 1) _daily = true;
            else refusal = ScheduleRefusal.UnsupportedInterval;
            return every + 1 + day;
        }
        if (Try(words.MonthUnits, unitAt) is > 0 and var month)
        {
            if (count == 1) _monthly = true;
            else refusal = ScheduleRefusal.UnsupportedInterval;
            return every + 1 + month;
        }
        return 0;
    }

    /// <summary>
    /// "the 1st and the 15th", "1st, 15th", "first Monday", "last Friday of the month", "first and third Monday": days of
    /// the month, or one weekday of the month. Several weekdays of the month, or a fifth one, cannot be kept.
    /// </summary>
    private int ReadOrdinals(int i, bool excluding)
    {
        var ordinals = new List<int>();
        var j = i;
        while (j < w.Count && !_used[j])
        {
            if (Ordinal(w[j]) is { } n)
            {
                ordinals.Add(n);
                j++;
                continue;
            }
            // "1st and 15th", "the 1st and the 15th", "1st & 15th": a joiner, maybe "the", then the next ordinal.
            var k = j;
            if (words.ListWords.Contains(w[k])) k++;
            if (k < w.Count && w[k] == "the") k++;
            if (ordinals.Count == 0 || k == j || k >= w.Count || _used[k] || Ordinal(w[k]) is null) break;
            j = k;
        }
        if (ordinals.Count == 0) return 0;
        if (j < w.Count && !_used[j] && Weekday(w[j]) is { } weekday)
        {
            j++;
            var days = new List<DayOfWeek> { weekday };
            while (j + 1 < w.Count && words.ListWords.Contains(w[j]) && Weekday(w[j + 1]) is { } more) { days.Add(more); j += 2; }
            if (ordinals.Count > 1 || days.Count > 1 || new NthWeekday(ordinals[0], weekday) is not { IsValid: true } nth) _wrongNth = true;
            else _nth.Add(nth);
            return j - i;
        }
        // Days of the month: only 1..31 ("the 40th" is no day of a month).
        if (excluding || ordinals.Any(o => o is < 1 or > 31)) return 0;
        _monthDays.AddRange(ordinals);
        return j - i;
    }

    /// <summary>"1st", "fifteenth", "twenty-first" = 1, 15, 21; "last" = -1 (only before a weekday).</summary>
    private int? Ordinal(string word)
    {
        if (words.LastWord.Contains(word)) return -1;
        return NumberRecognizer.RecognizeAll(word, locale) is [{ IsOrdinal: true } n] && n.Value == decimal.Truncate(n.Value) && n.Value is > 0 and <= 40
            ? (int)n.Value
            : null;
    }

    /// <summary>"day 15".</summary>
    private int ReadDayNumber(int i)
    {
        var day = Try(words.DayOfMonthWord, i);
        if (day == 0 || i + day >= w.Count || _used[i + day]) return 0;
        if (NumberRecognizer.RecognizeAll(w[i + day], locale) is not [{ } n] || n.Value != decimal.Truncate(n.Value) || n.Value is < 1 or > 31) return 0;
        _monthDays.Add((int)n.Value);
        return day + 1;
    }

    /// <summary>"Tuesdays", "Tue-Thu", "Monday to Wednesday", "Friday through Monday"; after "except", days to leave out.</summary>
    private int ReadWeekdays(int i, bool excluding)
    {
        if (w[i].Split('-') is [var from, var to] && Weekday(from) is { } a && Weekday(to) is { } b)
        {
            AddDays(Range(a, b), excluding);
            return 1;
        }
        if (Weekday(w[i]) is not { } day) return 0;
        if (i + 2 < w.Count && !_used[i + 1] && !_used[i + 2] && Try(words.RangeWords, i + 1) == 1 && Weekday(w[i + 2]) is { } last)
        {
            AddDays(Range(day, last), excluding);
            return 3;
        }
        AddDays([day], excluding);
        if (!excluding) _namedDays = true;
        return 1;
    }

    private static IEnumerable<DayOfWeek> Range(DayOfWeek from, DayOfWeek to)
    {
        for (var d = from; ; d = (DayOfWeek)(((int)d + 1) % 7))
        {
            yield return d;
            if (d == to) yield break;
        }
    }

    private void AddDays(IEnumerable<DayOfWeek> days, bool excluding)
    {
        foreach (var day in days) (excluding ? _excluded : _days).Add(day);
    }

    /// <summary>True when days come at <paramref name="at"/>: a weekday, "weekdays", "weekend", an ordinal ("every first Monday").</summary>
    private bool StartsDays(int at) =>
        at < w.Count && !_used[at] && (Weekday(w[at]) is not null || w[at].Split('-') is [var a, _] && Weekday(a) is not null
            || Try(words.Weekdays, at) > 0 || Try(words.Weekends, at) > 0 || Ordinal(w[at]) is not null || Try(words.LastDay, at) > 0);

    /// <summary>A weekday name in any form the date words know ("tue", "Thursdays"), from the core recognizer's word list.</summary>
    private DayOfWeek? Weekday(string word) => TimeOfDayRecognizer.Recognize(word, locale, words.Recognizers) is { Day: { } day, Time: null } ? day : null;

    // ---- the time ----

    /// <summary>
    /// Clock times in the words left, read in pieces split at "and"/"or" so that "Tuesdays at 9 and Thursdays at 5" shows
    /// two times. One time for all days: two clock times, or two parts of the day, are refused.
    /// </summary>
    private (TimeOnly? Time, ScheduleRefusal? Refusal) ReadTime()
    {
        var pieces = new List<(List<int> Indexes, bool HasDay)>();
        var current = new List<int>();
        var hasDay = false;
        for (var i = 0; i <= w.Count; i++)
        {
            if (i == w.Count || words.ListWords.Contains(w[i]))
            {
                if (current.Count > 0) pieces.Add((current, hasDay));
                current = [];
                hasDay = false;
                continue;
            }
            var isDay = Weekday(w[i]) is not null;
            hasDay |= isDay;
            // The reader of clock times sees the unused words, and the weekdays ("mondays 9" is 9:00).
            if (isDay || !_used[i] && !words.Fillers.Contains(w[i]) || w[i] == "at") current.Add(i);
        }

        var times = new List<(TimeOnly Time, bool HasDay, List<int> Indexes)>();
        foreach (var (indexes, pieceHasDay) in pieces)
        {
            var text = string.Join(' ', indexes.Select(k => w[k]));
            if (TimeOfDayRecognizer.Recognize(text, locale, words.Recognizers)?.Time is { } time) times.Add((time, pieceHasDay, indexes));
        }
        foreach (var (_, _, indexes) in times)
            foreach (var k in indexes)
                if (!words.ScheduleWordList.Contains(w[k])) _used[k] = true;

        var distinct = times.Select(t => t.Time).Distinct().ToList();
        if (distinct.Count > 1)
            return (null, times.Count(t => t.HasDay) >= 2 ? ScheduleRefusal.DifferentTimesPerDay : ScheduleRefusal.SeveralTimesADay);
        if (_parts.Count > 1) return (null, ScheduleRefusal.SeveralTimesADay);

        if (distinct is [var clock])
        {
            // "evenings at 7" is 19:00: a clock time before noon takes the afternoon or evening from the part of the day.
            if (_parts.Count == 1 && words.TimeOf(_parts.First()).Hour >= 12 && clock.Hour < 12) clock = clock.AddHours(12);
            return (clock, null);
        }
        return (_parts.Count == 1 ? words.TimeOf(_parts.First()) : null, null);
    }

    // ---- the result ----

    private ScheduleWhen Build(TimeOnly? time)
    {
        var part = _parts.Count == 1 ? _parts.First() : (PartOfDay?)null;
        var monthish = _monthDays.Count > 0 || _nth.Count > 0 || _twiceAMonth;
        var weekish = _weekly || _biweekly;
        var days = _daily ? AllWeek.ToHashSet() : new HashSet<DayOfWeek>(_days);
        if (_excluded.Count > 0 && days.Count == 0) return Refuse(ScheduleRefusal.Unclear); // "except Fridays" alone
        days.ExceptWith(_excluded);

        if (monthish && (weekish || _daily || _days.Count > 0)) return Refuse(ScheduleRefusal.Conflicting);
        if (_nth.Count > 0 && _monthDays.Count > 0) return Refuse(ScheduleRefusal.Conflicting);
        if (_nth.Count > 1) return Refuse(ScheduleRefusal.SeveralWeekdaysOfMonth); // "first Monday and third Wednesday"
        if (_monthly && _days.Count > 0 && !monthish) return Refuse(ScheduleRefusal.NeedWhichWeekday); // "monthly on Mondays"
        if (_monthly && weekish || _daily && _namedDays) return Refuse(ScheduleRefusal.Conflicting);
        if ((_daily || _days.Count > 0) && days.Count == 0) return Refuse(ScheduleRefusal.Unclear); // "weekends except Saturday and Sunday"

        if (_nth.Count == 1)
            return new ScheduleWhen(CheckIns.Cadence.Monthly, NthWeekday: _nth[0], Time: time, PartOfDay: part);
        if (_monthDays.Count > 0 || _twiceAMonth)
            return new ScheduleWhen(CheckIns.Cadence.Monthly, MonthDays: _monthDays.Count > 0 ? _monthDays.Distinct().Order().ToList() : [1, 15], Time: time, PartOfDay: part);
        if (_daily && _excluded.Count == 0 && !_biweekly)
            return new ScheduleWhen(CheckIns.Cadence.Daily, Time: time, PartOfDay: part);
        if (days.Count > 0)
        {
            var ordered = days.OrderBy(d => ((int)d + 6) % 7).ToList();
            return new ScheduleWhen(_biweekly ? CheckIns.Cadence.Biweekly : CheckIns.Cadence.Weekly, Days: ordered, Time: time, PartOfDay: part);
        }
        Cadence? cadence = _biweekly ? CheckIns.Cadence.Biweekly : _weekly ? CheckIns.Cadence.Weekly : _monthly ? CheckIns.Cadence.Monthly : null;
        return new ScheduleWhen(cadence, Time: time, PartOfDay: part);
    }

    // ---- word bookkeeping ----

    /// <summary>Marks every occurrence of the list's phrases as used; how many there were.</summary>
    private int Consume(WordList list)
    {
        var found = 0;
        for (var i = 0; i < w.Count; i++)
        {
            if (Try(list, i) is > 0 and var n)
            {
                Use(i, n);
                found++;
                i += n - 1;
            }
        }
        return found;
    }

    /// <summary>The length of the list's phrase at <paramref name="i"/> if none of its words is used yet; else 0.</summary>
    private int Try(WordList list, int i)
    {
        if (i >= w.Count || _used[i]) return 0;
        var n = list.MatchAt(w, i);
        for (var k = i; k < i + n; k++)
            if (_used[k]) return 0;
        return n;
    }

    private void Use(int start, int length)
    {
        for (var k = start; k < start + length && k < w.Count; k++) _used[k] = true;
    }
}
