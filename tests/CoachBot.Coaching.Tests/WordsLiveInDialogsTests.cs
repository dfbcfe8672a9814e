using System.Text.RegularExpressions;
using CoachBot.TestSupport;

namespace CoachBot.Coaching.Tests;

/// <summary>
/// Issue 11: every word the coach recognizes lives in dialogs/&lt;locale&gt;/, not in C#. A scan of the understanding code
/// that was cleaned of word lists: it fails on a string-literal collection of plain lowercase words
/// (<c>["yes", "yep", "sure"]</c>, <c>FrozenSet.Create("skip", "pass")</c>, <c>["talk*", "speak*"]</c>,
/// <c>["certificate"]</c>), on words tried in a pattern (<c>is "minus" or "negative"</c>, <c>is "a" or "an"</c>,
/// <c>case "yes":</c>, <c>"gonna" =&gt; ...</c>), on a single word compared (<c>== "before"</c>,
/// <c>StartsWith("step")</c>, <c>Equals(word, "im", ...)</c>, <c>Replace("n/a", ...)</c>) and on words inside a regex
/// (<c>(?:edit|redo|update)</c>, <c>(?:step\s+)?</c>). Keys and file names (<c>"careers.role."</c>,
/// <c>".names"</c>) and the web's prefixes (<c>"www."</c>) are no words. A line whose literals are no words says why
/// at its end: <c>// keys, not words</c>, <c>// markup, not words</c>, <c>// flags of careers.yaml, not words</c>.
/// </summary>
public sealed partial class WordsLiveInDialogsTests
{
    /// <summary>The files moved to dialogs/ (issue 11); a file added to the understanding code belongs here too.</summary>
    public static TheoryData<string> CleanedFiles => new()
    {
        "src/CoachBot.BotFramework/Recognizers/EnglishWords.cs",
        "src/CoachBot.BotFramework/Recognizers/LanguageWordTables.cs",
        "src/CoachBot.BotFramework/Recognizers/RecognizerLocale.cs",
        "src/CoachBot.BotFramework/Recognizers/NumberReader.cs",
        "src/CoachBot.BotFramework/Recognizers/NumberRecognizer.cs",
        "src/CoachBot.BotFramework/Recognizers/BooleanRecognizer.cs",
        "src/CoachBot.BotFramework/Recognizers/ChoiceRecognizer.cs",
        "src/CoachBot.BotFramework/Recognizers/TimeOfDayRecognizer.cs",
        "src/CoachBot.BotFramework/Dialogs/Prompts/PromptCommands.cs",
        "src/CoachBot.Coaching/Commands/CommandRecognizer.cs",
        "src/CoachBot.Coaching/Commands/CommandGrammar.cs",
        "src/CoachBot.Coaching/Commands/CommandWords.cs",
        "src/CoachBot.Coaching/Reflection/CheckInReader.cs",
        "src/CoachBot.Coaching/Library/LibraryTopic.cs",
        "src/CoachBot.Coaching/Smart/SmartVocabulary.cs",
        "src/CoachBot.Coaching/Smart/CareerVocabulary.cs",
        "src/CoachBot.Coaching/Smart/GoalText.cs",
        "src/CoachBot.Coaching/Smart/GoalWords.cs",
        "src/CoachBot.Coaching/Smart/GoalReading.cs",
        "src/CoachBot.Coaching/Smart/SmartAnalyzer.cs",
        "src/CoachBot.Coaching/Smart/GoalClassifier.cs",
        "src/CoachBot.Coaching/Plans/StepReference.cs",
        "src/CoachBot.BotFramework/Recognizers/QuestionRecognizer.cs",
        "src/CoachBot.Coaching/Smart/EffortReader.cs",
        "src/CoachBot.Coaching/Smart/InstalledWords.cs",
        "src/CoachBot.Coaching/Plans/PlanEditCommand.cs",
        "src/CoachBot.Coaching/Commands/IntentCommands.cs",
        "src/CoachBot.Coaching/Smart/VerbPhrase.cs",
        "src/CoachBot.Coaching/Commands/MenuUnderstanding.cs",
    };

    [Theory]
    [MemberData(nameof(CleanedFiles))]
    public void TheUnderstandingCodeHoldsNoEnglishWordList(string file)
    {
        var found = WordListsIn(File.ReadAllText(Path.Combine(RepoPaths.Root, file))).ToList();
        Assert.True(found.Count == 0, $"{file} lists words in C#; move them to dialogs/en-US/*.yaml:\n  " + string.Join("\n  ", found));
    }

