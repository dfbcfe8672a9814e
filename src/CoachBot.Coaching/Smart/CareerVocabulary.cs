using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using Humanizer;

namespace CoachBot.Coaching.Smart;

/// <summary>A role people name in goals: its key, how the coach writes it, the skills it needs.</summary>
public sealed record CareerRole(string Key, string Name, IReadOnlyList<string> Names, string? Plural,
    IReadOnlyList<string> SkillKeys, bool Leads, bool Portfolio)
{
    /// <summary>The words that name this role in front of "job" or "role" ("ux" of "a UX job"), from careers.role.&lt;key&gt;.jobs.</summary>
    public IReadOnlyList<string> JobWords { get; init; } = [];

    /// <summary>A role people start in (careers.role.&lt;key&gt;.entry): never suggested as a direction to someone who already has a role.</summary>
    public bool Entry { get; init; }
}

/// <summary>"a UX job": the role a job's words name, and where the words and the job noun stand in the text.</summary>
/// <param name="Start">Where the role's words start ("UX").</param>
/// <param name="End">Where the job noun ends ("job").</param>
/// <param name="Noun">The job noun as written ("job", "role", "position").</param>
public sealed record JobMention(CareerRole Role, int Start, int End, string Noun);

/// <summary>A skill, how the coach writes it and the spellings people use.</summary>
public sealed record CareerSkill(string Key, string Name, IReadOnlyList<string> Names);

/// <summary>An industry or field ("healthcare", "renewable energy").</summary>
public sealed record CareerField(string Key, string Name, IReadOnlyList<string> Names);

/// <summary>A role named in a text, as written with its level words ("junior dev"), and where.</summary>
public sealed record RoleMention(CareerRole Role, string Text, int Start, int End);

/// <summary>
/// The one vocabulary of roles, skills and fields (dialogs/&lt;locale&gt;/careers.yaml), shared by the goal reading, the
/// plan templates and the coaching insights. Matching is word by word: exact, plural, or one typo in a word of eight
/// letters or more ("devloper"); shorter words must be exact, since "managed" is not "manager" (and "confident" is not "confidence").
/// </summary>
public sealed class CareerVocabulary
{
    private readonly Dictionary<string, CareerSkill> _skills;
    private readonly Dictionary<string, IReadOnlyList<string>> _goalSkills;
    private readonly List<(string[] Words, CareerRole Role)> _roleNames;
    private readonly List<(string[] Words, CareerSkill Skill)> _skillNames;
    private readonly List<(string[] Words, CareerField Field)> _fieldNames;
    private readonly HashSet<string> _levels;
    private readonly FirstWordIndex _roleStarts, _skillStarts, _fieldStarts;

    // The names a search tries at one word; one list per thread, as the searches do not nest.
    [ThreadStatic] private static List<int>? t_candidates;

    public IReadOnlyList<CareerRole> Roles { get; }
    public IReadOnlyList<CareerSkill> Skills { get; }
    public IReadOnlyList<CareerField> Fields { get; }

    /// <summary>The skills that travel to any job (the assessment's transferable skills), by key.</summary>
    public IReadOnlyList<string> Transferable { get; }

    private CareerVocabulary(List<CareerRole> roles, List<CareerSkill> skills, List<CareerField> fields, IEnumerable<string> levels,
        IReadOnlyList<string> transferable, Dictionary<string, IReadOnlyList<string>> goalSkills, CareerWords words)
    {
        _words = words;
        Roles = roles;
        Skills = skills;
        Fields = fields;
        Transferable = transferable;
        _goalSkills = goalSkills;
        _skills = skills.ToDictionary(s => s.Key, StringComparer.Ordinal);
        _levels = new HashSet<string>(levels.SelectMany(l => Words(l)), StringComparer.Ordinal);
        _roleNames = Index(roles, r => r.Names);
        _skillNames = Index(skills, s => s.Names);
        _fieldNames = Index(fields, f => f.Names);
        _roleStarts = new FirstWordIndex(_roleNames.ConvertAll(e => e.Words[0]));
        _skillStarts = new FirstWordIndex(_skillNames.ConvertAll(e => e.Words[0]));
        _fieldStarts = new FirstWordIndex(_fieldNames.ConvertAll(e => e.Words[0]));
        _jobWords = Index(roles, r => r.JobWords).OrderByDescending(e => e.Words.Length).ToList();
    }

    private readonly List<(string[] Words, CareerRole Role)> _jobWords;

    /// <summary>A level word of a title ("junior", "senior").</summary>
    public bool IsLevel(string word) => _levels.Contains(word.ToLowerInvariant());

