using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Commands;

/// <summary>Keys of the exact commands and their polite words in dialogs/en-US/intents.yaml (<c>exactCommands.*</c>).</summary>
[TextKeys]
public static class CommandTexts
{
    private const string Exact = "intents.exactCommands.";

    public const string Help = Exact + "help";
    public const string SelfAssessment = Exact + "selfAssessment";
    public const string NewGoal = Exact + "newGoal";
    public const string MyPlan = Exact + "myPlan";
    public const string EditPlan = Exact + "editPlan";
    public const string Schedule = Exact + "schedule";
    public const string Export = Exact + "export";
    public const string Delete = Exact + "delete";
    public const string Cancel = Exact + "cancel";
    public const string StartOver = Exact + "startOver";
    public const string AiOff = Exact + "aiOff";
    public const string AiOn = Exact + "aiOn";
    public const string CheckInStart = Exact + "checkInStart";
    public const string ResumeCheckIns = Exact + "resumeCheckIns";
    public const string PauseCheckIns = Exact + "pauseCheckIns";
    public const string CheckInSnooze = Exact + "checkInSnooze";
    public const string CheckInSkip = Exact + "checkInSkip";
    public const string StopCheckIns = Exact + "stopCheckIns";

    /// <summary>Words after a command that change nothing ("stop the check-ins please").</summary>
    public const string PoliteEndings = "intents.politeEndings";
    /// <summary>Openings of a command asked for politely ("can we start over").</summary>
    public const string PoliteOpenings = "intents.politeOpenings";
    /// <summary>Words a command is the same without ("turn off the ai").</summary>
    public const string CommandArticles = "intents.commandArticles";
    /// <summary>Verbs of a goal's own commands ("pause goal 2", "drop my goal"), each to its command.</summary>
    public const string GoalActions = "intents.goalActions";
    /// <summary>What a first message may be and still be only a hello: the welcome answers it.</summary>
    public const string Greetings = "intents.greetings";

    /// <summary>Every exact-command key, in the order the lists are read (the first list holding a phrase wins).</summary>
    internal static readonly string[] ExactKeys =
    [
        Help, SelfAssessment, NewGoal, MyPlan, EditPlan, Schedule, Export, Delete, Cancel, StartOver, AiOff, AiOn, CheckInStart,
        ResumeCheckIns, PauseCheckIns, CheckInSnooze, CheckInSkip, StopCheckIns,
    ];
}

/// <summary>
/// The exact command phrases, polite words, goal verbs and greetings of <c>dialogs/&lt;locale&gt;/intents.yaml</c>, read
/// once per catalog and locale into the lookups <see cref="CommandRecognizer"/> uses on every turn. Checked on the way:
/// an empty list, a phrase listed under two commands, or a verb of no known action fails start-up with its key named.
/// </summary>
public sealed class CommandWords
{
    private static readonly ConditionalWeakTable<TextCatalog, Dictionary<string, CommandWords>> Cache = new();

    /// <summary>Every phrase by its <see cref="PhraseKey"/>, the way an answer is compared with it.</summary>
    internal FrozenDictionary<string, CoachCommand> ByPhrase { get; }
    /// <summary>The same without articles ("turn off the ai" = "turn off ai").</summary>
    internal FrozenDictionary<string, CoachCommand> ByPhraseWithoutArticles { get; }
    internal FrozenSet<string> Articles { get; }
    /// <summary>Tried in the order listed, again and again until none is left ("ok can we start over please").</summary>
    internal string[] PoliteEndings { get; }
    internal string[] PoliteOpenings { get; }
    internal FrozenDictionary<string, CoachCommandKind> GoalActions { get; }
    internal FrozenSet<string> Greetings { get; }
    /// <summary>The patterns of the commands that carry a detail, built from intents.grammar.</summary>
    internal CommandGrammar Grammar { get; }

