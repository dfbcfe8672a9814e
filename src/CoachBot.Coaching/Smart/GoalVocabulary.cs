using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// The words the goal reading recognizes, read from dialogs/&lt;locale&gt;/: smart.yaml (<c>smart.words.*</c>: hedges,
/// greetings, wishes, verbs...), careers.yaml (roles, skills, fields) and plans.yaml (<c>plans.match.*</c>: the words
/// that pick a plan template). Built once per catalog and locale; the rules that use it stay pure.
/// </summary>
public sealed class GoalVocabulary
{
    public CareerVocabulary Careers { get; }

    /// <summary>The word tables of the SMART rules (smartwords.yaml).</summary>
    public SmartVocabulary Smart { get; }

    internal IReadOnlyList<string[]> Hedges { get; }
    internal IReadOnlyList<string[]> Openers { get; }
    internal IReadOnlyList<string[]> Greetings { get; }
    internal IReadOnlyList<string[]> KeepGoal { get; }
    internal IReadOnlyList<string[]> Wishes { get; }
    internal IReadOnlyList<string[]> MeasureLeads { get; }
    /// <summary>"when i get an offer", "once i've passed": a sentence that opens like this is a finish line, not a goal.</summary>
    internal IReadOnlyList<string[]> FinishLineStarts { get; }

    /// <summary>The day a goal is reached, said alone ("get an offer", "signed contract"): a finish line, never a goal of its own.</summary>
    internal IReadOnlyList<string[]> FinishLineEvents { get; }
    /// <summary>How a reason opens: "because", "so that", "bc" (smart.words.reasonOpeners).</summary>
    internal IReadOnlyList<string[]> ReasonOpeners { get; }
    /// <summary>How a short why opens without an opener: "more impact", "better pay" (smart.words.whyLeads).</summary>
    internal IReadOnlyList<string[]> WhyLeads { get; }

    // The statement grammar's word lists (goalwords.yaml, GoalWordsTexts).
    internal HashSet<string> CredentialLetters { get; }
    internal HashSet<string> LeadingFillers { get; }
    internal HashSet<string> TrailingFillers { get; }
    internal HashSet<string> ClauseSubjects { get; }
    internal HashSet<string> FiniteVerbs { get; }
    internal HashSet<string> PluralVerbs { get; }
    /// <summary>In the order written: the first that matches is cut.</summary>
    internal IReadOnlyList<string> ClauseLeads { get; }
    internal HashSet<string> Determiners { get; }
    internal HashSet<string> Uncountable { get; }
    internal HashSet<string> Weekdays { get; }
    internal HashSet<string> TargetStops { get; }
    internal HashSet<string> TargetLeads { get; }
    internal HashSet<string> BeforeMonthKeeps { get; }
    /// <summary>"first", "last": before a count they make it part of the work ("the first two modules"), smart.words.countOrdinals.</summary>
    internal HashSet<string> CountOrdinals { get; }

    /// <summary>"the first two modules", "when i've done the first 2": a count after "first"/"last", which is a piece of the work, not a rating.</summary>
    internal bool CountsAPartOfTheWork(string text)
    {
        var words = GoalWords.Split(text);
        for (var i = 0; i + 1 < words.Count; i++)
            if (CountOrdinals.Contains(words[i].Text) && (words[i + 1].IsNumber || BotFramework.Recognizers.NumberRecognizer.TryRecognize(words[i + 1].Text, null, out _)))
                return true;
        return false;
    }
    internal IReadOnlyList<string[]> MilestoneLeads { get; }

    /// <summary>Abbreviations as they are spelled ("ux" -> "UX"), by their lower-case form.</summary>
    internal IReadOnlyDictionary<string, string> Acronyms { get; }

    /// <summary>The text with every abbreviation of <see cref="Acronyms"/> spelled as it should be ("ux designer" -> "UX designer").</summary>
    public string SpellAcronyms(string text)
    {
        if (string.IsNullOrEmpty(text) || Acronyms.Count == 0) return text;
        var words = GoalWords.Split(text);
        var sb = new System.Text.StringBuilder(text);
        foreach (var w in words)
            // "6pm" is a time, not the PM: a letter word glued to a number stays as written.
            if (Acronyms.TryGetValue(w.Text, out var spelled) && !(w.Start > 0 && char.IsDigit(text[w.Start - 1])) && text.Substring(w.Start, w.Length) is var written
                && written.Length == spelled.Length && written != spelled)
            {
                sb.Remove(w.Start, w.Length).Insert(w.Start, spelled);
            }
        return sb.ToString();
    }

