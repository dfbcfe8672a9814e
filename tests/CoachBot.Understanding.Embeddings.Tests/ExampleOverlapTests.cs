using CoachBot.BotFramework.Text;
using CoachBot.TestSupport;
using CoachBot.Understanding.Embeddings.Evaluation;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>The example phrases in dialogs/ must not be the labelled set's utterances (nor one word from them): the set measures the matcher.</summary>
public sealed class ExampleOverlapTests
{
    [Fact]
    public void NoExamplePhraseInDialogsIsNearALabelledUtterance()
    {
        var texts = TextCatalog.Load(RepoPaths.Dialogs);
        var examples = texts.Choices.SetIds.SelectMany(id => texts.Choices.Get(id, "en-US")).SelectMany(c => c.Examples ?? []).ToList();
        Assert.NotEmpty(examples);
        var labelled = LabelledSets.AllTexts(Path.Combine(RepoPaths.Root, "tests", "Data"));
        var overlaps = NearDuplicates.Find(labelled, examples).Select(o => $"\"{o.Text}\" ~ \"{o.Example}\"").ToList();
        Assert.True(overlaps.Count == 0, "Near-duplicates of labelled utterances in dialogs/: " + string.Join("; ", overlaps));
    }
}
