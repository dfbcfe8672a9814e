using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Smart;

/// <summary>A milestone the user wrote on the way to the goal, as a verb phrase in their words, with its date if they gave one.</summary>
/// <param name="Text">The milestone as the user wrote it, cleaned and without its date ("lead the consolidation of 3 sites").</param>
/// <param name="Due">The date they gave it, or the date of the milestone it was joined to ("X and Y by June"), or null.</param>
public sealed record GoalMilestone(string Text, DateOnly? Due);

/// <summary>
/// How a goal message is built: the main goal, the milestones on the way ("... by June and present the strategy by
/// 30 Sept"), the finish line ("I'll know it's done when ...") and the rest (effort, reasons), so that each date
/// belongs to one thing. The main goal is the clause that carries the latest date, else the first one; a clause with
/// a verb that is not the main goal is a milestone; clauses joined by "and" share the date that ends them.
/// </summary>
internal sealed partial class GoalStructure
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:at least|at most|no more than|every|\d+ (?:days?|times?|evenings?|mornings?) (?:a|per|each) (?:week|month))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Frequency();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:from|starting(?: in| from)?)\s+\S+(?:\s+\d{4})?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StartOf();

    /// <summary>What the analyzer reads: the main goal with its date, plus the clauses that are no milestones (effort, reasons).</summary>
    public string MainText { get; }

    /// <summary>The main goal's own clause(s), with its date.</summary>
    public string MainClause { get; }

    public IReadOnlyList<GoalMilestone> Milestones { get; }

    /// <summary>What follows "I'll know it's done when", "success is", ... or null.</summary>
    public string? MeasureText { get; }

    /// <summary>
    /// The main goal's own verb phrases when it joins two or more ("lead the consolidation" and "present the strategy to
    /// the VP" of "lead ... and present ... by 30 Sept"): the statement keeps the whole goal, the plan makes each a step.
    /// Empty for a goal of one verb phrase.
    /// </summary>
    public IReadOnlyList<string> Parts { get; }

    private GoalStructure(string mainText, string mainClause, IReadOnlyList<GoalMilestone> milestones, string? measure, IReadOnlyList<string>? parts = null)
    {
        MainText = mainText;
        MainClause = mainClause;
        Milestones = milestones;
        MeasureText = measure;
        Parts = parts ?? [];
    }

    private sealed class Clause
    {
        public int First;
        public int Last;
        public bool JoinedByAnd;
        public bool Marked;
        public bool HasVerb;
        public bool HasContent;
        public bool IsReason;
        public bool IsTentative;
        /// <summary>"I have 2 modules left", "I've been a nurse for 8 years": the person's situation, never the goal.</summary>
        public bool IsBackground;
        /// <summary>A date said after the person's situation, moved here: its words as written ("by summer 2028").</summary>
        public string? MovedDate;
        public DateOnly? Date;
        public TextSpan? DateSpan;
        public DateOnly? SharedDate;
        public DateOnly? EffectiveDate => Date ?? SharedDate;
    }

    public static GoalStructure Read(string text, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary vocabulary)
    {
        var words = GoalWords.Split(text);
        if (words.Count == 0) return new GoalStructure(text, text, [], null);

        // The finish line sentence is cut out first: "..., and I'll know it's done when I have a signed offer."
        string? measure = null;
        var cutFrom = text.Length;
        for (var i = 0; i < words.Count; i++)
        {
            var n = GoalVocabulary.MatchAt(words, i, vocabulary.MeasureLeads);
            if (n == 0) continue;
            var start = words[i + n - 1].End;
            var end = SentenceEnd(text, start);
            var value = GoalText.TidyPunctuation(text[start..end]);
            if (GoalWords.Split(value).Count > 0) measure = value;
            cutFrom = words[i].Start;
            // ", and I'll know ...": the joining words go too.
            var j = i - 1;
            while (j >= 0 && words[j].Text is "and" or "so" or "then") { cutFrom = words[j].Start; j--; }
            var rest = end < text.Length ? text[end..] : "";
            text = text[..cutFrom].TrimEnd(' ', ',', ';', '-') + (rest.Length > 0 ? " " + rest.TrimStart('.', '!', ' ') : "");
            words = GoalWords.Split(text);
            break;
        }

        var effort = EffortReader.Read(text, locale);
        var dates = GoalReading.ReadDates(text, effort, now, zone, locale, vocabulary);
        var clauses = Split(text, words, dates, effort, vocabulary);
        if (clauses.Count == 0) return new GoalStructure(text, text, [], measure);

        // "lead the consolidation and present the strategy by 30 Sept": the undated clause shares the date that ends the group.
        for (var c = clauses.Count - 2; c >= 0; c--)
            if (clauses[c].Date is null && clauses[c].HasVerb && clauses[c + 1].JoinedByAnd && clauses[c + 1].EffectiveDate is { } shared)
                clauses[c].SharedDate = shared;

        var candidates = clauses.Where(c => !c.Marked && c.HasContent && !c.IsReason && !c.IsBackground).ToList();
        if (candidates.Count == 0) candidates = clauses.Where(c => c.HasContent).ToList();
        if (candidates.Count == 0) return new GoalStructure(text, text, [], measure);
        var latest = clauses.Select(c => c.EffectiveDate).Where(d => d is not null).DefaultIfEmpty().Max();
        // A story before the goal ("I've been stuck as a support agent...") is no goal: prefer a clause that says what to do.
        var goalLike = candidates.Where(c => c.HasVerb || c.EffectiveDate is not null).ToList();
        if (goalLike.Count > 0 && !candidates[0].HasVerb && candidates[0].EffectiveDate is null) candidates = goalLike.Concat(candidates.Except(goalLike)).ToList();
        var main = latest is { } l && candidates.FirstOrDefault(c => c.EffectiveDate == l) is { } dated && candidates[0].EffectiveDate is { } firstDate && firstDate < l
            ? dated
            : candidates[0];
        // "I'd like to try teaching, maybe get a teaching certificate": a try is a first step; the concrete goal after it is the goal.
        if (main.IsTentative && main.EffectiveDate is null
            && clauses.Skip(clauses.IndexOf(main) + 1).FirstOrDefault(c => c.HasVerb && c.HasContent && !c.IsReason && !c.IsTentative) is { } concrete)
            main = concrete;
        // The main goal's group: "get promoted and lead a team by 2028" is one goal.
        var mainGroup = new List<Clause> { main };
        var at = clauses.IndexOf(main);
        for (var c = at - 1; c >= 0 && clauses[c + 1].JoinedByAnd && clauses[c].HasVerb && clauses[c].SharedDate is not null && clauses[c].SharedDate == main.EffectiveDate && !clauses[c].Marked; c--)
            mainGroup.Insert(0, clauses[c]);

        // "leave banking and get into renewable energy within two years": an undated goal and what follows it with "and".
        for (var c = at + 1; c < clauses.Count && main.Date is null && clauses[c].JoinedByAnd && clauses[c].HasVerb && !clauses[c].Marked
             && (clauses[c].Date is not null || clauses[c].SharedDate is not null) && (main.SharedDate is null || clauses[c].EffectiveDate == main.SharedDate); c++)
        {
            mainGroup.Add(clauses[c]);
            if (clauses[c].Date is not null) break;
        }
        var milestones = new List<GoalMilestone>();
        var rest2 = new List<Clause>();
        foreach (var clause in clauses)
        {
            if (mainGroup.Contains(clause)) continue;
            // "I can give it 4 hours a week" says the effort, it is no milestone.
            var isEffort = effort.Spans.Any(sp => sp.Overlaps(words[clause.First].Start, words[clause.Last].End));
            if (clause.HasVerb && clause.HasContent && !clause.IsReason && !isEffort && (clause.Marked || clause != main))
            {
                var milestoneText = ClauseText(text, words, clause, dates, effort, vocabulary);
                // "lead the consolidation and present the strategy by 30 Sept": the first of the pair is due halfway there.
                var due = clause.Date ?? (clause.SharedDate is { } shared ? Halfway(milestones.LastOrDefault()?.Due ?? Today(now, zone), shared) : null);
                if (milestoneText.Length > 0) milestones.Add(new GoalMilestone(milestoneText, due));
                continue;
            }
            // "ive been a nurse for 8 years": the person's story beside the goal is context, not part of it.
            if (GoalVocabulary.MatchAt(words, clause.First, vocabulary.BackgroundLeads) > 0) continue;
            rest2.Add(clause);
        }

        // "work less overtime: leave by 6pm at least 4 days a week": how often, said after the goal, is its finish line.
        if (measure is null && milestones.FirstOrDefault(m => Frequency().IsMatch(m.Text)) is { } often)
        {
            measure = StartOf().Replace(often.Text, "").TrimEnd(' ', ',');
            milestones.Remove(often);
        }
        // "salary at least 70k": the pay asked for is the finish line of getting hired.
        if (measure is null && rest2.FirstOrDefault(c => words[c.First].Text is "salary" or "paying" or "pay" && Enumerable.Range(c.First, c.Last - c.First + 1).Any(k => words[k].IsNumber)) is { } pay
            && vocabulary.SalaryMeasure is { } salaryMeasure)
        {
            var last = pay.First + 1;
            while (last + 1 <= pay.Last && !dates.Any(d => d.Span.Overlaps(words[last + 1].Start, words[last + 1].End))
                   && text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).IndexOfAny(",;.") < 0) last++;
            var amount = text[Widen(text, words[pay.First + 1].Start, words[last].End)];
            measure = salaryMeasure.Replace("{amount}", amount, StringComparison.Ordinal);
        }
        var mainClause = Span(text, words, mainGroup[0].First, mainGroup[^1].Last);
        if (mainGroup[^1].MovedDate is { } moved) mainClause += " " + moved;
        var mainText = string.Join(", ", new[] { mainClause }.Concat(rest2.Select(c => Span(text, words, c.First, c.Last))));
        var parts = mainGroup.Count > 1 && mainGroup.All(c => c.HasVerb)
            ? mainGroup.Select(c => ClauseText(text, words, c, dates, effort, vocabulary)).Where(p => p.Length > 0).ToList()
            : [];
        return new GoalStructure(mainText, mainClause, milestones, measure, parts.Count > 1 ? parts : null);
    }

    private static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    private static DateOnly Halfway(DateOnly from, DateOnly to) => to <= from ? to : from.AddDays((to.DayNumber - from.DayNumber) / 2);

    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (text[i] is '!' or '?' or ';' or '\n' || text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
        return text.Length;
    }

    /// <summary>The words first..last as written, with the signs that stick to them ("$90k", "20%").</summary>
    private static string Span(string text, List<GoalWord> words, int first, int last) => text[Widen(text, words[first].Start, words[last].End)];

    internal static Range Widen(string text, int start, int end)
    {
        while (start > 0 && text[start - 1] is '$' or '£' or '€') start--;
        while (end < text.Length && text[end] is '%' or '+') end++;
        return start..end;
    }

    private static List<Clause> Split(string text, List<GoalWord> words, List<(DateRecognition Date, TextSpan Span)> dates, Effort effort, GoalVocabulary vocabulary)
    {
        var clauses = new List<Clause>();
        var marked = false;
        var markedFrom = int.MaxValue;
        var current = new Clause { First = 0 };
        for (var i = 0; i < words.Count; i++)
        {
            if (i > current.First)
            {
                var between = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
                // Never inside a date ("Wed, 31 March 2027").
                if (dates.Any(d => d.Span.Start <= words[i - 1].Start && d.Span.End >= words[i].End)) continue;
                var hard = between.IndexOfAny(".;!?\n") >= 0;
                var colon = between.Contains(':');
                var soft = between.IndexOfAny(",()") >= 0 || between.Contains(" - ", StringComparison.Ordinal);
                var afterDate = dates.Any(d => d.Span.End <= words[i].Start && d.Span.End >= words[i - 1].End);
                var joiner = vocabulary.Smart.ClauseJoiners.Contains(words[i].Text) && VerbPhrase.StartsVerb(words, NextContent(words, i + 1), vocabulary);
                var lead = GoalVocabulary.MatchAt(words, i, vocabulary.MilestoneLeads);
                var means = words[i].Text is "by" or "through" or "via" && i + 1 < words.Count && VerbPhrase.IngBase(words[i + 1].Text, vocabulary) is not null;
                if (hard || colon || soft || joiner || means || afterDate && vocabulary.Verbs.Contains(words[i].Text) || lead > 0 && (soft || hard || colon || i == 0))
                {
                    current.Last = i - 1;
                    clauses.Add(current);
                    // "milestones: ...", "the steps: ...", and "<the goal by a date>: <how>" mark what follows as milestones.
                    if (colon && (Enumerable.Range(current.First, current.Last - current.First + 1).Any(k => vocabulary.Smart.IsStepWord(words[k].Text))
                        || VerbPhrase.StartsVerb(words, SkipLeading(words, Enumerable.Range(current.First, current.Last - current.First + 1).ToList(), vocabulary) is var f && f >= 0 ? f : current.First, vocabulary)))
                    {
                        if (!marked) markedFrom = clauses.Count;
                        marked = true;
                    }
                    current = new Clause { First = means ? i + 1 : i, JoinedByAnd = joiner || soft && words[i].Text == "and" || soft, Marked = means };
                    if (means) continue;
                }
            }
            // Marker and joiner words at the start of a clause: "then", "first", "and".
            if (i == current.First)
            {
                var lead = GoalVocabulary.MatchAt(words, i, vocabulary.MilestoneLeads);
                if (lead > 0 && !(lead == 1 && words[i].Text == "next" && i + 1 < words.Count && words[i + 1].Text is "year" or "month" or "week" or "quarter" or "summer" or "spring" or "autumn" or "fall" or "winter"))
                {
                    current.Marked = true;
                    // "first milestone: ...": the lead words are not part of the milestone.
                }
            }
        }
        current.Last = words.Count - 1;
        clauses.Add(current);
        if (marked)
            for (var k = markedFrom; k < clauses.Count; k++) clauses[k].Marked = true;

        foreach (var c in clauses)
        {
            var content = Enumerable.Range(c.First, c.Last - c.First + 1)
                .Where(k => !effort.Spans.Any(s => s.Overlaps(words[k].Start, words[k].End)) && !dates.Any(d => d.Span.Overlaps(words[k].Start, words[k].End)))
                .ToList();
            var first = SkipLeading(words, content, vocabulary);
            // "Step 1:", "ideally by spring": a label or a softener with a date says nothing to do.
            c.HasContent = content.Any(k => !vocabulary.Smart.StopWords.Contains(words[k].Text) && !vocabulary.Smart.IsStepWord(words[k].Text)
                && !words[k].IsNumber && !IsNumberWord(words[k].Text) && !vocabulary.Smart.ClauseLabelWords.Contains(words[k].Text));
            c.HasVerb = first >= 0 && VerbPhrase.StartsVerb(words, first, vocabulary);
            c.IsTentative = first >= 0 && words[first].Text is "try" or "explore" or "consider" && first + 1 < words.Count && words[first + 1].Text is not "to";
            c.IsReason = content.Count > 0 && (vocabulary.Smart.ClauseReasonStarts.Contains(words[content[0]].Text) && content.Count > 1 && !(content[0] == 0 && words[0].Text == "so")
                || words[content[0]].Text is "i" && content.Count > 1 && words[content[1]].Text is "value" or "love" or "enjoy" or "care"
                || words[content[0]].Text is "it" && content.Count > 1 && words[content[1]].Text is "matters" or "helps" or "fits");
            c.IsBackground = (GoalVocabulary.MatchAt(words, c.First, vocabulary.BackgroundLeads) > 0 || GoalVocabulary.MatchAt(words, c.First, vocabulary.SituationLeads) > 0)
                && GoalVocabulary.MatchAt(words, c.First, vocabulary.Wishes) == 0;
            var date = dates.FirstOrDefault(d => d.Span.Start >= words[c.First].Start && d.Span.Start < words[c.Last].End);
            if (date.Date is { Kind: DateRecognitionKind.Date or DateRecognitionKind.Past } found)
            {
                c.Date = found.Date;
                c.DateSpan = date.Span;
            }
        }
        // "first draft by Feb 15": a dated noun phrase among the milestones is one, with the verb that fits its noun.
        foreach (var c in clauses)
            if (!c.HasVerb && c.Marked && c.HasContent && c.Date is not null && !c.IsReason)
            {
                var content = Enumerable.Range(c.First, c.Last - c.First + 1)
                    .Where(k => !dates.Any(d => d.Span.Overlaps(words[k].Start, words[k].End))).Select(k => words[k]).ToList();
                if (content.Count > 0 && VerbPhrase.VerbFor(content, text[content[0].Start..content[^1].End], vocabulary) is not null) c.HasVerb = true;
            }
        // A clause that is only a date ("By 2028.") belongs to the one before it, past the person's situation
        // ("finish my degree, I have 2 modules left, by summer 2028": the date is the degree's).
        for (var k = clauses.Count - 1; k > 0; k--)
        {
            if (clauses[k].HasContent || clauses[k].Date is null) continue;
            var to = k - 1;
            while (to > 0 && clauses[to].IsBackground && clauses[to].Date is null) to--;
            if (clauses[to].IsBackground) to = k - 1;
            if (clauses[to].Date is not null) continue;
            clauses[to].Date = clauses[k].Date;
            clauses[to].DateSpan = clauses[k].DateSpan;
            if (to == k - 1) clauses[to].Last = clauses[k].Last;
            else clauses[to].MovedDate = Span(text, words, clauses[k].First, clauses[k].Last);
            clauses.RemoveAt(k);
        }
        return clauses;
    }

    /// <summary>"two" in "within a year or two": a number word alone says nothing to do.</summary>
    private static bool IsNumberWord(string word) => BotFramework.Recognizers.NumberRecognizer.RecognizeAll(word, null).Count > 0;

    private static int NextContent(List<GoalWord> words, int i)
    {
        while (i < words.Count && words[i].Text is "then" or "also" or "i'll" or "i" or "will" or "to") i++;
        return i;
    }

    /// <summary>The first word after the wish ("I want to"), the markers ("first", "then", "and") and a leading "to".</summary>
    private static int SkipLeading(List<GoalWord> words, List<int> content, GoalVocabulary vocabulary)
    {
        var k = 0;
        while (k < content.Count)
        {
            var i = content[k];
            var lead = GoalVocabulary.MatchAt(words, i, vocabulary.MilestoneLeads);
            // "first draft": an adjective, not the marker "first".
            if (lead > 0 && !(words[i].Text is "first" or "next" && k + 1 < content.Count && (!VerbPhrase.StartsVerb(words, content[k + 1], vocabulary) || NounAfterOrdinal(words, content, k + 1)))) { k += lead; continue; }
            var wish = GoalVocabulary.MatchAt(words, i, vocabulary.Wishes);
            if (wish > 0) { k += wish; continue; }
            if (words[i].Text is "and" or "also" or "plus" or "milestone" or "milestones" or "is" or "will" or "i'll" or "i") { k++; continue; }
            break;
        }
        return k < content.Count ? content[k] : -1;
    }

    /// <summary>
    /// "first draft by Feb 15", "first article live": after "first" a word that is also a verb is a noun unless an
    /// object follows it ("first pick a course").
    /// </summary>
    private static bool NounAfterOrdinal(List<GoalWord> words, List<int> content, int k)
    {
        if (k + 1 >= content.Count || content[k + 1] != content[k] + 1) return true;
        var next = words[content[k + 1]];
        return !(next.IsNumber || next.Text is "a" or "an" or "the" or "my" or "our" or "your" or "some" or "one" or "two" or "three" or "all" or "up" or "out" or "on" or "to" or "for" or "with");
    }

    /// <summary>A milestone clause without its date, effort, markers and joining words: "lead the consolidation of 3 sites".</summary>
    private static string ClauseText(string text, List<GoalWord> words, Clause clause, List<(DateRecognition Date, TextSpan Span)> dates, Effort effort, GoalVocabulary vocabulary)
    {
        var content = Enumerable.Range(clause.First, clause.Last - clause.First + 1)
            .Where(k => !effort.Spans.Any(s => s.Overlaps(words[k].Start, words[k].End)) && !dates.Any(d => d.Span.Overlaps(words[k].Start, words[k].End)))
            .ToList();
        var first = SkipLeading(words, content, vocabulary);
        if (first < 0) return "";
        var kept = content.Where(k => k >= first).ToList();
        // Up to the date: what follows a date inside a milestone clause is a dangling connector ("by June, then").
        while (kept.Count > 0 && words[kept[^1]].Text is "by" or "before" or "until" or "till" or "in" or "on" or "and" or "then" or "the" or "of" or "within" or "at" or "from" or "starting")
            kept.RemoveAt(kept.Count - 1);
        if (kept.Count == 0) return "";
        // Contiguous runs only: a date cut out in the middle ends the milestone there.
        var end = 0;
        while (end + 1 < kept.Count && kept[end + 1] == kept[end] + 1) end++;
        var phrase = text[Widen(text, words[kept[0]].Start, words[kept[end]].End)];
        while (GoalWords.Split(phrase) is { Count: > 0 } pw && pw[^1].Text is "by" or "before" or "until" or "in" or "on" or "and" or "the" or "within" or "from" or "starting")
            phrase = phrase[..pw[^1].Start].TrimEnd();
        return GoalText.TidyPunctuation(phrase);
    }
}