    /// <summary>The words of role titles and their levels ("junior", "developer", "designer"), for typo fixes in a statement.</summary>
    internal IReadOnlySet<string> TitleWords { get; }

    /// <summary>
    /// The text as a statement shows it: a typo of a role title's word fixed ("junor dev" -> "junior dev"; five letters
    /// or more, one letter off, same first letter, not a verb), and abbreviations in capitals ("ux" -> "UX").
    /// </summary>
    public string Spelled(string text) => SpellSkills(SpellAcronyms(SpellOut(FixTitleTypos(text))));

    /// <summary>Skills named by one word and written with capitals in careers.yaml (the first name: "Python", "Excel"), by their lower-case form.</summary>
    internal IReadOnlyDictionary<string, string> SkillSpellings { get; }

    /// <summary>
    /// "learn python and excel" -> "learn Python and Excel": a skill written as careers.yaml writes it. Not as the first
    /// word or after "to", "will" or "can", where "excel" is the verb.
    /// </summary>
    private string SpellSkills(string text)
    {
        if (string.IsNullOrEmpty(text) || SkillSpellings.Count == 0) return text;
        var words = GoalWords.Split(text);
        var sb = new System.Text.StringBuilder(text);
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (!SkillSpellings.TryGetValue(w.Text, out var spelled) || words[i - 1].Text is "to" or "will" or "can" or "i" || IsVerbUse(words, i)) continue;
            if (text.Substring(w.Start, w.Length) is var written && written.Length == spelled.Length && written != spelled)
                sb.Remove(w.Start, w.Length).Insert(w.Start, spelled);
        }
        return sb.ToString();
    }

    /// <summary>Short forms a coach writes out in a statement ("cert" -> "certification", "dev" -> "developer"), by their lower-case form.</summary>
    internal IReadOnlyDictionary<string, string> ShortForms { get; }

    private string SpellOut(string text)
    {
        if (string.IsNullOrEmpty(text) || ShortForms.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text);
        var words = GoalWords.Split(text);
        for (var i = words.Count - 1; i >= 0; i--)
            if (ShortForms.TryGetValue(words[i].Text, out var full) && !(i + 1 < words.Count && text[words[i].End..].StartsWith('-')))
                sb.Remove(words[i].Start, words[i].Length).Insert(words[i].Start, full);
        return sb.ToString();
    }

    private string FixTitleTypos(string text)
    {
        if (string.IsNullOrEmpty(text) || TitleWords.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text);
        var words = GoalWords.Split(text);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i];
            if (w.Length < 5 || w.IsNumber || TitleWords.Contains(w.Text) || Verbs.Contains(w.Text)) continue;
            // Only inside a title: next to a word of one ("junor dev"), so "cover letter" stays a cover letter.
            if (!(i > 0 && TitleWords.Contains(words[i - 1].Text) || i + 1 < words.Count && TitleWords.Contains(words[i + 1].Text))) continue;
            var fix = TitleWords.FirstOrDefault(t => t.Length >= 5 && t[0] == w.Text[0] && Math.Abs(t.Length - w.Text.Length) <= 1
                && !w.Text.StartsWith(t, StringComparison.Ordinal) && !t.StartsWith(w.Text, StringComparison.Ordinal)
                && EditDistance.Between(w.Text, t, 1) == 1);
            if (fix is null) continue;
            var written = text.Substring(w.Start, w.Length);
            sb.Remove(w.Start, w.Length).Insert(w.Start, char.IsUpper(written[0]) ? char.ToUpperInvariant(fix[0]) + fix[1..] : fix);
        }
        return sb.ToString();
    }

    /// <summary>Openers of a sentence about the person's past or present ("I've been a nurse for 8 years"): context, not the goal.</summary>
    internal IReadOnlyList<string[]> BackgroundLeads { get; }

    /// <summary>Openers of what the person has now ("I have 2 modules left"): never the goal, but it may say why it matters.</summary>
    internal IReadOnlyList<string[]> SituationLeads { get; }
    internal IReadOnlyList<string[]> GrowthFrames { get; }
    internal HashSet<string> QuestionWords { get; }
    internal HashSet<string> QuestionAuxiliaries { get; }
    internal HashSet<string> OtherLanguage { get; }
    internal HashSet<string> Verbs { get; }

    /// <summary>The verb for a bare noun phrase, by its head noun(s), longest first ("blog post" before "post").</summary>
    internal IReadOnlyList<(string[] Noun, string Verb)> NounVerbs { get; }
    internal string FallbackVerb { get; }

    /// <summary>Short goals that still say what will be different, and show the day it happens ("get hired", "get promoted"), as GoalWords patterns.</summary>
    internal string[] ShortOutcomes { get; }

    /// <summary>Nouns for a job held ("job", "role", "position"): after a named role ("a junior dev job") they make a finish line.</summary>
    internal string[] JobNouns { get; }

    /// <summary>How a job is held, by the words people write ("part time") and how the coach writes it ("part-time"), longest first (smart.words.jobKinds).</summary>
    internal IReadOnlyList<(string[] Written, string Spelled)> JobKinds { get; }

    /// <summary>"change careers to", "pivot into": a move out of the career one has, so the field after it is specific.</summary>
    internal IReadOnlyList<string[]> CareerChangeLeads { get; }

    /// <summary>"change careers", "get into": a move that needs a destination to be specific.</summary>
    internal IReadOnlyList<string[]> CareerMoves { get; }

    /// <summary>Words that lead a date and mean nothing without it ("by", "before", "sometime in"): recognizers' deadline leads and smart.words.dateLeads.</summary>
    internal IReadOnlyList<string[]> DateLeads { get; }

    /// <summary>The finish line made of a salary asked for ("an offer with a salary of {amount}"), or null.</summary>
    internal string? SalaryMeasure { get; }

    /// <summary>The words that pick each plan template (plans.match.&lt;key&gt;), as GoalWords patterns.</summary>
    internal IReadOnlyDictionary<string, string[]> TemplateTriggers { get; }

    /// <summary>The date words of recognizers.yaml, so a goal's dates are read as every prompt reads them (built on first use).</summary>
    internal BotFramework.Recognizers.RecognizerPhrases Recognizers => _recognizers.Value;

    private readonly Lazy<BotFramework.Recognizers.RecognizerPhrases> _recognizers;

    private GoalVocabulary(TextCatalog texts, string? locale)
    {
        _recognizers = new(() => BotFramework.Recognizers.RecognizerPhrases.From(texts, locale));
        IReadOnlyList<string> List(string key) => texts.Contains(key) ? CareerVocabulary.SplitList(texts.Get(key, locale)) : [];
        IReadOnlyList<string[]> Phrases(string key) =>
            List(key).Select(CareerVocabulary.Words).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
        HashSet<string> Set(string key) => new(List(key).SelectMany(CareerVocabulary.Words), StringComparer.Ordinal);

        Careers = CareerVocabulary.From(texts, locale);
        Smart = SmartVocabulary.From(texts, locale);
        Holidays = List("dates.holidays").Select(ParseMonthDay).OfType<(int, int)>().ToHashSet();
        Hedges = Phrases("smart.words.hedges");
        Openers = Phrases("smart.words.openers");
        Greetings = Phrases("smart.words.greetings");
        KeepGoal = Phrases("smart.words.keepGoal");
        Wishes = Phrases("smart.words.wishes");
        MeasureLeads = Phrases("smart.words.measureLeads");
        FinishLineStarts = Phrases("smart.words.finishLineStarts");
        FinishLineEvents = Phrases("smart.words.finishLineEvents");
        ReasonOpeners = Phrases("smart.words.reasonOpeners");
        WhyLeads = Phrases("smart.words.whyLeads");
        HashSet<string> Exact(string key) => new(List(key).Select(w => w.Trim()).Where(w => w.Length > 0), StringComparer.Ordinal);
        CredentialLetters = Exact(GoalWordsTexts.CredentialLetters);
        LeadingFillers = Exact(GoalWordsTexts.LeadingFillers);
        TrailingFillers = Exact(GoalWordsTexts.TrailingFillers);
        ClauseSubjects = Exact(GoalWordsTexts.ClauseSubjects);
        FiniteVerbs = Exact(GoalWordsTexts.FiniteVerbs);
        PluralVerbs = Exact(GoalWordsTexts.PluralVerbs);
        ClauseLeads = [.. List(GoalWordsTexts.ClauseLeads).Select(w => w.Trim()).Where(w => w.Length > 0)];
        Determiners = Exact(GoalWordsTexts.Determiners);
        Uncountable = Exact(GoalWordsTexts.Uncountable);
        Weekdays = Exact(GoalWordsTexts.Weekdays);
        TargetStops = Exact(GoalWordsTexts.TargetStops);
        TargetLeads = Exact(GoalWordsTexts.TargetLeads);
        BeforeMonthKeeps = Exact(GoalWordsTexts.BeforeMonthKeeps);
        VerbSkills = Exact(GoalWordsTexts.VerbSkills);
        VerbSkillFollowers = Exact(GoalWordsTexts.VerbSkillFollowers);
        CountOrdinals = Set("smart.words.countOrdinals");
        MilestoneLeads = Phrases("smart.words.milestoneLeads");
        BackgroundLeads = Phrases("smart.words.backgroundLeads");
        SituationLeads = Phrases("smart.words.situationLeads");
        ShortOutcomes = [.. List("smart.words.shortOutcomes").Select(p => p.ToLowerInvariant())];
        CareerChangeLeads = Phrases("smart.words.careerChangeLeads");
        CareerMoves = Phrases("smart.words.careerMoves");
        JobNouns = [.. List("smart.words.jobNouns").Select(p => p.ToLowerInvariant())];
        JobKinds = [.. List("smart.words.jobKinds").Select(e => e.Split(':', 2)).Where(e => e.Length == 2)
            .Select(e => (Written: CareerVocabulary.Words(e[0]), Spelled: e[1].Trim())).Where(e => e.Written.Length > 0).OrderByDescending(e => e.Written.Length)];
        DateLeads = [.. Phrases(BotFramework.Recognizers.RecognizerTexts.DeadlineLeads).Concat(Phrases("smart.words.dateLeads")).OrderByDescending(w => w.Length)];
        TitleWords = texts.KeysStartingWith("careers.role.").Where(k => k.EndsWith(".names", StringComparison.Ordinal)).Append("careers.level")
            .SelectMany(k => List(k)).SelectMany(CareerVocabulary.Words).Where(w => w.All(char.IsLetter)).ToHashSet(StringComparer.Ordinal);
        Acronyms = List("smart.words.acronyms").Select(a => a.Trim()).Where(a => a.Length > 0)
            .DistinctBy(a => a.ToLowerInvariant()).ToDictionary(a => a.ToLowerInvariant(), a => a, StringComparer.Ordinal);
        ShortForms = List("smart.words.shortForms").Select(e => e.Split(':', 2)).Where(e => e.Length == 2)
            .ToDictionary(e => e[0].Trim().ToLowerInvariant(), e => e[1].Trim(), StringComparer.Ordinal);
        SkillSpellings = Careers.Skills.Select(sk => sk.Name).Where(n => n.All(char.IsLetter) && n.Any(char.IsUpper))
            .DistinctBy(n => n.ToLowerInvariant()).ToDictionary(n => n.ToLowerInvariant(), n => n, StringComparer.Ordinal);
        GrowthFrames = Phrases("smart.words.growthFrames");
        QuestionWords = Set("smart.words.questionWords");
        QuestionAuxiliaries = Set("smart.words.questionAuxiliaries");
        OtherLanguage = new HashSet<string>(List("smart.words.otherLanguage").Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        Verbs = Set("smart.words.verbs");
        NounVerbs = texts.KeysStartingWith("smart.words.nounVerb.")
            .SelectMany(k => List(k).Select(noun => (Noun: CareerVocabulary.Words(noun), Verb: k["smart.words.nounVerb.".Length..])))
            .Where(e => e.Noun.Length > 0)
            .OrderByDescending(e => e.Noun.Length)
            .ToList();
        SalaryMeasure = texts.Contains("smart.words.salaryMeasure") ? texts.Get("smart.words.salaryMeasure", locale) : null;
        FallbackVerb = texts.Contains("smart.words.fallbackVerb") ? texts.Get("smart.words.fallbackVerb", locale) : "reach";
        TemplateTriggers = texts.KeysStartingWith("plans.match.")
            .ToDictionary(k => k["plans.match.".Length..], k => List(k).Select(p => p.ToLowerInvariant()).ToArray(), StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<TextCatalog, ConcurrentDictionary<string, GoalVocabulary>> Cache = new();

    /// <summary>The days (month, day) no plan step is due on besides weekends (dates.holidays: "12-25; 01-01").</summary>
    public IReadOnlySet<(int Month, int Day)> Holidays { get; }

    private static (int, int)? ParseMonthDay(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var m)
            && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var d) && m is >= 1 and <= 12 && d is >= 1 and <= 31
            ? (m, d) : null;
    }

    /// <summary>The vocabulary of a catalog in a locale, built once and kept as long as the catalog lives.</summary>
    public static GoalVocabulary From(TextCatalog texts, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var perLocale = Cache.GetValue(texts, static _ => new ConcurrentDictionary<string, GoalVocabulary>(StringComparer.OrdinalIgnoreCase));
        return perLocale.GetOrAdd(locale ?? TextCatalog.DefaultLocale, l => new GoalVocabulary(texts, l));
    }

    private static readonly Lazy<GoalVocabulary> DefaultVocabulary = new(() => From(TextCatalog.Load(FindDialogs())));

    /// <summary>
    /// The en-US vocabulary of the dialogs/ folder beside the binaries (where the host ships it), or of the nearest
    /// dialogs/ folder above them (test and benchmark runs). For callers that have no catalog at hand; dialogs pass
    /// <see cref="From"/> of their own catalog in <see cref="SmartInput.Vocabulary"/>.
    /// </summary>
    public static GoalVocabulary Default => DefaultVocabulary.Value;

    private static string FindDialogs()
    {
        if (File.Exists(Path.Combine(TextCatalog.DefaultDirectory, "en-US", "careers.yaml"))) return TextCatalog.DefaultDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, "en-US", "careers.yaml"))) return candidate;
        }
        throw new DirectoryNotFoundException("No dialogs/en-US/careers.yaml beside or above " + AppContext.BaseDirectory);
    }

    /// <summary>True for a verb the rules know (base form), as the statements and steps start with one.</summary>
    public bool IsVerb(string word) => Verbs.Contains(word.ToLowerInvariant());

    /// <summary>Skill names that are verbs too ("excel"), and the words after them that make them the verb ("at", "in").</summary>
    internal HashSet<string> VerbSkills { get; }

    internal HashSet<string> VerbSkillFollowers { get; }

    /// <summary>"excel at my job", "excel in my role": the word is the verb here, not the tool, so it is neither capitalized nor a skill to learn.</summary>
    public bool StartsWithVerbUse(string phrase) => IsVerbUse(GoalWords.Split(phrase), 0);

    internal bool IsVerbUse(IReadOnlyList<GoalWord> words, int at) =>
        at < words.Count && VerbSkills.Contains(words[at].Text) && (at + 1 == words.Count ? at > 0 && words[at - 1].Text is "to" or "will" : VerbSkillFollowers.Contains(words[at + 1].Text));

    /// <summary>Where a phrase of the list starts at word <paramref name="at"/>: its length in words, or 0.</summary>
    internal static int MatchAt(IReadOnlyList<GoalWord> words, int at, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases) // longest first
        {
            if (at + phrase.Length > words.Count) continue;
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++) all = words[at + j].Text == phrase[j];
            if (all) return phrase.Length;
        }
        return 0;
    }

    /// <summary>"because i want more money": a message that opens as a reason why the goal matters.</summary>
    internal bool OpensAsAReason(string text) => MatchAt(GoalWords.Split(text), 0, ReasonOpeners) > 0;

    /// <summary>A short answer of words only that reads as a why: a reason opener, or a why lead ("more impact"); eight words at most.</summary>
    internal bool ReadsAsAShortWhy(string text)
    {
        var words = GoalWords.Split(text);
        return words.Count is > 0 and <= 8 && !words.Any(w => w.IsNumber) && (MatchAt(words, 0, ReasonOpeners) > 0 || MatchAt(words, 0, WhyLeads) > 0);
    }

    /// <summary>True when the text opens as a finish line ("when i get an offer", "i'll know it's done when ...") or is
    /// one of the days a goal is reached, alone ("get an offer").</summary>
    internal bool OpensAsAFinishLine(string text)
    {
        var words = GoalWords.Split(text);
        return MatchAt(words, 0, MeasureLeads) > 0 || MatchAt(words, 0, FinishLineStarts) > 0
            || words.Count > 0 && MatchAt(words, 0, FinishLineEvents) == words.Count;
    }

    /// <summary>The finish line without its lead-in: "i will know when i have an offer" is "i have an offer"; other text as it is.</summary>
    internal string FinishLineOf(string text)
    {
        var words = GoalWords.Split(text);
        var lead = MatchAt(words, 0, MeasureLeads);
        return lead > 0 && lead < words.Count ? text[words[lead].Start..].Trim() : text;
    }

    /// <summary>True when the words are exactly one phrase of the list.</summary>
    internal static bool IsExactly(IReadOnlyList<GoalWord> words, IReadOnlyList<string[]> phrases) =>
        words.Count > 0 && phrases.Any(p => p.Length == words.Count && MatchAt(words, 0, [p]) == p.Length);
}
