using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Tests.Text;

/// <summary>A key written twice in a dialogs/ file is a load error naming the file and the key, never "the later one wins".</summary>
public sealed class DuplicateKeyTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("coachbot-dupkeys-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string yaml)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "en-US"));
        var file = Path.Combine(folder.FullName, "goal.yaml");
        File.WriteAllText(file, yaml);
        return file;
    }

    public static TheoryData<string, string> Duplicates() => new()
    {
        { "askGoal: \"What goal?\"\nsaved: \"Saved.\"\naskGoal: \"Which goal?\"\n", "askGoal" },
        { "ask:\n  goal: \"What goal?\"\n  hours: \"How many hours?\"\n  goal: \"Which goal?\"\n", "ask.goal" },
        { "ask:\n  goal: \"What goal?\"\nask:\n  hours: \"How many hours?\"\n", "ask" },
        { "choices:\n  plan:\n    accept: { title: \"Looks good\" }\n    accept: { title: \"Fine\" }\n", "choices.plan.accept" },
        { "choices:\n  plan:\n    accept: { title: \"Looks good\", title: \"Fine\" }\n", "choices.plan.accept.title" },
    };

    [Theory, MemberData(nameof(Duplicates))]
    public void ADuplicatedKeyFailsTheLoadNamingFileAndKey(string yaml, string key)
    {
        var file = Write(yaml);
        var error = Assert.Throws<InvalidDataException>(() => TextCatalog.Load(_root.FullName));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("'" + key + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameKeyUnderTwoParentsIsNoDuplicate()
    {
        Write("ask:\n  goal: \"What goal?\"\nretry:\n  goal: \"Which goal, again?\"\n");
        var catalog = TextCatalog.Load(_root.FullName);
        Assert.Equal("What goal?", catalog.Get("goal.ask.goal"));
        Assert.Equal("Which goal, again?", catalog.Get("goal.retry.goal"));
    }
}
