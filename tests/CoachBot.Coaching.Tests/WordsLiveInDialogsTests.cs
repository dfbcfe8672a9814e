using System.Text.RegularExpressions;
using CoachBot.TestSupport;

namespace CoachBot.Coaching.Tests;

/// <summary>
/// Issue 11: every word the coach recognizes lives in dialogs/&lt;locale&gt;/, not in C#. A scan of the understanding code
/// that was cleaned of word lists: it fails on a string-literal collection of plain lowercase words
/// (<c>["yes", "yep", "sure"]</c>, <c>FrozenSet.Create("skip", "pass")</c>), on words tried one after another in a
/// pattern (<c>is "minus" or "negative"</c>) and on words as alternatives inside a regex (<c>(?:edit|redo|update)</c>).
/// A line that holds keys of dialogs/, not words, says so with <c>// keys, not words</c>.
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

    /// <summary>The lines of <paramref name="code"/> that hold words the coach recognizes.</summary>
    private static IEnumerable<string> WordListsIn(string code)
    {
        foreach (var raw in code.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || line.Contains("// keys, not words", StringComparison.Ordinal)) continue;
            if (Collection().IsMatch(line) || Alternatives().IsMatch(line) || RegexWords().IsMatch(line)) yield return line;
        }
    }

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
