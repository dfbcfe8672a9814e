using System.Text.RegularExpressions;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>A StrengthsFinder theme: the name as the coach writes it, the spellings people use, the careers.yaml skills it leans on.</summary>
public sealed record OutsideTheme(string Name, IReadOnlyList<string> Names, IReadOnlyList<string> SkillKeys);

/// <summary>A worry or a constraint (assessment.constraints.&lt;key&gt;): its words, and the value key (assessment.values) it points to.</summary>
public sealed record LifeConstraint(string Key, PhraseSet Words, string ValueKey);

/// <summary>
/// The words the self-assessment listens with (assessment.listen.*, .themes.*, .typeLeans.*, .fieldRoles.*,
/// .tension.* in dialogs/), read once, plus the role and skill vocabulary of careers.yaml.
/// </summary>
public sealed class AssessmentWords
{
    public CareerVocabulary Careers { get; }
    public IReadOnlyList<string> LeadIns { get; }
    public IReadOnlyList<string> Tails { get; }

    /// <summary>Lead-in endings that say what the strength is ("good with"), and how they are kept before a thing ("being good with"), longest first.</summary>
    public IReadOnlyList<(string Ending, string Kept)> KeptLeads { get; }

    /// <summary>How a word naming an activity ends ("talking"): after a kept lead-in it stands alone.</summary>
    public string ActivityEnding { get; }

    /// <summary>How people name a role they had ("i used to be", "i worked as"), longest first.</summary>
    public IReadOnlyList<string> PastRoles { get; }

    /// <summary>The words a list item that only says when is made of ("15 years ago"), and those that make it a time.</summary>
    public ISet<string> TimeItem { get; }
    public ISet<string> TimeUnits { get; }
    public IReadOnlyList<(Regex Word, string With)> Swaps { get; }
    public PhraseSet FearCues { get; }

    /// <summary>Items that only say how the item before feels ("its terrifying"): never an item of their own.</summary>
    public ISet<string> OnlyFeeling { get; }
    public ISet<string> AroundTime { get; }
    /// <summary>The words that, right after hours said first, start the story of the week around them ("when the kids ...").</summary>
    public PhraseSet AfterTime { get; }
    public PhraseSet Unsure { get; }

    /// <summary>Words that name a setting ("remote", "small team"), read out of an answer that also names a job.</summary>
    public PhraseSet EnvironmentWords { get; }

    /// <summary>Words that make a job an aim ("i want an admin assistant job"), not the role held.</summary>
    public PhraseSet AimCues { get; }