    [Theory]
    [InlineData("string[] yes = [\"yes\", \"yep\", \"sure thing\"];")]
    [InlineData("FrozenSet.Create(\"skip\", \"pass\", \"next\")")]
    [InlineData("private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet([\"please\", \"lets\", \"just\"]);")]
    [InlineData("tokens[i - 1].Text is \"minus\" or \"negative\";")]
    [InlineData("[GeneratedRegex(@\"^(?:edit|redo|update|change)\\s+(?<part>.+)$\")]")]
    public void TheScanFindsAWordList(string code) => Assert.NotEmpty(WordListsIn(code));

    [Theory]
    [InlineData("var words = PhraseList.Parse(key, texts.Get(key));")]
    [InlineData("public const string Skip = \"recognizers.prompt.skip\";")]
    [InlineData("/// <summary>\"yes\", \"yep\", \"sure\" in their common forms.</summary>")]
    [InlineData("foreach (var part in new[] { \"title\", \"answer\", \"offer\" }) Required(part); // keys, not words")]
    [InlineData("Build($@\"{Any(CommandGrammarTexts.EditVerbs)}\\s+(?:{my}\\s+)?(?<part>[a-z0-9 \\-]+)\");")]
    public void DataReadsAndKeysAreNoWordList(string code) => Assert.Empty(WordListsIn(code));

    /// <summary>Each form of a word compared in C#, as the scan must catch it (issue 11: words that escaped the first scan).</summary>
    [Theory]
    [InlineData("var before = text[..at].TrimEnd().Equals(\"before\", StringComparison.OrdinalIgnoreCase);")]
    [InlineData("if (matched.StartsWith(\"after \", StringComparison.OrdinalIgnoreCase)) return true;")]
    [InlineData("|| text[..at].TrimEnd().EndsWith(\" from\", StringComparison.OrdinalIgnoreCase)")]
    [InlineData("&& !matched.Contains(\"from now\", StringComparison.OrdinalIgnoreCase)")]
    [InlineData("|| first.Text is \"a\" or \"an\" || NumberRecognizer.RecognizeAll(first.Text, locale).Count > 0);")]
    [InlineData(": first.Text is \"be\" && words.Count > 1 ? \"become\" + phrase[first.End..] : phrase;")]
    [InlineData("if (words[i].Text is \"i\" && i + 1 < words.Count) return true;")]
    [InlineData("words[k].Text is not (\"steps\" or \"step\")")]
    [InlineData("if (end + 1 < tokens.Count && tokens[end + 1].Text == \"m\") pm = true;")]
    [InlineData("var dropWords = words[0] == \"i\" ? 1 : 0;")]
    [InlineData("if (\"certificate\" != word.Text) continue;")]
    [InlineData("return Any(words, [\"talk*\", \"speak*\", \"present*\"]);")]
    [InlineData("if (BeforeWord(text, words, [\"certificate\"], 4, v) is { } named) return named;")]
    [InlineData("foreach (var tag in new[] { \"script\", \"style\" })")]
    [InlineData("private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { \"and\", \"then\" };")]
    [InlineData("\"gonna\" => \"going to\",")]
    [InlineData("\"ill\" when i + 1 < words.Count => \"I'll\",")]
    [InlineData("case \"yes\": return true;")]
    [InlineData("if (string.Equals(word, \"im\", StringComparison.Ordinal)) return true;")]
    [InlineData("text?.Replace(\"n/a\", \"na\", StringComparison.OrdinalIgnoreCase)")]
    [InlineData("public const string Pattern = @\"(?:step\\s+)?(?:(?<goal>\\d+)\\.)?(?<step>\\d+)\";")]
    public void TheScanFindsAWordCompared(string code) => Assert.NotEmpty(WordListsIn(code));

    /// <summary>Literals that are no words: keys, file names, format strings, markup; a comparison of one passes.</summary>
    [Theory]
    [InlineData("GoalType.JobSearch => role is not { Portfolio: true } ? JobSearch.Where(s => s.TextKey != \"plans.jobSearch.portfolio\").ToList() : JobSearch,")]
    [InlineData("TitleWords = texts.KeysStartingWith(\"careers.role.\").Where(k => k.EndsWith(\".names\", StringComparison.Ordinal))")]
    [InlineData("if (File.Exists(Path.Combine(dir, \"en-US\", \"careers.yaml\"))) return dir;")]
    [InlineData("return given.ToString(\"yyyy-MM-dd\") == expected;")]
    [InlineData("if (raw.Contains(\"://\", StringComparison.Ordinal) || raw.Contains(\"www.\", StringComparison.OrdinalIgnoreCase)) return true;")]
    [InlineData("private static readonly string[] CodeTags = [\"script\", \"style\"]; // markup, not words")]
    [InlineData("if (replacement.StartsWith('I')) continue;")]
    [InlineData("return new CoachCommand(CoachCommandKind.Schedule, Text: schedule.Groups[\"text\"].Value);")]
    public void KeysAndMarkupAreNoWordCompared(string code) => Assert.Empty(WordListsIn(code));

