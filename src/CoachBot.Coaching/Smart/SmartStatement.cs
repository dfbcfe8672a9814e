using System.Text;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// The pieces of a rewritten SMART statement, as the dialogs of the first version read them; the sentence itself is a
/// template in dialogs/en-US/smart.yaml (<see cref="TemplateKey"/>). <see cref="GoalStatement"/> has the whole reading.
/// </summary>
/// <param name="Outcome">What will be done, as a verb phrase: "get promoted to senior manager".</param>
/// <param name="Measure">The finish line as a clause ("I have a signed offer"), or when it is already in the outcome the words that say it.</param>
/// <param name="Deadline">The future deadline, or null when the goal has none yet.</param>
/// <param name="MeasureInOutcome">True when the outcome already says the measure, so the template need not repeat it.</param>
public sealed record SmartStatementParts(string Outcome, string? Measure, DateOnly? Deadline, bool MeasureInOutcome)
{
    /// <summary>Which template fits: with a deadline or without, with the measure spelled out or already in the outcome.</summary>
    public string TemplateKey => SmartStatement.TemplateFor(Deadline is not null, Measure is not null && !MeasureInOutcome);
}

/// <summary>Why the coach is not sure it read the goal right; the dialog then shows the reading and asks.</summary>
public enum ReadingDoubt
{
    /// <summary>The goal was a bare noun phrase and no verb in the vocabulary fits it: "reach ..." is a guess.</summary>
    GuessedVerb,
    /// <summary>Many hedges and fillers were dropped.</summary>
    ManyHedges,
    /// <summary>A question was set aside from the message.</summary>
    QuestionSetAside,
    /// <summary>The outcome is long: parts of it may be milestones or reasons the rules did not tell apart.</summary>
    LongOutcome,
    /// <summary>The message had no verb the coach knows and no noun it could give one to.</summary>
    NoVerb,
}

/// <summary>
/// A goal as a grammatical sentence: the outcome as a verb phrase, the finish line as a clause, one deadline, and the
/// milestones as verb phrases, every part built from the reading (never a raw span with a hedge, a question, markup,
/// a second date or an "-ing" after "I will"). <see cref="Sure"/> is false when the reading is a guess: show
/// <see cref="PlainReading"/> and ask.
/// </summary>
/// <param name="Outcome">"get hired as a junior dev", "present the 3-year ops strategy to the VP".</param>
/// <param name="Measure">"I have a signed offer"; null when the outcome already says it or none was given.</param>
/// <param name="Deadline">The one deadline, or null.</param>
/// <param name="Milestones">The user's milestones as verb phrases with their dates.</param>
/// <param name="Doubts">Why the reading may be wrong; empty when sure.</param>
public sealed record GoalStatement(string Outcome, string? Measure, DateOnly? Deadline, IReadOnlyList<GoalMilestone> Milestones,
    IReadOnlyList<ReadingDoubt> Doubts)
{
    public bool Sure => Doubts.Count == 0;

    public string TemplateKey => SmartStatement.TemplateFor(Deadline is not null, Measure is not null);

    /// <summary>The sentence: "I will get hired as a junior dev by Thu, 30 September 2027, and I'll know it's done when I have a signed offer."</summary>
    public string Render(TextCatalog texts, string? locale, Func<DateOnly, string> formatDate) =>
        texts.Get(TemplateKey, locale, ("outcome", Outcome), ("measure", Measure), ("deadline", Deadline is { } d ? formatDate(d) : ""));

    /// <summary>The reading in plain words, one line per part, for the coach to show and ask "Did I get that right?".</summary>
    public string PlainReading(TextCatalog texts, string? locale, Func<DateOnly, string> formatDate, bool withCheck = true)
    {
        var lines = new List<string> { texts.Get(SmartTexts.ReadingIntro, locale), texts.Get(SmartTexts.ReadingOutcome, locale, ("outcome", Outcome)) };
        if (Measure is not null) lines.Add(texts.Get(SmartTexts.ReadingMeasure, locale, ("measure", Measure)));
        if (Deadline is { } deadline) lines.Add(texts.Get(SmartTexts.ReadingDeadline, locale, ("deadline", formatDate(deadline))));
        foreach (var m in Milestones.Where(m => m.Due is not null))
            lines.Add(texts.Get(SmartTexts.ReadingMilestone, locale, ("milestone", m.Text), ("date", formatDate(m.Due!.Value))));
        if (withCheck) lines.Add(texts.Get(SmartTexts.ReadingCheck, locale));
        return string.Join("\n", lines);
    }
}