    /// <summary>The words of careers that are not names (smartwords.yaml, <see cref="SmartWordsTexts"/>).</summary>
    private readonly CareerWords _words;

    /// <summary>
    /// The job nouns after a role's job words ("a UX job"), the titles that take "of" ("head of engineering") and the words that end them there ("head of the team"), and the
    /// starts that sound unlike their letter ("a user researcher", "an hourly"): smartwords.career*.
    /// </summary>
    private sealed record CareerWords(HashSet<string> JobNouns, string TitleOf, HashSet<string> OfTitleHeads, HashSet<string> NotATitleWord, string[] ConsonantSoundingVowelStarts, string[] VowelSoundingConsonantStarts);

    private static CareerWords ReadWords(TextCatalog texts, string? locale)
    {
        string[] List(string key)
        {
            if (!texts.Contains(key)) throw new InvalidDataException($"dialogs: '{key}' is missing.");
            var items = SplitList(texts.Get(key, locale)).Select(w => w.ToLowerInvariant()).ToArray();
            if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one word.");
            return items;
        }
        var titleOf = List(SmartWordsTexts.CareerTitleOf) is [var one] ? one : throw new InvalidDataException($"dialogs: '{SmartWordsTexts.CareerTitleOf}' must be one word.");
        return new CareerWords(new(List(SmartWordsTexts.CareerJobNouns), StringComparer.Ordinal), titleOf, new(List(SmartWordsTexts.CareerOfTitleHeads), StringComparer.Ordinal), new(List(SmartWordsTexts.CareerNotATitleWords), StringComparer.Ordinal),
            List(SmartWordsTexts.ConsonantSoundingVowelStarts), List(SmartWordsTexts.VowelSoundingConsonantStarts));
    }

    private HashSet<string> JobNouns => _words.JobNouns;
    private HashSet<string> NotATitleWord => _words.NotATitleWord;

    /// <summary>
    /// "get a UX job", "my first management role": a job named by its field's words, with no role noun, as the role
    /// the vocabulary knows for those words (careers.role.&lt;key&gt;.jobs). Null when no role's job words stand
    /// right before a job noun.
    /// </summary>
    public JobMention? FindJob(string? text)
    {
        var words = GoalWords.Split(text);
        for (var i = 0; i < words.Count; i++)
            foreach (var (names, role) in _jobWords)
            {
                var noun = i + names.Length;
                if (noun >= words.Count || !JobNouns.Contains(words[noun].Text)) continue;
                if (!names.Select((n, k) => words[i + k].Text == n).All(x => x)) continue;
                return new JobMention(role, words[i].Start, words[noun].End, text![words[noun].Start..words[noun].End]);
            }
        return null;
    }

    /// <summary>"ux" in "change careers to ux": the role whose job words stand at word <paramref name="at"/>, with their length in words.</summary>
    internal (CareerRole Role, int Length)? JobWordsAt(IReadOnlyList<GoalWord> words, int at)
    {
        foreach (var (names, role) in _jobWords)
            if (at + names.Length <= words.Count && names.Select((n, k) => words[at + k].Text == n).All(x => x)) return (role, names.Length);
        return null;
    }