    /// <summary>The lines of <paramref name="code"/> that hold words the coach recognizes.</summary>
    private static IEnumerable<string> WordListsIn(string code)
    {
        foreach (var raw in code.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || NotWordsMarker().IsMatch(line)) continue;
            if (Collection().IsMatch(line) || Alternatives().IsMatch(line) || RegexWords().IsMatch(line)) yield return line;
            else if (WordCompared().Matches(line).Any(m => !IsNoWord(m.Groups["word"].Value))) yield return line;
        }
    }

    /// <summary>A line that says why its literals are no words: <c>// keys, not words</c>, <c>// markup, not words</c>.</summary>
    [GeneratedRegex(@"//[^""]*\bnot words\s*$")]
    private static partial Regex NotWordsMarker();

    /// <summary>Keys and file names ("careers.role.", "smartwords.yaml") and the web's own prefixes: no words of a language.</summary>
    private static bool IsNoWord(string literal) =>
        literal.Trim('"') is var text && (KeyLike().IsMatch(text) || text is "www." or "http" or "https");

    [GeneratedRegex(@"^\.?[a-z]{2,}(?:\.[a-zA-Z]+)+\.?$|^\.[a-z]{2,}$")]
    private static partial Regex KeyLike();

    /// <summary>
    /// One string literal of lowercase letters (a word, a phrase, a prefix "talk*", a spaced " to ", "a.m.", "n/a")
    /// compared in C#: <c>== "before"</c>, <c>is "a" or "an"</c>, <c>case "yes":</c>, <c>"gonna" =&gt;</c>,
    /// <c>StartsWith("after ")</c>, <c>Equals(word, "im", ...)</c>, <c>Replace("n/a", ...)</c>, or two of them or more
    /// in a collection (<c>["talk*", "speak*"]</c>, <c>{ "and", "then" }</c>), or a word in a regex group (<c>(?:step\s+)</c>).
    /// </summary>
    [GeneratedRegex("""
        (?:==|!=)\s*(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")
        |(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")\s*(?:==|!=)
        |\bis\s+(?:not\s+)?\(?\s*(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")
        |\b(?:or|and)\s+\(?\s*(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")
        |\bcase\s+(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")
        |(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")\s*(?:when\b[^=]*)?=>
        |\.(?:StartsWith|EndsWith|Contains|Equals|IndexOf|LastIndexOf|Replace|Trim|TrimStart|TrimEnd|Split)\(\s*(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")
        |\bEquals\([^()"]*,\s*(?<word>"\x20?[a-z][a-z'.*!/\x20-]*")
        |[\[\{\(]\s*(?<word>"[a-z][a-z'.*!/\x20-]*")(?:\s*,\s*"[a-z][a-z'.*!/\x20-]*")+\s*[\]\}\)]
        |(?<![\w\]\)])\[\s*(?<word>"[a-z][a-z'.*!/\x20-]*")\s*\]
        |\(\?:(?<word>[a-z][a-z']+)(?:\\s|\s|\|)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WordCompared();

    /// <summary>Three string literals of plain lowercase words, one after another in brackets, braces or a call.</summary>
    [GeneratedRegex(@"[\[\{\(]\s*""[a-z][a-z' ]*""(?:\s*,\s*""[a-z][a-z' ]*""){2,}")]
    private static partial Regex Collection();

    /// <summary>Words of two letters or more tried in a pattern: <c>is "minus" or "negative"</c>.</summary>
    [GeneratedRegex(@"""[a-z][a-z' ]+""\s+or\s+""[a-z][a-z' ]+""")]
    private static partial Regex Alternatives();

    /// <summary>Words as the alternatives of a regex group: <c>(?:edit|redo|update)</c>, <c>(?:she|he|they)</c>.</summary>
    [GeneratedRegex(@"\((?:\?:)?[a-z][a-z' ]+(?:\|[a-z][a-z' ]+){1,}\)")]
    private static partial Regex RegexWords();
}
