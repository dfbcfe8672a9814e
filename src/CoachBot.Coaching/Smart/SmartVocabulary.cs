using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// The word tables behind the SMART rules, read from dialogs/&lt;locale&gt;/smartwords.yaml (<see cref="SmartWordsTexts"/>;
/// roles, skills and fields are in careers.yaml, hedges, greetings, wishes and verbs in smart.yaml: <see cref="GoalVocabulary"/>).
/// Patterns are matched word by word with typos allowed by length (<see cref="GoalWords.Matches"/>): "word*" is a prefix,
/// "?" any one word. Data, not code, so a coach can read what counts as vague or concrete and add to it. Built once per
/// catalog and locale (<see cref="GoalVocabulary.Smart"/>); an empty list fails with its key named.
/// </summary>
public sealed class SmartVocabulary
{
    /// <summary>Words that carry no outcome: fillers, pronouns, the wish itself, deadline connectors.</summary>
    public HashSet<string> StopWords { get; }

    /// <summary>Words of a rate inside a measure ("one course per semester"): the counted words never end on one.</summary>
    public HashSet<string> RateWords { get; }

    /// <summary>Frames that make even a named skill a direction ("get better at public speaking"), at the start of the outcome.</summary>
    public string[] VagueFrames { get; }

    /// <summary>Outcomes that name a direction, not a result.</summary>
    public string[] VaguePhrases { get; }

    /// <summary>Credentials: observable by definition (you hold it or you don't).</summary>
    public string[] CertificationWords { get; }

    /// <summary>Concrete actions with an object ("run a project", "land a job as", "publish", "mentor").</summary>
    public string[] ConcreteActions { get; }

    /// <summary>Observable finish lines: you can tell the day it happened.</summary>
    public string[] FinishLines { get; }

    /// <summary>Verbs that, with a few words after them, make an outcome someone could do and check.</summary>
    public string[] ActionVerbs { get; }

    /// <summary>Words that make a role vague again ("a better manager" is a direction, not a title).</summary>
    public HashSet<string> VagueQualifiers { get; }

    /// <summary>Words too common to show that a goal and a vision share a direction.</summary>
    public HashSet<string> GenericWords { get; }

    /// <summary>
    /// What a stated value means in goal words, in the order written: a value is read through the keys ("Advancement"
    /// is growth), then a goal serves it when one of its words matches the concept's goal words.
    /// </summary>
    public ValueConcept[] ValueConcepts { get; }

    /// <summary>The words before "like" that keep it a verb or a comparison ("i'd like", "feels like", "roles like"), not a filler.</summary>
    public HashSet<string> KeepsLike { get; }

    /// <summary>Small English words that show a message is English even with a few words of another language in it.</summary>
    public HashSet<string> EnglishFunctionWords { get; }

    /// <summary>The words after "id" that make it "I'd" ("id like", "id love").</summary>
    public HashSet<string> IdBefore { get; }

    /// <summary>Words that name the steps of a goal ("milestone*", "steps"): before a colon they mark milestones; alone they are a label (GoalStructure).</summary>
    public string[] StepWords { get; }

    /// <summary>Words that join a next clause when a verb follows ("and", "then", "afterwards") (GoalStructure).</summary>
    public HashSet<string> ClauseJoiners { get; }

    /// <summary>Words that open a clause saying why ("because", "so", "cuz") (GoalStructure).</summary>
    public HashSet<string> ClauseReasonStarts { get; }

    /// <summary>Words that, with a label or a date, say nothing to do ("first", "ideally", "latest") (GoalStructure).</summary>
    public HashSet<string> ClauseLabelWords { get; }

    /// <summary>A word of <see cref="StepWords"/>: "milestones" for "milestone*", "step" for "step".</summary>
    public bool IsStepWord(string word)
    {
        foreach (var w in StepWords)
            if (w.EndsWith('*') ? word.AsSpan().StartsWith(w.AsSpan(0, w.Length - 1), StringComparison.Ordinal) : word == w) return true;
        return false;
    }

    /// <summary>Typed shorthand spelled out wherever it is written ("gonna" -> "going to", "im" -> "I'm") (GoalText).</summary>
    public IReadOnlyDictionary<string, string> TypedShortForms { get; }

    /// <summary>Typed shorthand spelled out only before a word, not a number ("ill do it" -> "I'll do it"; "ill 3 days" stays) (GoalText).</summary>
    public IReadOnlyDictionary<string, string> TypedShortFormsBeforeAWord { get; }