    private static List<(string[] Words, T Item)> Index<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> names) =>
        items.SelectMany(item => names(item).Select(n => (Words: Words(n), Item: item)))
            .Where(e => e.Words.Length > 0)
            .OrderByDescending(e => e.Words.Length) // longest first: "engineering manager" before "manager"
            .ToList();

    internal static string[] Words(string phrase) => GoalWords.Split(phrase).Select(w => w.Text).ToArray();

    /// <summary>Reads careers.* from the catalog (the locale's words, falling back to en-US).</summary>
    public static CareerVocabulary From(TextCatalog texts, string? locale = null)
    {
        string? Get(string key) => texts.Contains(key) ? texts.Get(key, locale) : null;
        IReadOnlyList<string> List(string key) => Get(key) is { } v ? SplitList(v) : [];

        var roles = EntryKeys(texts, "careers.role.").Select(key => new CareerRole(
            key,
            List($"careers.role.{key}.names").FirstOrDefault() ?? key,
            List($"careers.role.{key}.names"),
            Get($"careers.role.{key}.plural"),
            List($"careers.role.{key}.skills"),
            Get($"careers.role.{key}.leads") is "yes", // flags of careers.yaml, not words
            Get($"careers.role.{key}.portfolio") is "yes") { JobWords = List($"careers.role.{key}.jobs"), Entry = Get($"careers.role.{key}.entry") is "yes" }).ToList(); // flags of careers.yaml, not words
        var skills = EntryKeys(texts, "careers.skill.").Select(key =>
            new CareerSkill(key, List($"careers.skill.{key}.names").FirstOrDefault() ?? key, List($"careers.skill.{key}.names"))).ToList();
        var fields = EntryKeys(texts, "careers.field.").Select(key =>
            new CareerField(key, List($"careers.field.{key}.names").FirstOrDefault() ?? key, List($"careers.field.{key}.names"))).ToList();
        var goalSkills = texts.KeysStartingWith("careers.goalSkills.")
            .ToDictionary(k => k["careers.goalSkills.".Length..], k => List(k), StringComparer.Ordinal);
        return new CareerVocabulary(roles, skills, fields, List("careers.level"), List("careers.transferable"), goalSkills, ReadWords(texts, locale));
    }

    /// <summary>The entry names under a prefix: "careers.role.uxDesigner.names" gives "uxDesigner".</summary>
    private static IEnumerable<string> EntryKeys(TextCatalog texts, string prefix) =>
        texts.KeysStartingWith(prefix).Select(k => k[prefix.Length..].Split('.')[0]).Distinct(StringComparer.Ordinal);

    internal static IReadOnlyList<string> SplitList(string value) =>
        value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public CareerSkill? Skill(string key) => _skills.GetValueOrDefault(key);

    /// <summary>The skills any goal of a plan template relates to (careers.goalSkills.&lt;template&gt;), by key.</summary>
    public IReadOnlyList<string> SkillsForTemplate(string templateKey) => _goalSkills.GetValueOrDefault(templateKey) ?? [];

    /// <summary>Every role named in the text, in order, each with the level words in front of it ("senior data analyst").</summary>
    public IReadOnlyList<RoleMention> FindRoles(string? text)
    {
        var words = GoalWords.Split(text);
        var found = new List<RoleMention>();
        var candidates = t_candidates ??= [];
        for (var i = 0; i < words.Count; i++)
        {
            _roleStarts.Candidates(words[i].Text, candidates);
            foreach (var candidate in candidates)
            {
                var (names, role) = _roleNames[candidate];
                if (!MatchesAt(words, i, names)) continue;
                var first = i;
                while (first > 0 && _levels.Contains(words[first - 1].Text)) first--;
                var last = i + names.Length - 1;
                // "head of engineering", "director of product": the "of" part belongs to the title.
                if (last + 2 < words.Count && words[last + 1].Text == _words.TitleOf && _words.OfTitleHeads.Contains(names[^1])
                    && !NotATitleWord.Contains(words[last + 2].Text) && !words[last + 2].IsNumber)
                    last += 2;
                found.Add(new RoleMention(role, text![words[first].Start..words[last].End], words[first].Start, words[last].End));
                i = last;
                break;
            }
        }
        return found;
    }


    /// <summary>The skills the text names, each once, in order.</summary>
    public IReadOnlyList<CareerSkill> FindSkills(string? text) => FindAll(text, _skillNames, _skillStarts).Select(m => m.Item).Distinct().ToList();

    /// <summary>The skills the text names, with the words as written ("pyhton" reads as Python).</summary>
    internal IReadOnlyList<(CareerSkill Skill, int Start, int End)> FindSkillMentions(string? text) =>
        FindAll(text, _skillNames, _skillStarts).Select(m => (m.Item, m.Start, m.End)).ToList();

    public CareerField? FindField(string? text) => FindAll(text, _fieldNames, _fieldStarts).Select(m => m.Item).FirstOrDefault();

    internal IReadOnlyList<(CareerField Field, int Start, int End)> FindFieldMentions(string? text) =>
        FindAll(text, _fieldNames, _fieldStarts).Select(m => (m.Item, m.Start, m.End)).ToList();

    /// <summary>The skill a phrase is about, when the whole phrase names one ("presenting" is public speaking).</summary>
    public CareerSkill? SkillNamedBy(string? phrase)
    {
        var words = GoalWords.Split(phrase);
        foreach (var (names, skill) in _skillNames)
            if (names.Length == words.Count && MatchesAt(words, 0, names)) return skill;
        return null;
    }

    private static List<(T Item, int Start, int End)> FindAll<T>(string? text, List<(string[] Words, T Item)> index, FirstWordIndex starts)
    {
        var words = GoalWords.Split(text);
        var found = new List<(T, int, int)>();
        var candidates = t_candidates ??= [];
        for (var i = 0; i < words.Count; i++)
        {
            starts.Candidates(words[i].Text, candidates);
            foreach (var candidate in candidates)
            {
                var (names, item) = index[candidate];
                if (!MatchesAt(words, i, names)) continue;
                found.Add((item, words[i].Start, words[i + names.Length - 1].End));
                i += names.Length - 1;
                break;
            }
        }
        return found;
    }

    internal static bool MatchesAt(IReadOnlyList<GoalWord> words, int at, string[] names)
    {
        if (at + names.Length > words.Count) return false;
        for (var j = 0; j < names.Length; j++)
            if (!SameWord(words[at + j].Text, names[j])) return false;
        return true;
    }

    /// <summary>Exact, a plural ("designers"), or a typo in a long word ("devloper"); short words must be exact.</summary>
    internal static bool SameWord(string written, string name) =>
        written == name || IsPluralOf(written, name)
        || name.Length >= 8 && Math.Abs(written.Length - name.Length) <= 1 && EditDistance.Between(written, name, 1) <= 1;

    // Called for every word against every name of the vocabulary: compares in place rather than building name + "s".
    private static bool IsPluralOf(string written, string name) =>
        written.StartsWith(name, StringComparison.Ordinal)
        && (written.Length == name.Length + 1 && written[^1] == 's'
            || written.Length == name.Length + 2 && written[^2] == 'e' && written[^1] == 's');

    /// <summary>
    /// The plural of a role as written: the vocabulary's own plural when the whole text is its name, else the head noun
    /// pluralized by Humanizer ("UX designer" -> "UX designers", "head of engineering" -> "heads of engineering").
    /// </summary>
    public static string Plural(string roleText, CareerRole? role = null)
    {
        var text = roleText.Trim();
        if (role?.Plural is { } plural && string.Equals(role.Name, text, StringComparison.OrdinalIgnoreCase)) return plural;
        var of = SpaceBeforeWord(text, ArticleWords.TitleOf);
        if (of > 0) return PluralOfLastWord(text[..of]) + text[of..];
        return PluralOfLastWord(text);
    }

    private static string PluralOfLastWord(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = phrase[(space + 1)..];
        // Acronyms ("CTO", "VP") take a plain "s".
        var plural = head.Length > 1 && head.All(c => char.IsUpper(c) || char.IsDigit(c)) ? head + "s" : head.Pluralize(inputIsKnownToBeSingular: false);
        return phrase[..(space + 1)] + plural;
    }

    /// <summary>"a UX designer", "an engineering manager", "an MBA": the indefinite article by how the word sounds.</summary>
    public static string WithArticle(string nounPhrase)
    {
        var text = nounPhrase.Trim();
        if (text.Length == 0) return text;
        var first = text.Split(' ', 2)[0];
        return (SoundsLikeVowel(first) ? "an " : "a ") + text;
    }

    private static volatile CareerWords? s_articleWords;

    /// <summary>
    /// Installs the article-sound words of <paramref name="texts"/> for <see cref="WithArticle"/>, which its many callers
    /// use without a catalog (start-up calls it; a bad list fails naming its key). Until then the shipped dialogs' words.
    /// </summary>
    /// <summary>Where the space before <paramref name="word"/> standing alone inside the text is ("head| of engineering"), or -1.</summary>
    private static int SpaceBeforeWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
            if (i > 0 && text[i - 1] == ' ' && i + word.Length < text.Length && text[i + word.Length] == ' ') return i - 1;
        return -1;
    }

    public static void UseArticleSoundsOf(TextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        s_articleWords = ReadWords(texts, null);
    }

    private static CareerWords ArticleWords => s_articleWords ?? GoalVocabulary.Default.Careers._words;

    private static bool SoundsLikeVowel(string word)
    {
        var lower = word.ToLowerInvariant();
        var (consonantSoundingVowelStarts, vowelSoundingConsonantStarts) = (ArticleWords.ConsonantSoundingVowelStarts, ArticleWords.VowelSoundingConsonantStarts);
        // An acronym said letter by letter: "an SEO specialist", "an MBA", "a CPA", "a UX designer".
        if (word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word != "UX" && word != "UI")
            return "AEFHILMNORSX".Contains(word[0]);
        if (consonantSoundingVowelStarts.Any(p => lower.StartsWith(p, StringComparison.Ordinal))) return false;
        if (vowelSoundingConsonantStarts.Any(p => lower.StartsWith(p, StringComparison.Ordinal))) return true;
        return lower.Length > 0 && "aeiou".Contains(lower[0]);
    }
}
