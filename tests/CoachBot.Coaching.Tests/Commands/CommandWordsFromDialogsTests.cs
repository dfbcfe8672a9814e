using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Commands;
using CoachBot.TestSupport;

namespace CoachBot.Coaching.Tests.Commands;

/// <summary>
/// The exact commands, their polite words, the goal verbs and the greetings are read from dialogs/en-US/intents.yaml:
/// a phrase added only there is a command (so the code holds no list of its own), and a broken list fails naming its key.
/// </summary>
public class CommandWordsFromDialogsTests
{
    private static readonly Lazy<TextCatalog> Edited = new(() => EditedDialogs.Load("intents.yaml", yaml => yaml
        .Replace("  myPlan: \"my plan;", "  myPlan: \"where am i at; my plan;", StringComparison.Ordinal)
        .Replace("  cancel: \"cancel;", "  cancel: \"scrap that; cancel;", StringComparison.Ordinal)
        .Replace("politeEndings: \"please;", "politeEndings: \"cheers mate; please;", StringComparison.Ordinal)
        .Replace("pause = PauseGoal;", "pause, shelve = PauseGoal;", StringComparison.Ordinal)
        .Replace("greetings: \"hi;", "greetings: \"g'day; hi;", StringComparison.Ordinal)
        .Replace("  pauseWhat: \"check-ins;", "  pauseWhat: \"nudges; check-ins;", StringComparison.Ordinal)
        .Replace("  editVerbs: \"edit;", "  editVerbs: \"tweak; edit;", StringComparison.Ordinal)
        .Replace("  doneAfter: \"done;", "  doneAfter: \"sorted; done;", StringComparison.Ordinal)));

    public static TheoryData<string, CoachCommandKind> AddedInTheDialogsOnly => new()
    {
        { "where am I at?", CoachCommandKind.MyPlan },
        { "Scrap that", CoachCommandKind.Cancel },
        { "wehre am i at", CoachCommandKind.MyPlan },
        { "start over cheers mate", CoachCommandKind.StartOver },
        { "shelve goal 2", CoachCommandKind.PauseGoal },
        { "pause my nudges until june 30", CoachCommandKind.PauseCheckIns },
        { "tweak my values", CoachCommandKind.EditProfilePart },
        { "step 3 sorted", CoachCommandKind.StepDone },
    };

    [Theory]
    [MemberData(nameof(AddedInTheDialogsOnly))]
    public void APhraseAddedOnlyInTheDialogsIsACommand(string text, CoachCommandKind kind)
    {
        Assert.Null(CommandRecognizer.Recognize(RepoDialogs.Texts, text));
        Assert.Equal(kind, CommandRecognizer.Recognize(Edited.Value, text)?.Kind);
    }

    [Fact]
    public void TheShippedPhrasesStillWork()
    {
        Assert.Equal(CoachCommandKind.Export, CommandRecognizer.Recognize(RepoDialogs.Texts, "exprot my data")?.Kind);
        Assert.Equal(CoachCommandKind.AiOff, CommandRecognizer.Recognize(RepoDialogs.Texts, "turn off the ai please")?.Kind);
        Assert.Equal(CoachCommandKind.DropGoal, CommandRecognizer.Recognize(RepoDialogs.Texts, "abandon my goal")?.Kind);
        Assert.Equal("off", CommandRecognizer.Recognize(RepoDialogs.Texts, "stop the check-ins please")?.Text);
        Assert.Null(CommandRecognizer.Recognize(RepoDialogs.Texts, "expert"));
        Assert.Null(CommandRecognizer.Recognize(RepoDialogs.Texts, "eat my goal"));
        Assert.Equal("june 30", CommandRecognizer.Recognize(RepoDialogs.Texts, "pause my check-ins until June 30")?.Text);
        Assert.Equal("every friday at 9", CommandRecognizer.Recognize(RepoDialogs.Texts, "can you check in with me every friday at 9")?.Text);
        Assert.Equal(3, CommandRecognizer.Recognize(RepoDialogs.Texts, "mark step 3 as done")?.Step);
        Assert.Equal("get promoted", CommandRecognizer.Recognize(RepoDialogs.Texts, "Set a new goal: get promoted")?.Text);
    }

    [Fact]
    public void AGreetingAddedOnlyInTheDialogsIsAHello()
    {
        Assert.False(CommandWords.From(RepoDialogs.Texts).IsGreeting("g'day!"));
        Assert.True(CommandWords.From(Edited.Value).IsGreeting("g'day!"));
        Assert.True(CommandWords.From(RepoDialogs.Texts).IsGreeting("Good morning!"));
        Assert.False(CommandWords.From(RepoDialogs.Texts).IsGreeting("hi, I want a new job"));
        Assert.False(CommandWords.From(RepoDialogs.Texts).IsGreeting("..."));
        Assert.True(CommandWords.From(RepoDialogs.Texts).IsGreeting("Hallo! hi"));
        Assert.False(CommandWords.From(RepoDialogs.Texts).IsGreeting("hi hi, my plan"));
    }

    [Theory]
    [InlineData("  export: \"export my data;", "  export: \"export my data; cancel;", "intents.exactCommands.export")]
    [InlineData("commandArticles: \"the; a\"", "commandArticles: \" ; \"", "intents.commandArticles")]
    [InlineData("pause = PauseGoal;", "pause = EatGoal;", "intents.goalActions")]
    [InlineData("  editVerbs: \"edit; redo; update; change\"", "  editVerbs: \" ; \"", "intents.grammar.editVerbs")]
    [InlineData("  step: \"step\"", "  step: \" \"", "intents.grammar.step")]
    public void ABrokenCommandListFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = EditedDialogs.Load("intents.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        var error = Assert.Throws<InvalidDataException>(() => CommandWords.From(texts));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepWordAddedOnlyInDialogsNamesAStep()
    {
        var texts = EditedDialogs.Load("intents.yaml", yaml => yaml.Replace("  step: \"step\"", "  step: \"step; task\"", StringComparison.Ordinal));
        Assert.Equal(3, CommandRecognizer.Recognize(RepoDialogs.Texts, "mark step 3 as done")?.Step);
        Assert.NotEqual(CoachCommandKind.StepDone, CommandRecognizer.Recognize(RepoDialogs.Texts, "mark task 3 as done")?.Kind);
        Assert.Equal(3, CommandRecognizer.Recognize(texts, "mark task 3 as done")?.Step);
    }
}