    /// <summary>Typed shorthand spelled out only before a word of <see cref="IdBefore"/> ("id like" -> "I'd like") (GoalText).</summary>
    public IReadOnlyDictionary<string, string> TypedShortFormsBeforeIdBefore { get; }

    /// <summary>Words after a question word that make the sentence a question ("what about a promotion") (GoalText).</summary>
    public HashSet<string> QuestionWordTails { get; }

    /// <summary>Hedges that are a filler only after words other than <see cref="KeepsLike"/> ("like" in "it's like hard", not "i'd like") (GoalText).</summary>
    public HashSet<string> FillersOnlyAlone { get; }

    /// <summary>The words after a question's auxiliary that make it a question ("can you", "should i", "is it").</summary>
    public HashSet<string> QuestionSubjects { get; }

    /// <summary>The keyboard's letter rows: four keys along one are typed, not written ("asdf").</summary>
    public string[] KeyboardRows { get; }

    /// <summary>Verbs of learning ("learn", "master", "brush up"): before a named skill, the skill is what the goal names.</summary>
    public HashSet<string> LearningVerbs { get; }

    /// <summary>Words before "my"/"the" that make a role the audience of the goal ("to the VP", "ask my lead"), not the role wanted.</summary>
    public HashSet<string> AudiencePrepositions { get; }

    /// <summary>The words right before such a role ("the", "my").</summary>
    public HashSet<string> AudienceDeterminers { get; }

    /// <summary>The endings a word's stem leaves off, tried in the order written ("ships" before "ship" before "s").</summary>
    public string[] StemEndings { get; }

    /// <summary>Past verbs after "I" that make a date part of the person's story ("I got laid off in October"), not a deadline.</summary>
    public HashSet<string> PastVerbs { get; }

    /// <summary>Words joining two months into a span ("July and August", "May-June"), tried in the order written.</summary>
    public string[] RangeJoiners { get; }

    /// <summary>Words before an amount of time that make it a deadline ("in 3 months", "within a year").</summary>
    public HashSet<string> DurationLeads { get; }

    /// <summary>Words after an amount of time that make it a deadline ("3 months from now", "a year out").</summary>
    public HashSet<string> DurationTails { get; }

    /// <summary>Words where a phrase of the outcome stops ("promoted to senior manager by june" stops at "by").</summary>
    public HashSet<string> PhraseStops { get; }

    /// <summary>Words before a number that make it a level or a name ("CFA level 1", "step 3"), not a measure (GoalReading).</summary>
    public HashSet<string> NumberLabels { get; }

    /// <summary>Words before a number that make it an age ("I'm 34", "i am 40"), not a measure, each split into its words (GoalReading).</summary>
    public string[][] AgeLeads { get; }

    /// <summary>Who a past verb is said of to make a date part of the person's story ("I got laid off in October") (GoalReading).</summary>
    public HashSet<string> StorySubjects { get; }

    /// <summary>Words that make a month alone end the month before ("before June" is done by the end of May) (GoalReading).</summary>
    public string[] BeforeMonthLeads { get; }

    /// <summary>Words opening or right before a date that make it when something starts ("after 3 years", "from February") (GoalReading).</summary>
    public string[] StartLeads { get; }

    /// <summary>Words inside such a date that say where it ends, so it is a span, not a start ("from February to June") (GoalReading).</summary>
    public string[] SpanEnds { get; }

    /// <summary>Articles that count one before a unit of time ("a year", GoalReading) or name a role ("be a manager", SmartAnalyzer).</summary>
    public HashSet<string> IndefiniteArticles { get; }

    /// <summary>Verbs said back another way before a role with an article, by the word written ("be" -> "become") (SmartAnalyzer).</summary>
    public IReadOnlyDictionary<string, string> RoleVerbsSaid { get; }

    /// <summary>Verbs that make holding a named title a finish line ("become a team lead") (SmartAnalyzer).</summary>
    public string[] TitleVerbs { get; }

    /// <summary>Phrases that make an amount of time a date counted from now ("3 months from now", "a year ago") (GoalReading).</summary>
    public string[] RelativeTails { get; }

    /// <summary>What stands between a date and a number that is another length of time ("within a year or two") (GoalReading).</summary>
    public string[] DateAlternativeJoiners { get; }