    private CommandWords(TextCatalog texts, string? locale)
    {
        string[] List(string key)
        {
            var items = texts.Get(key, locale).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one phrase.");
            return items.Select(i => i.ToLowerInvariant()).ToArray();
        }

        var byPhrase = new Dictionary<string, CoachCommand>(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in CommandTexts.ExactKeys)
        {
            var intent = key[(key.LastIndexOf('.') + 1)..];
            foreach (var phrase in List(key))
            {
                var phraseKey = PhraseKey.Of(phrase);
                if (phraseKey.Length == 0) continue;
                var command = IntentCommands.For(intent, phrase)
                    ?? throw new InvalidDataException($"dialogs: '{key}' names no command the coach has.");
                // "self-assessment" and "self assessment" read the same: one list may hold both spellings.
                if (owner.TryGetValue(phraseKey, out var first) && first == key) continue;
                if (first is not null)
                    throw new InvalidDataException($"dialogs: '{key}' lists '{phrase}', which '{first}' lists already.");
                owner[phraseKey] = key;
                byPhrase[phraseKey] = command;
            }
        }
        ByPhrase = byPhrase.ToFrozenDictionary(StringComparer.Ordinal);
        Articles = List(CommandTexts.CommandArticles).ToFrozenSet(StringComparer.Ordinal);
        ByPhraseWithoutArticles = byPhrase
            .Select(p => (Key: PhraseKey.Of(p.Key, Articles), Command: p.Value))
            .Where(p => p.Key.Length > 0)
            .DistinctBy(p => p.Key)
            .ToFrozenDictionary(p => p.Key, p => p.Command, StringComparer.Ordinal);
        PoliteEndings = List(CommandTexts.PoliteEndings);
        PoliteOpenings = List(CommandTexts.PoliteOpenings);
        GoalActions = ParseGoalActions(CommandTexts.GoalActions, texts.Get(CommandTexts.GoalActions, locale));
        Greetings = List(CommandTexts.Greetings).ToFrozenSet(StringComparer.Ordinal);
        Grammar = new CommandGrammar(texts, locale);
        // "helo", "helloo", "heyyy": a one-word hello typed with a letter too few or too many.
        GreetingsByRuns = Greetings.Where(g => !g.Contains(' ')).GroupBy(Runs, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.MinBy(w => w.Length)!, StringComparer.Ordinal);
    }

    /// <summary>The one-word greetings by <see cref="Runs"/>: "helo" and "hellooo" both find "hello".</summary>
    private FrozenDictionary<string, string> GreetingsByRuns { get; }

    /// <summary>A word with each run of one letter written once ("hello" and "helllo" read "helo").</summary>
    private static string Runs(string word)
    {
        var kept = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
            if (kept.Length == 0 || kept[^1] != c) kept.Append(c);
        return kept.ToString();
    }

    /// <summary>
    /// The greeting a word is, however many times its letters are typed ("helo" is "hello", not "help", which no run of
    /// letters makes it; "hii" is "hi", so "hii there" is "hi there"); the word as written otherwise.
    /// </summary>
    private string AsGreeting(string word) => GreetingsByRuns.TryGetValue(Runs(word), out var greeting) ? greeting : word;

    /// <summary>The tables of a catalog in a locale (falling back as sentences do), built once.</summary>
    /// <exception cref="InvalidDataException">A list is empty or wrong; the message names the key.</exception>
    public static CommandWords From(TextCatalog texts, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var byLocale = Cache.GetValue(texts, static _ => new Dictionary<string, CommandWords>(StringComparer.OrdinalIgnoreCase));
        lock (byLocale)
        {
            if (!byLocale.TryGetValue(locale ?? "", out var words)) byLocale[locale ?? ""] = words = new CommandWords(texts, locale);
            return words;
        }
    }

    /// <summary>True when the whole text is a hello, or a few, and nothing else ("hi", "good morning!", "Hallo! hi"), or empty.</summary>
    public bool IsGreeting(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || Greetings.Contains(trimmed.TrimEnd('!', '.', ' ').ToLowerInvariant())) return true;
        // Otherwise word by word: every word belongs to one of the greetings, in order, punctuation between them.
        var words = trimmed.ToLowerInvariant().Split((char[])[' ', '!', '.', ',', ';', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(AsGreeting).ToArray();
        if (words.Length is 0 or > 8) return false;
        var covered = new bool[words.Length + 1];
        covered[0] = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (!covered[i]) continue;
            for (var n = 1; i + n <= words.Length; n++)
                if (Greetings.Contains(string.Join(' ', words, i, n))) covered[i + n] = true;
        }
        return covered[words.Length];
    }

    /// <summary>"pause = PauseGoal; resume, unpause, restart = ResumeGoal": each verb to its command.</summary>
    private static FrozenDictionary<string, CoachCommandKind> ParseGoalActions(string key, string value)
    {
        var map = new Dictionary<string, CoachCommandKind>(StringComparer.Ordinal);
        foreach (var item in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Enum.TryParse<CoachCommandKind>(parts[1], out var kind)
                || kind is not (CoachCommandKind.PauseGoal or CoachCommandKind.ResumeGoal or CoachCommandKind.CompleteGoal or CoachCommandKind.DropGoal))
                throw new InvalidDataException($"dialogs: '{key}' item '{item}' must read \"verb, verb = PauseGoal|ResumeGoal|CompleteGoal|DropGoal\".");
            foreach (var verb in parts[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (!map.TryAdd(verb.ToLowerInvariant(), kind)) throw new InvalidDataException($"dialogs: '{key}' lists the verb '{verb}' twice.");
        }
        if (map.Count == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one verb.");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