/// <summary>
/// Builds the statement from the analysis: the main goal's clause without its date, effort, reasons and wishes, its
/// first word made a verb ("presenting" -> "present"; a bare noun phrase gets a fitting verb: "AWS certification" ->
/// "earn an AWS certification"), and the finish line turned into a clause.
/// </summary>
public static partial class SmartStatement
{
    internal static string TemplateFor(bool hasDeadline, bool hasMeasure) => (hasDeadline, hasMeasure) switch
    {
        (true, true) => SmartTexts.StatementWithMeasure,
        (true, false) => SmartTexts.Statement,
        (false, true) => SmartTexts.StatementNoDeadlineWithMeasure,
        _ => SmartTexts.StatementNoDeadline,
    };

    /// <summary>The statement of a goal, or null when the message is no goal (<see cref="SmartAnalysis.Kind"/>).</summary>
    public static GoalStatement? Compose(SmartInput input, SmartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!analysis.IsGoal) return null;
        var vocabulary = input.Vocabulary ?? GoalVocabulary.Default;
        var doubts = new List<ReadingDoubt>();
        var outcome = NameTheRole(OutcomeOf(analysis.MainClause, input, vocabulary, doubts), vocabulary);
        if (outcome.Length == 0) return null;

        string? measure = null;
        var evidence = analysis.Measurable.Met ? analysis.Measurable.Evidence : null;
        var inOutcome = evidence is not null && outcome.Contains(Tidy(evidence), StringComparison.OrdinalIgnoreCase);
        // A finish line the user stated ("I'll know it's done when ...", or an answer) is always shown; one read from the goal only when the outcome lacks it.
        if (analysis.MeasureText is { } given) measure = MeasureClause(given, vocabulary);