    /// <summary>Words before a number of years that make it how long something lasted ("for 8 years"), with lastedUnits after it (GoalReading).</summary>
    public HashSet<string> LastedLeads { get; }

    /// <summary>Units after such a number ("after 5 years at home") (GoalReading).</summary>
    public HashSet<string> LastedUnits { get; }

    /// <summary>Words before a quarter ("by Q3") that keep it a deadline (GoalReading).</summary>
    public HashSet<string> QuarterDeadlineLeads { get; }

    /// <summary>Words after a quarter that keep it a deadline; any other word makes it a noun ("Q3 planning") (GoalReading).</summary>
    public HashSet<string> QuarterFollowers { get; }

    /// <summary>Words between "I" + a past verb and a date that make the date a deadline again ("I quit but want a job by June") (GoalReading).</summary>
    public HashSet<string> StoryBreakers { get; }

    /// <summary>Units of an amount of time, without a final "s" ("3 months", "a year") (GoalReading).</summary>
    public HashSet<string> TimeUnits { get; }

    /// <summary>Words cut from the end of a phrase: they add nothing and read cut off ("pass the" -&gt; "pass") (GoalReading.Phrase).</summary>
    public HashSet<string> PhraseTrims { get; }

    /// <summary>Counts written as words, cut from the end of a phrase like a number ("of our three") (GoalReading.Phrase).</summary>
    public HashSet<string> CountWords { get; }

    /// <summary>An answer that is only a reason ("because ...", "cuz ...", "so that ..."), after fillers ("well, honestly"): reasonFillers and reasonOpeners.</summary>
    public System.Text.RegularExpressions.Regex ReasonOnly { get; }

    /// <summary>A reason in the goal's own words ("... because I value growth", "... so that I can lead") and the rest of its sentence: reasonClauses, "#" a number.</summary>
    public System.Text.RegularExpressions.Regex ReasonClause { get; }

    /// <summary>Words that move into a field ("switch to", "get into", "work in"): with a field named, a career change (SmartAnalyzer).</summary>
    public string[] FieldMoves { get; }

    /// <summary>Words that say where a field move starts ("from teaching", "leave banking"): they make it specific (SmartAnalyzer).</summary>
    public string[] FieldLeaves { get; }

    /// <summary>Articles skipped before the role or field a career change names ("change careers to a UX role") (SmartAnalyzer).</summary>
    public HashSet<string> Articles { get; }

    /// <summary>Words kept before a credential though they carry no outcome ("get the PMP"): the verb phrase reaches back over them (SmartAnalyzer).</summary>
    public HashSet<string> CredentialLeads { get; }

    /// <summary>Words cut from the front of a credential phrase ("the CPA exam" -> "CPA exam") (SmartAnalyzer).</summary>
    public HashSet<string> CredentialTrims { get; }

    /// <summary>Words that make a goal with no role a direction ("a better leader", "a more confident speaker") (GoalClassifier).</summary>
    public string[] DirectionQualifiers { get; }

    /// <summary>Words that make a goal that meets people a career change instead ("get into", "switch careers") (GoalClassifier).</summary>
    public string[] CareerChangeWords { get; }

    /// <summary>Words that aim at a role ("become", "step into", "make") (GoalClassifier).</summary>
    public string[] BecomeWords { get; }

    /// <summary>Words that move from a field ("switch from", "go from") (GoalClassifier).</summary>
    public string[] MoveFromWords { get; }

    /// <summary>Words that grow a named skill ("get better at", "brush up", "fluent") (GoalClassifier).</summary>
    public string[] SkillGrowthWords { get; }

    /// <summary>Words that show a certificate has an exam ("pass", "PMP", "certified") (GoalClassifier).</summary>
    public string[] ExamWords { get; }

    /// <summary>Words right before the role aimed at ("to", "as", "become") (GoalClassifier).</summary>
    public string[] RoleAimLeads { get; }

    /// <summary>Phrases after which the role aimed at is written ("hired as", "promoted to") (GoalClassifier).</summary>
    public string[] RoleTriggers { get; }

    /// <summary>Words a credential is named before ("the PMP exam", "a nursing license") (GoalClassifier).</summary>
    public string[] CredentialAnchors { get; }

    /// <summary>Phrases after which a credential is named ("certified in", "license in") (GoalClassifier).</summary>
    public string[] CredentialTriggers { get; }

    /// <summary>Credentials known by their letters ("PMP", "CPA") (GoalClassifier).</summary>
    public string[] CredentialNames { get; }

