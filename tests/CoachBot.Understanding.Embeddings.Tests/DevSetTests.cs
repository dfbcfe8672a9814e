using CoachBot.Understanding.Embeddings.Evaluation;

namespace CoachBot.Understanding.Embeddings.Tests;

public class DevSetTests
{
    [Fact]
    public void NoDevItemIsAnExampleOrNearlyOne()
    {
        var examples = SharedModel.Examples.SelectMany(s => s.Candidates.SelectMany(c => c.Phrases));
        var overlaps = NearDuplicates.Find(DevSet.Read(DevSet.DefaultPath).Select(i => i.Text), examples).ToList();
        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps.Select(o => $"\"{o.Text}\" ~ \"{o.Example}\"")));
    }

    /// <summary>Issue 11: no utterance of the labelled sets (tests/Data, every file), nor a near-duplicate, is an example phrase.</summary>
    [Fact]
    public void NoLabelledUtteranceIsAnExampleOrNearlyOne()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "CoachBot.sln"))) dir = dir.Parent;
        var labelled = LabelledSets.AllTexts(Path.Combine(dir.FullName, "tests", "Data")).ToList();
        Assert.True(labelled.Count > 1000, $"only {labelled.Count} labelled texts found");

        var examples = ExamplesFile.Read(SharedModel.ExamplesPath, examplesOnly: true).SelectMany(s => s.Candidates.SelectMany(c => c.Phrases));
        var overlaps = NearDuplicates.Find(labelled, examples).ToList();
        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps.Select(o => $"\"{o.Text}\" ~ \"{o.Example}\"")));
    }

    [Fact]
    public void EveryDevKeyIsAKeyOfItsSet()
    {
        var keys = SharedModel.Examples.ToDictionary(s => s.Id, s => s.Candidates.Select(c => c.Key).ToHashSet());
        Assert.All(DevSet.Read(DevSet.DefaultPath), item =>
        {
            Assert.True(keys.ContainsKey(item.SetId), item.SetId);
            if (item.Key is not null) Assert.Contains(item.Key, keys[item.SetId]);
        });
    }

    [Theory]
    [InlineData("Finished it last week!", "finished it last week", true)]
    [InlineData("I finished it last week", "finished it last week", true)]
    [InlineData("I finished the whole thing last week", "finished it last week", false)]
    [InlineData("done", "done!", true)]
    [InlineData("done", "all done", false)]
    public void NearDuplicatesAreTheSameWordsButForOne(string a, string b, bool near) => Assert.Equal(near, NearDuplicates.Near(a, b));
}
