using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Tests.Text;

public sealed class ChoiceCatalogTests : IDisposable
{
    private enum Progress { Done, OnTrack, Behind }

    private static readonly ChoiceSet<Progress> ProgressSet = new("reflection.progress");

    private const string English = """
        askProgress: "How is it going?"
        choices:
          progress:
            done: { title: "Done", synonyms: ["finished", "all done"], examples: ["finished it on Sunday"] }
            onTrack:
              title: "On track"
              synonyms: ["fine"]
            behind: { title: "Behind" }
        """;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("coachbot-choices-");

    public void Dispose() => _root.Delete(recursive: true);

    private TextCatalog Load(params (string Locale, string Yaml)[] files)
    {
        foreach (var (locale, yaml) in files)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, locale));
            File.WriteAllText(Path.Combine(folder.FullName, "reflection.yaml"), yaml);
        }
        return TextCatalog.Load(_root.FullName);
    }

    [Fact]
    public void ASetIsReadInFileOrderWithTitlesSynonymsAndExamples()
    {
        var catalog = Load(("en-US", English));

        var choices = catalog.Choices.Get(ProgressSet, "en-US");

        Assert.Equal(["done", "onTrack", "behind"], choices.Select(c => c.Key));
        Assert.Equal(["Done", "On track", "Behind"], choices.Select(c => c.Title));
        Assert.Equal(["finished", "all done"], choices[0].Synonyms!);
        Assert.Equal(["finished it on Sunday"], choices[0].Examples!);
        Assert.Null(choices[2].Synonyms);
        // The choices section holds no sentences; the sentences beside it are read as before.
        Assert.Equal("How is it going?", catalog.Get("reflection.askProgress"));
        Assert.False(catalog.Contains("reflection.choices.progress.done.title"));
    }

    [Fact]
    public void EnumMembersAreTheKeysInCamelCase()
    {
        Assert.Equal("onTrack", ProgressSet.KeyOf(Progress.OnTrack));
        Assert.Equal(Progress.Behind, ProgressSet.ValueOf("behind"));
        Assert.Null(ProgressSet.ValueOf("Behind"));
        Assert.Equal(Progress.Done, ProgressSet.Read(new CoachBot.BotFramework.Recognizers.FoundChoice("done", "Done", 1)));
        Assert.Null(ProgressSet.Read(CoachBot.BotFramework.Dialogs.Prompts.PromptSignal.Skip));
    }

    [Fact]
    public void AMissingKeyTheCodeNeedsFailsValidationNamingSetAndKey()
    {
        var catalog = Load(("en-US", English.Replace("    behind: { title: \"Behind\" }", "")));

        var error = Assert.Throws<InvalidDataException>(() => catalog.Choices.Validate([ProgressSet]));

        Assert.Contains("reflection.progress.behind", error.Message);
        Assert.DoesNotContain("onTrack", error.Message);
    }

    [Fact]
    public void AMissingSetFailsValidationNamingTheSet()
    {
        var catalog = Load(("en-US", "askProgress: \"How is it going?\"\n"));

        var error = Assert.Throws<InvalidDataException>(() => catalog.Choices.Validate([ProgressSet, new ChoiceSet("menu.main")]));

        Assert.Contains("reflection.progress", error.Message);
        Assert.Contains("menu.main", error.Message);
    }

    [Fact]
    public void ALocaleFallsBackToItsLanguageThenToEnglish()
    {
        var catalog = Load(("en-US", English), ("fr-FR", """
            choices:
              progress:
                behind: { title: "En retard" }
                done: { title: "Fait" }
                onTrack: { title: "Dans les temps" }
            """));

        Assert.Equal(["En retard", "Fait", "Dans les temps"], catalog.Choices.Get(ProgressSet, "fr-CA").Select(c => c.Title));
        Assert.Equal(["Done", "On track", "Behind"], catalog.Choices.Get(ProgressSet, "de-DE").Select(c => c.Title));
        Assert.Equal("Fait", catalog.Choices.TitleOf(ProgressSet, "done", "fr-FR"));
        Assert.Null(catalog.Choices.TitleOf(ProgressSet, "gone", "fr-FR"));
    }

    [Fact]
    public void ATranslationMissingAKeyFailsToLoadNamingLocaleAndSet()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(("en-US", English), ("de-DE", """
            choices:
              progress:
                done: { title: "Erledigt" }
                onTrack: { title: "Im Plan" }
            """)));

        Assert.Contains("de-DE", error.Message);
        Assert.Contains("reflection.progress", error.Message);
    }

    [Theory]
    [InlineData("    onTrack: { title: \"On track\", synonyms: [\"done\"] }", "picks both")]
    [InlineData("    On_track: { title: \"On track\" }", "camelCase")]
    [InlineData("    onTrack: { synonyms: [\"fine\"] }", "no title")]
    [InlineData("    onTrack: { title: \"On track\", payload: \"x\" }", "payload")]
    public void AChoiceThatCannotMeanOneThingFailsToLoad(string line, string reason)
    {
        var yaml = $"""
            choices:
              progress:
                done: {"{"} title: "Done" {"}"}
            {line}
            """;

        var error = Assert.Throws<InvalidDataException>(() => Load(("en-US", yaml)));

        Assert.Contains(reason, error.Message);
        Assert.Contains("reflection.yaml", error.Message);
    }
}
