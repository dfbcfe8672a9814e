using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Tests.Dialogs;
using CoachBot.TestSupport;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>
/// The number, time, yes/no and choice words (recognizers.words.*) and the words of every question (recognizers.prompt.*)
/// are read from dialogs/en-US/recognizers.yaml: a word added only there is read (so the code holds no list of its own),
/// and a broken list fails naming its key.
/// </summary>
public class LanguageWordsFromDialogsTests
{
    private static readonly Lazy<CoachBot.BotFramework.Text.TextCatalog> Shipped = new(DialogTestTexts.Load);

    private static readonly Lazy<CoachBot.BotFramework.Text.TextCatalog> Edited = new(() => EditedDialogs.Load("recognizers.yaml", yaml => yaml
        .Replace("  yes: \"yes;", "  yes: \"yessir;", StringComparison.Ordinal)
        .Replace("  no: \"no;", "  no: \"no; nein;", StringComparison.Ordinal)
        .Replace("7 = seven;", "7 = seven, sieben;", StringComparison.Ordinal)
        .Replace("noon = noon, midday, lunchtime;", "noon = noon, midday, lunchtime, mittag;", StringComparison.Ordinal)
        .Replace("  skip: \"skip;", "  skip: \"skip; move on;", StringComparison.Ordinal)));

    [Fact]
    public void WordsAddedOnlyInTheDialogsAreRead()
    {
        var shipped = LanguageWordTables.Read(Shipped.Value, null);
        var edited = LanguageWordTables.Read(Edited.Value, null);
        Assert.False(shipped.YesPhrases.Contains("yessir"));
        Assert.True(edited.YesPhrases.Contains("yessir"));
        Assert.True(edited.NoPhrases.Contains("nein"));
        Assert.Equal(7, edited.Cardinals["sieben"]);
        Assert.Equal(TimeWord.Noon, edited.TimeWords["mittag"]);
        // A catalog's own words are what its dates and facts read.
        Assert.Equal(7, RecognizerPhrases.From(Edited.Value, "en-US").Locale.Words.Cardinals["sieben"]);
        Assert.Null(PromptCommands.Recognize(Shipped.Value, "move on", "en-US"));
        Assert.Equal(PromptSignal.Skip, PromptCommands.Recognize(Edited.Value, "move on please", "en-US"));
    }

    [Fact]
    public void DottedMeridiemsAddedOnlyInTheDialogsAreRead()
    {
        // Dutch "9 n.m." (namiddag) is 9 in the evening once the dialogs list it.
        var edited = EditedDialogs.Load("recognizers.yaml", yaml => yaml.Replace("dottedMeridiems: \"am = a.m.; pm = p.m.\"",
            "dottedMeridiems: \"am = a.m., v.m.; pm = p.m., n.m.\"", StringComparison.Ordinal));
        Assert.Equal(new TimeOnly(21, 0), TimeOfDayRecognizer.Recognize("monday 9 p.m.", "en-US", RecognizerPhrases.From(Shipped.Value, "en-US"))?.Time);
        Assert.Equal(new TimeOnly(9, 0), TimeOfDayRecognizer.Recognize("monday 9 a.m.", "en-US", RecognizerPhrases.From(Shipped.Value, "en-US"))?.Time);
        Assert.NotEqual(new TimeOnly(21, 0), TimeOfDayRecognizer.Recognize("monday 9 n.m.", "en-US", RecognizerPhrases.From(Shipped.Value, "en-US"))?.Time);
        Assert.Equal(new TimeOnly(21, 0), TimeOfDayRecognizer.Recognize("monday 9 n.m.", "en-US", RecognizerPhrases.From(edited, "en-US"))?.Time);
    }

    [Fact]
    public void NotApplicableIsASkipAsTheDialogsListIt()
    {
        // "n/a" is listed as written: without "na" in the list it still skips, and it is no rewrite of "na" in the code.
        var edited = EditedDialogs.Load("recognizers.yaml", yaml => yaml.Replace("nothing; na; n/a;", "nothing; n/a;", StringComparison.Ordinal));
        Assert.Equal(PromptSignal.Skip, PromptCommands.Recognize(Shipped.Value, "N/A", "en-US"));
        Assert.Equal(PromptSignal.Skip, PromptCommands.Recognize(edited, "n/a please", "en-US"));
        Assert.Null(PromptCommands.Recognize(edited, "na", "en-US"));
    }

    [Fact]
    public void TheShippedWordsAreTheOnesEveryRecognizerReads()
    {
        var shipped = LanguageWordTables.Read(Shipped.Value, null);
        Assert.Equal(shipped.YesPhrases.Order(), EnglishWords.Instance.YesPhrases.Order());
        Assert.Equal(shipped.Cardinals.OrderBy(c => c.Key), EnglishWords.Instance.Cardinals.OrderBy(c => c.Key));
        Assert.Equal(4, shipped.LongestPhraseWords); // "i don't think so"
        Assert.True(BooleanRecognizer.Recognize("i dont think so", "en-US") == false);
        Assert.Equal(PromptSignal.NotSure, PromptCommands.Recognize(Shipped.Value, "I'm NOT sure!", "en-US"));
        Assert.Equal(PromptSignal.Back, PromptCommands.Recognize(Shipped.Value, "just go back", "en-US"));
        Assert.Null(PromptCommands.Recognize(Shipped.Value, "I want to skip meetings", "en-US"));
    }

    [Theory]
    [InlineData("  yes: \"yes;", "  yes: \" ; \"\n  yesBefore: \"yes;", null, "recognizers.words.yes")]
    [InlineData("7 = seven;", "", null, "recognizers.words.cardinals")]
    [InlineData("noon = noon, midday, lunchtime;", "noonish = noon;", null, "recognizers.words.timeWords")]
    [InlineData("100 = hundred;", "100 = hundred; 12 = hundred;", null, "recognizers.words.multipliers")]
    [InlineData("allChoicesHeads: \"all;", "allChoicesHeads: \"every one;", null, "recognizers.words.allChoicesHeads")]
    [InlineData("dottedMeridiems: \"am = a.m.; pm = p.m.\"", "dottedMeridiems: \"am = a.m.\"", null, "recognizers.words.dottedMeridiems")]
    [InlineData("dottedMeridiems: \"am = a.m.; pm = p.m.\"", "dottedMeridiems: \"am = a.m.; noon = n.n.\"", null, "recognizers.words.dottedMeridiems")]
    [InlineData("  perWord: \"per\"", "  perWord: \"per; a\"", null, "recognizers.words.perWord")]
    [InlineData("  pluralEndings: \"s\"", "  pluralEndings: \" \"", null, "recognizers.words.pluralEndings")]
    [InlineData("  back: \"back;", "  back: \"skip; back;", "prompt", "recognizers.prompt.back")]
    public void ABrokenWordListFailsNamingItsKey(string replace, string with, string? prompt, string key)
    {
        var texts = EditedDialogs.Load("recognizers.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        var error = prompt is null
            // What RecognizerPhrases.UseWordsOf reads at start; read only, so the other tests keep the shipped words.
            ? Assert.Throws<InvalidDataException>(() => LanguageWordTables.Read(texts, null))
            : Assert.Throws<InvalidDataException>(() => PromptCommands.From(texts));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