    /// <summary>Words that make an unrated item a sentence, not a skill's name ("hybrid would be perfect").</summary>
    public PhraseSet NotASkill { get; }
    public PhraseSet FeedbackCues { get; }
    public PhraseSet ThemeCues { get; }
    public IReadOnlyList<OutsideTheme> Themes { get; }
    public IReadOnlyDictionary<char, IReadOnlyList<string>> TypeLeans { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldRoles { get; }

    /// <summary>Value key to the role keys it pulls against; the sentence is assessment.tension.&lt;value&gt;.text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tensions { get; }

    /// <summary>Skill key to the role keys a low rating of it pulls against; the sentence is assessment.skillTension.&lt;skill&gt;.text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SkillTensions { get; }

    private readonly HashSet<string> _firstGoalFor;

    /// <summary>True when dialogs/ has a first goal written for this skill (assessment.insight.firstGoalFor.&lt;skill&gt;).</summary>
    public bool HasFirstGoalFor(string skillKey) => _firstGoalFor.Contains(skillKey);

    /// <summary>Worries and constraints that answer no strength or skill question ("money is tight", "i have kids").</summary>
    public IReadOnlyList<LifeConstraint> Constraints { get; }

    /// <summary>The constraint an answer (or one item of it) states, or null.</summary>
    public LifeConstraint? ConstraintIn(string? text)
    {
        var words = PhraseSet.Words(text);
        return Constraints.FirstOrDefault(c => c.Words.AnyIn(words));
    }

    public AssessmentWords(TextCatalog texts)
    {
        Careers = CareerVocabulary.From(texts);
        IReadOnlyList<string> List(string key) => texts.Contains(key) ? CareerVocabulary.SplitList(texts.Get(key)) : [];
        // Longest first, so "i'm really good at" goes before "good at".
        LeadIns = List("assessment.listen.leadIns").Select(Normalize).OrderByDescending(l => l.Length).ToList();
        Tails = List("assessment.listen.tails").Select(Normalize).OrderByDescending(l => l.Length).ToList();
        KeptLeads = List("assessment.listen.keptLeads").Select(pair => pair.Split('=', 2))
            .Select(p => (Normalize(p[0].Trim()), p.Length > 1 ? p[1].Trim() : "")).OrderByDescending(p => p.Item1.Length).ToList();
        ActivityEnding = texts.Contains("assessment.listen.activityEnding") ? Normalize(texts.Get("assessment.listen.activityEnding").Trim()) : "";
        PastRoles = List("assessment.listen.pastRoles").Select(Normalize).OrderByDescending(l => l.Length).ToList();
        TimeItem = PhraseSet.Words(texts.Get("assessment.listen.timeItem").Replace(';', ' ')).ToHashSet(StringComparer.Ordinal);
        TimeUnits = PhraseSet.Words(texts.Get("assessment.listen.timeUnits").Replace(';', ' ')).ToHashSet(StringComparer.Ordinal);
        FearCues = PhraseSet.Parse(texts.Get("assessment.listen.fearCues"));
        OnlyFeeling = List("assessment.listen.onlyFeeling").Select(f => BotFramework.Recognizers.PhraseKey.Of(f)).ToHashSet(StringComparer.Ordinal);
        AroundTime = PhraseSet.Words(texts.Get("assessment.listen.aroundTime").Replace(';', ' ')).ToHashSet(StringComparer.Ordinal);
        AfterTime = PhraseSet.Parse(texts.Get("assessment.listen.afterTime"));
        Swaps = List("assessment.listen.swaps").Select(s => s.Split('=', 2))
            .Select(p => (new Regex(@"\b" + Regex.Escape(p[0].Trim()) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), p.Length > 1 ? p[1].Trim() : ""))
            .ToList();
        Unsure = PhraseSet.Parse(texts.Get("assessment.listen.unsure"));
        AimCues = PhraseSet.Parse(texts.Get("assessment.listen.aimCues"));
        NotASkill = PhraseSet.Parse(texts.Get("assessment.listen.notASkill"));
        EnvironmentWords = PhraseSet.Parse(texts.Get("assessment.listen.environmentWords"));
        FeedbackCues = PhraseSet.Parse(texts.Get("assessment.listen.feedbackCues"));
        ThemeCues = PhraseSet.Parse(texts.Get("assessment.listen.themeCues"));
        Themes = Entries(texts, "assessment.themes.")
            .Select(key => new OutsideTheme(List($"assessment.themes.{key}.names")[0], List($"assessment.themes.{key}.names"), List($"assessment.themes.{key}.skills")))
            .ToList();
        TypeLeans = texts.KeysStartingWith("assessment.typeLeans.")
            .ToDictionary(k => char.ToUpperInvariant(k["assessment.typeLeans.".Length]), k => List(k));
        FieldRoles = texts.KeysStartingWith("assessment.fieldRoles.")
            .ToDictionary(k => k["assessment.fieldRoles.".Length..], k => List(k), StringComparer.Ordinal);
        Constraints = Entries(texts, "assessment.constraints.")
            .Select(key => new LifeConstraint(key, PhraseSet.Parse(texts.Get($"assessment.constraints.{key}.words")), texts.Get($"assessment.constraints.{key}.value")))
            .ToList();
        SkillTensions = Entries(texts, "assessment.skillTension.")
            .ToDictionary(key => key, key => List($"assessment.skillTension.{key}.roles"), StringComparer.Ordinal);
        _firstGoalFor = texts.KeysStartingWith("assessment.insight.firstGoalFor.").Select(k => k["assessment.insight.firstGoalFor.".Length..])
            .ToHashSet(StringComparer.Ordinal);
        Tensions = Entries(texts, "assessment.tension.")
            .ToDictionary(key => key, key => List($"assessment.tension.{key}.roles"), StringComparer.Ordinal);
    }

    /// <summary>How a lead-in is kept before a thing ("i'm good with" gives "being good with"), or null when it is only dropped.</summary>
    public string? KeptLead(string lead) =>
        KeptLeads.FirstOrDefault(k => lead == k.Ending || lead.EndsWith(" " + k.Ending, StringComparison.Ordinal)) is { Ending.Length: > 0, Kept.Length: > 0 } kept ? kept.Kept : null;

    private static IEnumerable<string> Entries(TextCatalog texts, string prefix) =>
        texts.KeysStartingWith(prefix).Select(k => k[prefix.Length..].Split('.')[0]).Distinct(StringComparer.Ordinal);

    /// <summary>Lower case, curly apostrophes straight, so "I’m" and "i'm" compare equal.</summary>
    public static string Normalize(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant();
}