    /// <summary>Phrases after which the skill is named ("learn to", "fluent in") (GoalClassifier).</summary>
    public string[] SkillTriggers { get; }

    /// <summary>Words a field is named before ("the energy sector") (GoalClassifier).</summary>
    public string[] FieldAnchors { get; }

    /// <summary>Words a course is named before ("a finance course", "the data bootcamp") (GoalClassifier).</summary>
    public string[] CourseAnchors { get; }

    /// <summary>Verbs that finish studies under way ("finish", "complete", "graduate") (GoalClassifier.IsFinishingStudies).</summary>
    public string[] FinishStudyVerbs { get; }

    /// <summary>Studies already under way ("my degree", "my thesis", "uni") (GoalClassifier.IsFinishingStudies).</summary>
    public string[] StudiesUnderWay { get; }

    /// <summary>Words that start studies instead of finishing them ("enroll", "apply to") (GoalClassifier.IsFinishingStudies).</summary>
    public string[] StudyStarts { get; }

    /// <summary>Possessives that name the person's own course ("my MBA" -> "your MBA") (GoalClassifier).</summary>
    public HashSet<string> OwnDeterminers { get; }

    /// <summary>Words of a talk ("talk*", "keynote", "webinar"): a speaking goal rather than a writing one (GoalClassifier.IsTalk).</summary>
    public string[] TalkWords { get; }

    /// <summary>Words of writing ("publish*", "article*", "book"): with one of these a goal is no talk (GoalClassifier.IsTalk).</summary>
    public string[] WritingWords { get; }

    /// <summary>The noun a certificate is named before ("a teaching certificate"), kept in the credential's name (GoalClassifier).</summary>
    public string[] CertificateNouns { get; }

    /// <summary>Starts of a title a level above the one held ("senior", "head"): becoming one is a promotion (GoalClassifier).</summary>
    public string[] LevelUpStarts { get; }