        var milestones = analysis.Milestones
            .Select(m => new GoalMilestone(AsVerbPhrase(m.Text, vocabulary, []), m.Due))
            .Where(m => m.Text.Length > 0)
            .ToList();
        if (analysis.HedgesDropped >= 3) doubts.Add(ReadingDoubt.ManyHedges);
        if (analysis.HadQuestion) doubts.Add(ReadingDoubt.QuestionSetAside);
        if (GoalWords.Split(outcome).Count > 16) doubts.Add(ReadingDoubt.LongOutcome);
        // "ux designer" reads "UX designer" in the statement, however it was typed.
        return new GoalStatement(vocabulary.Spelled(outcome), measure is null ? null : vocabulary.Spelled(measure), analysis.Deadline,
            milestones.Select(m => m with { Text = vocabulary.Spelled(m.Text) }).ToList(), doubts.Distinct().ToList());
    }

    /// <summary>
    /// "get a UX job" -> "get a job as a UX designer": a job named only by its field's words names the role the
    /// vocabulary knows for them, so the statement says what the person will be. A plural ("apply to 20 UX jobs") is left.
    /// </summary>
    internal static string NameTheRole(string outcome, GoalVocabulary vocabulary)
    {
        if (vocabulary.Careers.FindJob(outcome) is not { } job || job.Noun.EndsWith('s')) return outcome;
        if (vocabulary.Careers.FindRoles(outcome).Count > 0) return outcome;
        var careers = vocabulary.Careers;
        var nounStart = job.End - job.Noun.Length;
        var field = outcome[job.Start..nounStart].Trim();
        // "a frontend job" is a job as a frontend developer when the vocabulary knows that name for the role.
        var head = job.Role.Name.Split(' ')[^1];
        var name = careers.FindRoles(field + " " + head) is [var named] && named.Role == job.Role && named.Start == 0 ? field + " " + head : job.Role.Name;
        // "a junior frontend job": the level belongs to the role.
        var start = job.Start;
        var words = GoalWords.Split(outcome[..job.Start]);
        for (var i = words.Count - 1; i >= 0 && careers.IsLevel(words[i].Text); i--) start = words[i].Start;
        if (start < job.Start) name = outcome[start..job.Start].Trim() + " " + name;
        var before = outcome[..start].TrimEnd();
        return before + " " + job.Noun + " as " + CareerVocabulary.WithArticle(name) + outcome[job.End..];
    }

    /// <summary>The statement's pieces for the first version of the goal dialog (outcome, measure, deadline).</summary>
    public static SmartStatementParts From(SmartInput input, SmartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var statement = Compose(input, analysis);
        if (statement is null) return new SmartStatementParts("", null, null, false);
        var evidence = analysis.Measurable.Met ? analysis.Measurable.Evidence : null;
        var inOutcome = statement.Measure is null && evidence is not null && statement.Outcome.Contains(Tidy(evidence), StringComparison.OrdinalIgnoreCase);
        return new SmartStatementParts(statement.Outcome, inOutcome ? evidence : statement.Measure, statement.Deadline, inOutcome);
    }

    /// <summary>The main clause as a verb phrase: the longest piece once deadlines and effort are cut, without wishes, reasons and connectors.</summary>
    private static string OutcomeOf(string mainClause, SmartInput input, GoalVocabulary vocabulary, List<ReadingDoubt> doubts)
    {
        var reading = new GoalReading(mainClause, input.Now, input.Zone, input.Locale, vocabulary);
        var text = reading.Text;
        var cuts = new List<TextSpan>(reading.Effort.Spans);
        if (reading.DateSpan is { } d) cuts.Add(d);

        var clauses = new List<List<GoalWord>>();
        var current = new List<GoalWord>();
        GoalWord? previous = null;
        foreach (var w in reading.Words)
        {
            var cutBetween = previous is { } p && (cuts.Any(c => c.Start >= p.End && c.End <= w.Start)
                || text.AsSpan(p.End, w.Start - p.End).IndexOfAny(",.;:!?()\n") >= 0);
            var inCut = cuts.Any(c => c.Overlaps(w.Start, w.End));
            if (inCut || cutBetween || ReasonStarts(reading.Words, w) && w.Start > reading.Words[0].Start)
            {
                if (current.Count > 0) clauses.Add(current);
                current = [];
            }
            if (!inCut) current.Add(w);
            previous = w;
        }
        if (current.Count > 0) clauses.Add(current);

        List<GoalWord>? best = null;
        var bestScore = 0;
        foreach (var clause in clauses)
        {
            // "so I wanna be a product manager": a "so" that opens the message is an opener, not a reason.
            if (ReasonStarts(clause, clause[0]) && !(clause[0].Start == reading.Words[0].Start && clause[0].Text == "so")) continue;
            var trimmed = Trim(clause, vocabulary);
            var score = trimmed.Count(w => !vocabulary.Smart.StopWords.Contains(w.Text))
                + (trimmed.Count > 0 && VerbPhrase.BaseOf(trimmed[0].Text, vocabulary) is not null ? 2 : 0)
                - (trimmed.Count > 0 && trimmed[0].Text is "after" or "before" or "while" or "during" ? 2 : 0);
            if (trimmed.Count > 0 && score > bestScore) { best = trimmed; bestScore = score; }
        }
        if (best is null) return "";
        // "apply to 5 jobs a week until I get an offer": the way there comes first, the outcome after "until I".
        var until = best.FindIndex(w => w.Text is "until" or "till");
        if (until > 0 && until + 2 < best.Count && best[until + 1].Text == "i" && VerbPhrase.StartsVerb(best, until + 2, vocabulary))
            best = best.GetRange(until + 2, best.Count - until - 2);
        return AsVerbPhrase(text[GoalStructure.Widen(text, best[0].Start, best[^1].End)], vocabulary, doubts);
    }

    /// <summary>Drops the wish in front ("I want to", "my goal is to", "I'm confident I can") and connectors at the end.</summary>
    private static List<GoalWord> Trim(List<GoalWord> clause, GoalVocabulary vocabulary)
    {
        var first = 0;
        var last = clause.Count - 1;
        while (first <= last)
        {
            var wish = GoalVocabulary.MatchAt(clause, first, vocabulary.Wishes);
            if (wish > 0 && first + wish <= last) { first += wish; continue; }
            if (vocabulary.LeadingFillers.Contains(clause[first].Text)) { first++; continue; }
            break;
        }
        while (last >= first && vocabulary.TrailingFillers.Contains(clause[last].Text)) last--;
        return first > last ? [] : clause.GetRange(first, last - first + 1);
    }

    /// <summary>"because ...", "so that ...", "so I can ...": why, not what.</summary>
    private static bool ReasonStarts(List<GoalWord> words, GoalWord w)
    {
        var i = words.IndexOf(w);
        var next = i + 1 < words.Count ? words[i + 1].Text : "";
        return w.Text is "because" or "cause" or "since" or "cuz" or "coz" or "cos" or "bc" or "becuz" || w.Text == "so" && next is "that" or "i" or "i'm" or "i'll" or "my" or "we"
            || w.Text == "in" && next == "order";
    }

    /// <summary>
    /// A phrase made to follow "I will": wishes cut ("I want to"), an "-ing" verb in its base form, a bare noun phrase
    /// given the verb that fits it, first letter down when it is a verb.
    /// </summary>
    internal static string AsVerbPhrase(string phrase, GoalVocabulary vocabulary, List<ReadingDoubt> doubts) =>
        WithArticleBeforeBareJob(JoinedVerbsInBase(VerbPhraseOf(phrase, vocabulary, doubts), vocabulary), vocabulary);

    /// <summary>"learn SQL and getting a junior analyst job": each verb joined after "and"/"then" follows "I will" too.</summary>
    private static string JoinedVerbsInBase(string outcome, GoalVocabulary vocabulary)
    {
        var words = GoalWords.Split(outcome);
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i - 1].Text is not ("and" or "then") || VerbPhrase.IngBase(words[i].Text, vocabulary) is not { } verb) continue;
            outcome = outcome[..words[i].Start] + verb + outcome[words[i].End..];
        }
        return outcome;
    }

    private static string VerbPhraseOf(string phrase, GoalVocabulary vocabulary, List<ReadingDoubt> doubts)
    {
        var text = GoalText.TidyPunctuation(Tidy(phrase));
        var words = GoalWords.Split(text);
        var first = 0;
        while (first < words.Count)
        {
            var wish = GoalVocabulary.MatchAt(words, first, vocabulary.Wishes);
            if (wish > 0 && first + wish < words.Count) { first += wish; continue; }
            if (vocabulary.LeadingFillers.Contains(words[first].Text) && first + 1 < words.Count && !(words[first].Text == "be" && first + 1 < words.Count && words[first + 1].Text is "a" or "an" or "the"))
            {
                first++;
                continue;
            }
            break;
        }
        var last = words.Count - 1;
        while (last > first && vocabulary.TrailingFillers.Contains(words[last].Text)) last--;
        if (words.Count == 0 || first > last) return "";
        text = text[words[first].Start..words[last].End];
        words = GoalWords.Split(text);

        var head = words[0].Text;
        // "be a certified Scrum Master" -> "become a certified Scrum Master".
        if (head == "be" && words.Count > 1 && words[1].Text is "a" or "an" or "the")
            return "become" + text[words[0].End..];
        // "get my degree finished" -> "finish my degree".
        if (head is "get" or "have" && words.Count > 2 && words[^1].Text is "finished" or "done" or "completed" or "complete")
            return "finish" + text[words[0].End..words[^2].End];
        // "get a PMP" -> "earn the PMP certification": a credential named by its letters alone is a certification.
        if (head is "get" or "earn" && words.Count == 3 && words[1].Text is "a" or "an" or "the" or "my" && vocabulary.CredentialLetters.Contains(words[2].Text))
            return "earn the " + text[words[2].Start..words[2].End] + " certification";
        // "do the CFA level 1" -> "take the CFA level 1 exam": an exam named by its credential is taken.
        if (head is "do" or "sit" && words.Count > 2 && words.Skip(1).Any(w => vocabulary.CredentialLetters.Contains(w.Text)) && !words.Any(w => w.Text is "course" or "courses" or "training"))
            return "take" + text[words[0].End..] + (words[^1].Text is "exam" or "exams" or "test" ? "" : " exam");
        // "get to B2 in German", "get to level 3": a level is reached.
        if (head == "get" && words.Count > 2 && words[1].Text == "to" && IsLevel(text[words[2].Start..]))
            return "reach" + text[words[1].End..];
        // "get my AWS cert" -> "earn my AWS cert": a credential is earned.
        if (head == "get" && words.Count > 1 && words[^1].Text is "cert" or "certs" or "certification" or "pmp" or "cpa" or "cfa"
            && VerbPhrase.VerbFor(words.Skip(1).ToList(), text[words[1].Start..], vocabulary) == "earn")
            return "earn" + text[words[0].End..];
        if (vocabulary.Verbs.Contains(head) || head is "be" or "get" or "have" or "go" || vocabulary.IsVerbUse(words, 0))
            return VerbPhrase.LowerFirst(text);
        if (VerbPhrase.BaseOf(head, vocabulary) is { } typo && !head.EndsWith("ing", StringComparison.Ordinal))
            return typo + text[words[0].End..];
        if (VerbPhrase.IngBase(head, vocabulary) is { } verb)
            return verb + text[words[0].End..];
        // A bare noun phrase: "AWS certification", "junior dev job", "a talk at a conference".
        var fitting = VerbPhrase.VerbFor(words, text, vocabulary);
        if (fitting is null)
        {
            doubts.Add(ReadingDoubt.GuessedVerb);
            fitting = vocabulary.FallbackVerb;
        }
        // "first article live": the state word after the noun says the verb's result, not part of the noun.
        if (words.Count > 1 && words[^1].Text is "live" or "out" or "done" or "finished" or "published" or "submitted")
        {
            text = text[..words[^2].End];
            words = GoalWords.Split(text);
        }
        // A noun phrase keeps its capitals ("Python certification"); only a leading article goes lower-case.
        var nounPhrase = words[0].Text is "a" or "an" or "the" or "my" ? VerbPhrase.LowerFirst(text) : text;
        // "first draft" -> "the first draft".
        if (words[0].Text is "first" or "second" or "third" or "final" or "last" or "next") nounPhrase = "the " + VerbPhrase.LowerFirst(text);
        if (fitting is "become" or "earn" or "land" or "get" or "give" or "build" or "find" or "complete" or "pass" or "publish" or "reach" && !nounPhrase.StartsWith("the ", StringComparison.Ordinal))
            nounPhrase = VerbPhrase.WithArticleIfCountable(nounPhrase, GoalWords.Split(nounPhrase), vocabulary);
        return fitting + " " + nounPhrase;
    }

    /// <summary>A language or skill level: "B2", "C1", "level", "fluency".</summary>
    internal static bool IsLevel(string rest) => LevelStart().IsMatch(rest);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[ABCabc][12]\b|level\b|fluency\b|fluent\b|conversational\b)")]
    private static partial System.Text.RegularExpressions.Regex LevelStart();

    /// <summary>
    /// The finish line as a clause after "I'll know it's done when": a clause stays ("my manager signs off"), a verb
    /// phrase gets "I" ("pass the exam" -> "I pass the exam", "passed it" -> "I've passed it"), a noun phrase "I have"
    /// ("a signed offer" -> "I have a signed offer").
    /// </summary>
    internal static string? MeasureClause(string measure, GoalVocabulary vocabulary)
    {
        var text = GoalText.TidyPunctuation(Tidy(measure));
        var words = GoalWords.Split(text);
        var skipped = true;
        while (skipped && words.Count > 0)
        {
            skipped = false;
            foreach (var lead in vocabulary.ClauseLeads)
            {
                var parts = lead.Split(' ');
                if (parts.Length < words.Count && Enumerable.Range(0, parts.Length).All(k => words[k].Text == parts[k]))
                {
                    text = text[words[parts.Length].Start..];
                    words = GoalWords.Split(text);
                    skipped = true;
                    break;
                }
            }
        }
        if (words.Count == 0) return null;
        var head = words[0].Text;
        var second = words.Count > 1 ? words[1].Text : "";
        // "I'll have built a web app": after "I'll know it's done when" the clause is in the present ("I have built a web app").
        if (head is "i'll" && words.Count > 1 || head == "i" && second == "will" && words.Count > 2)
        {
            var verbAt = head == "i" ? 2 : 1;
            // "I'll be promoted" -> "I am promoted"; "I'll have built" -> "I have built"; "I'll pass" -> "I pass".
            return words[verbAt].Text == "be" ? "I am" + text[words[verbAt].End..] : "I " + text[words[verbAt].Start..];
        }
        if (head is "i" or "i've" or "i'm" or "i'll" or "we" or "we've" or "they" or "he" or "she" or "someone" or "everyone" or "people" or "it" or "it's" or "there" or "there's")
            return head == "i" || head.StartsWith("i'", StringComparison.Ordinal) ? "I" + text[1..] : VerbPhrase.LowerFirst(text);
        // "3 people on my team say it went better", "all 3 sites run on one system": a counted subject with its verb is a
        // clause already.
        // "a signed offer": a participle right after an article is an adjective, no verb.
        if ((vocabulary.ClauseSubjects.Contains(head) || words[0].IsNumber) && Enumerable.Range(1, Math.Min(6, words.Count - 1))
                .Any(k => !(words[k - 1].Text is "a" or "an" or "the") && (vocabulary.FiniteVerbs.Contains(words[k].Text) || (words[0].IsNumber || head is "all" or "both" or "most") && vocabulary.PluralVerbs.Contains(words[k].Text))))
            return VerbPhrase.LowerFirst(text);
        if (vocabulary.Verbs.Contains(head) || head is "have" or "get")
            return "I " + VerbPhrase.LowerFirst(text);
        if (VerbPhrase.IngBase(head, vocabulary) is { } verb)
            return "I " + verb + text[words[0].End..];
        if (head.EndsWith("ed", StringComparison.Ordinal) && second is "the" or "a" or "an" or "my" or "it" or "all" or "three" or "two" or "one"
            || head is "got" or "done" or "won" or "given" or "written" or "taken")
            return "I've " + VerbPhrase.LowerFirst(text);
        return "I have " + VerbPhrase.LowerFirst(text);
    }

    /// <summary>Removes markup (HTML tags, markdown emphasis) and squeezes spaces; the statement is shown back to the user.</summary>
    internal static string Tidy(string text, bool keepLines = false)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && text.IndexOf('>', i, Math.Min(21, text.Length - i)) is var close and > 0 && close > i + 1 && (char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                i = close;
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            if (c is '*' or '`' or '_' or '#' && !(c == '#' && i > 0 && char.IsLetter(text[i - 1]))) continue;
            if (keepLines && c == '\n')
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (keepLines && sb.Length > 0 && sb[^1] == '\n') continue;
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim().TrimEnd('.', ',', ';', ':', '!').Trim();
    }
}