    private SmartVocabulary(TextCatalog texts, string? locale)
    {
        string[] List(string key)
        {
            if (!texts.Contains(key)) throw new InvalidDataException($"dialogs: '{key}' is missing.");
            var items = texts.Get(key, locale).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one word.");
            return items;
        }
        HashSet<string> Set(string key) => new(List(key), StringComparer.Ordinal);

        StopWords = Set(SmartWordsTexts.StopWords);
        RateWords = Set(SmartWordsTexts.RateWords);
        VagueFrames = List(SmartWordsTexts.VagueFrames);
        VaguePhrases = List(SmartWordsTexts.VaguePhrases);
        CertificationWords = List(SmartWordsTexts.CertificationWords);
        ConcreteActions = List(SmartWordsTexts.ConcreteActions);
        FinishLines = List(SmartWordsTexts.FinishLines);
        ActionVerbs = List(SmartWordsTexts.ActionVerbs);
        VagueQualifiers = Set(SmartWordsTexts.VagueQualifiers);
        GenericWords = Set(SmartWordsTexts.GenericWords);
        KeepsLike = Set(SmartWordsTexts.KeepsLike);
        StemEndings = List(SmartWordsTexts.StemEndings);
        LearningVerbs = Set(SmartWordsTexts.LearningVerbs);
        AudiencePrepositions = Set(SmartWordsTexts.AudiencePrepositions);
        AudienceDeterminers = Set(SmartWordsTexts.AudienceDeterminers);
        IdBefore = Set(SmartWordsTexts.IdBefore);
        StepWords = List(SmartWordsTexts.StepWords);
        ClauseLabelWords = Set(SmartWordsTexts.ClauseLabelWords);
        ClauseJoiners = Set(SmartWordsTexts.ClauseJoiners);
        ClauseReasonStarts = Set(SmartWordsTexts.ClauseReasonStarts);
        IReadOnlyDictionary<string, string> Pairs(string key) => List(key).Select(e => e.Split(':', 2, StringSplitOptions.TrimEntries))
            .Select(e => e.Length == 2 && e[0].Length > 0 && e[1].Length > 0 ? (Written: e[0], Said: e[1])
                : throw new InvalidDataException($"dialogs: '{key}' item '{string.Join(':', e)}' must read \"written: said\"."))
            .ToDictionary(e => e.Written, e => e.Said, StringComparer.Ordinal);
        TypedShortForms = Pairs(SmartWordsTexts.TypedShortForms);
        TypedShortFormsBeforeAWord = Pairs(SmartWordsTexts.TypedShortFormsBeforeAWord);
        TypedShortFormsBeforeIdBefore = Pairs(SmartWordsTexts.TypedShortFormsBeforeIdBefore);
        QuestionWordTails = Set(SmartWordsTexts.QuestionWordTails);
        FillersOnlyAlone = Set(SmartWordsTexts.FillersOnlyAlone);
        QuestionSubjects = Set(SmartWordsTexts.QuestionSubjects);
        KeyboardRows = List(SmartWordsTexts.KeyboardRows);
        EnglishFunctionWords = Set(SmartWordsTexts.EnglishFunctionWords);
        PastVerbs = Set(SmartWordsTexts.PastVerbs);
        RangeJoiners = List(SmartWordsTexts.RangeJoiners);
        DurationLeads = Set(SmartWordsTexts.DurationLeads);
        DurationTails = Set(SmartWordsTexts.DurationTails);
        PhraseStops = Set(SmartWordsTexts.PhraseStops);
        OwnDeterminers = Set(SmartWordsTexts.OwnDeterminers);
        TalkWords = List(SmartWordsTexts.TalkWords);
        WritingWords = List(SmartWordsTexts.WritingWords);
        CertificateNouns = List(SmartWordsTexts.CertificateNouns);
        LevelUpStarts = List(SmartWordsTexts.LevelUpStarts);
        FinishStudyVerbs = List(SmartWordsTexts.FinishStudyVerbs);
        StudiesUnderWay = List(SmartWordsTexts.StudiesUnderWay);
        StudyStarts = List(SmartWordsTexts.StudyStarts);
        DirectionQualifiers = List(SmartWordsTexts.DirectionQualifiers);
        CareerChangeWords = List(SmartWordsTexts.CareerChangeWords);
        BecomeWords = List(SmartWordsTexts.BecomeWords);
        MoveFromWords = List(SmartWordsTexts.MoveFromWords);
        SkillGrowthWords = List(SmartWordsTexts.SkillGrowthWords);
        ExamWords = List(SmartWordsTexts.ExamWords);
        RoleAimLeads = List(SmartWordsTexts.RoleAimLeads);
        RoleTriggers = List(SmartWordsTexts.RoleTriggers);
        CredentialAnchors = List(SmartWordsTexts.CredentialAnchors);
        CredentialTriggers = List(SmartWordsTexts.CredentialTriggers);
        CredentialNames = List(SmartWordsTexts.CredentialNames);
        SkillTriggers = List(SmartWordsTexts.SkillTriggers);
        FieldAnchors = List(SmartWordsTexts.FieldAnchors);
        CourseAnchors = List(SmartWordsTexts.CourseAnchors);
        FieldMoves = List(SmartWordsTexts.FieldMoves);
        FieldLeaves = List(SmartWordsTexts.FieldLeaves);
        Articles = Set(SmartWordsTexts.Articles);
        CredentialLeads = Set(SmartWordsTexts.CredentialLeads);
        CredentialTrims = Set(SmartWordsTexts.CredentialTrims);
        string Any(string key) => "(?:" + string.Join('|', List(key).OrderByDescending(i => i.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + ")";
        ReasonOnly = new System.Text.RegularExpressions.Regex($@"^(?:{Any(SmartWordsTexts.ReasonFillers)}[, ]+)*{Any(SmartWordsTexts.ReasonOpeners)}\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var clauses = "(?:" + string.Join('|', List(SmartWordsTexts.ReasonClauses).OrderByDescending(i => i.Length)
            .Select(p => System.Text.RegularExpressions.Regex.Escape(p).Replace("\\#", @"\d+", StringComparison.Ordinal).Replace("#", @"\d+", StringComparison.Ordinal))) + ")";
        ReasonClause = new System.Text.RegularExpressions.Regex($@"\b{clauses}\b[^.;!?]{{2,}}", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        NumberLabels = Set(SmartWordsTexts.NumberLabels);
        AgeLeads = [.. List(SmartWordsTexts.AgeLeads).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        StorySubjects = Set(SmartWordsTexts.StorySubjects);
        BeforeMonthLeads = List(SmartWordsTexts.BeforeMonthLeads);
        StartLeads = List(SmartWordsTexts.StartLeads);
        SpanEnds = List(SmartWordsTexts.SpanEnds);
        IndefiniteArticles = Set(SmartWordsTexts.IndefiniteArticles);
        RoleVerbsSaid = Pairs(SmartWordsTexts.RoleVerbsSaid);
        TitleVerbs = List(SmartWordsTexts.TitleVerbs);
        RelativeTails = List(SmartWordsTexts.RelativeTails);
        DateAlternativeJoiners = List(SmartWordsTexts.DateAlternativeJoiners);
        LastedLeads = Set(SmartWordsTexts.LastedLeads);
        LastedUnits = Set(SmartWordsTexts.LastedUnits);
        QuarterDeadlineLeads = Set(SmartWordsTexts.QuarterDeadlineLeads);
        QuarterFollowers = Set(SmartWordsTexts.QuarterFollowers);
        StoryBreakers = Set(SmartWordsTexts.StoryBreakers);
        TimeUnits = Set(SmartWordsTexts.TimeUnits);
        PhraseTrims = Set(SmartWordsTexts.PhraseTrims);
        CountWords = Set(SmartWordsTexts.CountWords);
        ValueConcepts = [.. List(SmartWordsTexts.Values).Select(name =>
            new ValueConcept(name, List(SmartWordsTexts.ValueKeys(name)), List(SmartWordsTexts.ValueGoalWords(name))))];
    }

    private static readonly ConditionalWeakTable<TextCatalog, ConcurrentDictionary<string, SmartVocabulary>> Cache = new();

    /// <summary>Reads the tables of <paramref name="texts"/> and installs those that callers use without a catalog (word stems); start-up calls it.</summary>
    public static void Install(TextCatalog texts)
    {
        From(texts);
        GoalWords.UseEndingsOf(texts);
    }

    /// <summary>The tables of a catalog in a locale, built once and kept as long as the catalog lives; a bad list throws naming its key.</summary>
    public static SmartVocabulary From(TextCatalog texts, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var perLocale = Cache.GetValue(texts, static _ => new ConcurrentDictionary<string, SmartVocabulary>(StringComparer.OrdinalIgnoreCase));
        return perLocale.GetOrAdd(locale ?? TextCatalog.DefaultLocale, l => new SmartVocabulary(texts, l));
    }
}

/// <summary>A value and the words that show a goal serves it.</summary>
public sealed record ValueConcept(string Name, string[] Keys, string[] GoalWords);

/// <summary>Keys of dialogs/en-US/smartwords.yaml: the word tables of the SMART rules, checked at start-up like every text key.</summary>
[TextKeys]
public static class SmartWordsTexts
{
    public const string StopWords = "smartwords.stopWords";
    public const string RateWords = "smartwords.rateWords";
    public const string VagueFrames = "smartwords.vagueFrames";
    public const string VaguePhrases = "smartwords.vaguePhrases";
    public const string CertificationWords = "smartwords.certificationWords";
    public const string ConcreteActions = "smartwords.concreteActions";
    public const string FinishLines = "smartwords.finishLines";
    public const string ActionVerbs = "smartwords.actionVerbs";
    public const string VagueQualifiers = "smartwords.vagueQualifiers";
    public const string GenericWords = "smartwords.genericWords";
    /// <summary>The values' names in the order they are tried; each has <see cref="ValueKeys"/> and <see cref="ValueGoalWords"/>.</summary>
    public const string KeepsLike = "smartwords.keepsLike";
    public const string StemEndings = "smartwords.stemEndings";
    public const string LearningVerbs = "smartwords.learningVerbs";
    public const string AudiencePrepositions = "smartwords.audiencePrepositions";
    public const string AudienceDeterminers = "smartwords.audienceDeterminers";
    public const string IdBefore = "smartwords.idBefore";
    public const string StepWords = "smartwords.stepWords";
    public const string ClauseLabelWords = "smartwords.clauseLabelWords";
    public const string ClauseJoiners = "smartwords.clauseJoiners";
    public const string ClauseReasonStarts = "smartwords.clauseReasonStarts";
    public const string TypedShortForms = "smartwords.typedShortForms";
    public const string TypedShortFormsBeforeAWord = "smartwords.typedShortFormsBeforeAWord";
    public const string TypedShortFormsBeforeIdBefore = "smartwords.typedShortFormsBeforeIdBefore";
    public const string QuestionWordTails = "smartwords.questionWordTails";
    public const string FillersOnlyAlone = "smartwords.fillersOnlyAlone";
    public const string QuestionSubjects = "smartwords.questionSubjects";
    public const string KeyboardRows = "smartwords.keyboardRows";
    public const string EnglishFunctionWords = "smartwords.englishFunctionWords";
    public const string PastVerbs = "smartwords.pastVerbs";
    public const string RangeJoiners = "smartwords.rangeJoiners";
    public const string DurationLeads = "smartwords.durationLeads";
    public const string DurationTails = "smartwords.durationTails";
    public const string PhraseStops = "smartwords.phraseStops";
    public const string NumberLabels = "smartwords.numberLabels";
    public const string AgeLeads = "smartwords.ageLeads";
    public const string StorySubjects = "smartwords.storySubjects";
    public const string BeforeMonthLeads = "smartwords.beforeMonthLeads";
    public const string StartLeads = "smartwords.startLeads";
    public const string SpanEnds = "smartwords.spanEnds";
    public const string IndefiniteArticles = "smartwords.indefiniteArticles";
    public const string RoleVerbsSaid = "smartwords.roleVerbsSaid";
    public const string TitleVerbs = "smartwords.titleVerbs";
    public const string RelativeTails = "smartwords.relativeTails";
    public const string DateAlternativeJoiners = "smartwords.dateAlternativeJoiners";
    public const string LastedLeads = "smartwords.lastedLeads";
    public const string LastedUnits = "smartwords.lastedUnits";
    public const string QuarterDeadlineLeads = "smartwords.quarterDeadlineLeads";
    public const string QuarterFollowers = "smartwords.quarterFollowers";
    public const string StoryBreakers = "smartwords.storyBreakers";
    public const string TimeUnits = "smartwords.timeUnits";
    public const string PhraseTrims = "smartwords.phraseTrims";
    public const string CountWords = "smartwords.countWords";
    public const string ReasonFillers = "smartwords.reasonFillers";
    public const string ReasonOpeners = "smartwords.reasonOpeners";
    public const string FieldMoves = "smartwords.fieldMoves";
    public const string FieldLeaves = "smartwords.fieldLeaves";
    public const string Articles = "smartwords.articles";
    public const string CredentialLeads = "smartwords.credentialLeads";
    public const string CredentialTrims = "smartwords.credentialTrims";
    public const string ReasonClauses = "smartwords.reasonClauses";
    public const string DirectionQualifiers = "smartwords.directionQualifiers";
    public const string CareerChangeWords = "smartwords.careerChangeWords";
    public const string BecomeWords = "smartwords.becomeWords";
    public const string MoveFromWords = "smartwords.moveFromWords";
    public const string SkillGrowthWords = "smartwords.skillGrowthWords";
    public const string ExamWords = "smartwords.examWords";
    public const string RoleAimLeads = "smartwords.roleAimLeads";
    public const string RoleTriggers = "smartwords.roleTriggers";
    public const string CredentialAnchors = "smartwords.credentialAnchors";
    public const string CredentialTriggers = "smartwords.credentialTriggers";
    public const string CredentialNames = "smartwords.credentialNames";
    public const string SkillTriggers = "smartwords.skillTriggers";
    public const string FieldAnchors = "smartwords.fieldAnchors";
    public const string CourseAnchors = "smartwords.courseAnchors";
    public const string FinishStudyVerbs = "smartwords.finishStudyVerbs";
    public const string StudiesUnderWay = "smartwords.studiesUnderWay";
    public const string StudyStarts = "smartwords.studyStarts";
    public const string OwnDeterminers = "smartwords.ownDeterminers";
    public const string TalkWords = "smartwords.talkWords";
    public const string WritingWords = "smartwords.writingWords";
    public const string CertificateNouns = "smartwords.certificateNouns";
    public const string LevelUpStarts = "smartwords.levelUpStarts";
    public const string Values = "smartwords.values";
    public const string CareerJobNouns = "smartwords.careerJobNouns";
    public const string CareerOfTitleHeads = "smartwords.careerOfTitleHeads";
    public const string CareerTitleOf = "smartwords.careerTitleOf";
    public const string CareerNotATitleWords = "smartwords.careerNotATitleWords";
    public const string ConsonantSoundingVowelStarts = "smartwords.consonantSoundingVowelStarts";
    public const string VowelSoundingConsonantStarts = "smartwords.vowelSoundingConsonantStarts";

    public static string ValueKeys(string value) => $"smartwords.value.{value}.keys";
    public static string ValueGoalWords(string value) => $"smartwords.value.{value}.goalWords";
}
