using CoachBot.Coaching.Reflection;
using Xunit;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>tests/Data/coaching/checkin-answers.yaml: the check-in hears in each answer what a coach would.</summary>
public sealed class CheckInReadingTests
{
    private static readonly CheckInReader Reader = new(Texts);

    private static readonly HashSet<string> Stop = ["a", "an", "the", "my", "of", "to", "and", "i", "at", "by", "in", "for", "with", "is", "was", "on", "s"];

    /// <summary>The place word and the speaker's own words are read from reflection.reading; a broken one fails naming its key.</summary>
    [Theory]
    [InlineData("  placeWord: \"at\"", "  placeWord: \"at or in\"", "reflection.reading.placeWord")]
    [InlineData("  selfWords: \"i\"", "  selfWords: \" ; \"", "reflection.reading.selfWords")]
    public void ABrokenReadingWordFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = CoachBot.TestSupport.EditedDialogs.Load("reflection.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        Assert.Contains(key, Assert.Throws<InvalidDataException>(() => new CheckInReader(texts)).Message, StringComparison.Ordinal);
    }

    public static TheoryData<LabelledItem> Answers()
    {
        var data = new TheoryData<LabelledItem>();
        foreach (var item in LabelledSet.Items("checkin-answers.yaml")) data.Add(item);
        return data;
    }

    /// <summary>Most of the label's content words are in the phrase the coach says back (plural s and possessives aside).</summary>
    private static void AssertNames(string expected, string? actual, string text)
    {
        Assert.NotNull(actual);
        static IEnumerable<string> Content(string s) => Conversation.PhraseSet.Words(s).Select(w => w.TrimEnd('s')).Where(w => !Stop.Contains(w));
        var wanted = Content(expected).Distinct().ToList();
        var found = Content(actual!).ToHashSet();
        var share = wanted.Count(found.Contains) / (double)wanted.Count;
        Assert.True(share >= 0.5, $"'{text}': said back '{actual}' for '{expected}'");
    }

    [Theory, MemberData(nameof(Answers))]
    public void TheCheckInHearsWhatACoachWould(LabelledItem item)
    {
        var hear = item.Map("hear");
        var at = item["at"];
        if (hear.ContainsKey("win"))
        {
            var win = Reader.Win(item.Text);
            if (hear["win"] is { } expected) AssertNames(expected, win, item.Text);
            else Assert.Null(win);
        }
        if (hear.TryGetValue("obstacle", out var obstacle))
            Assert.Equal(obstacle, Reader.ObstacleIn(item.Text) is { } o ? char.ToLowerInvariant(o.ToString()[0]) + o.ToString()[1..] : null);
        if (hear.TryGetValue("opportunity", out var opportunity))
        {
            var read = Reader.Opportunity(item.Text, at == "checkin.wentWell" ? 3 : 1);
            AssertNames(opportunity!, read.Opportunity, item.Text);
            if (hear.TryGetValue("opportunityKind", out var kind)) Assert.Equal(kind, read.Kind);
            if (hear.TryGetValue("offerAs", out var offerAs)) Assert.Equal(offerAs == "goal", read.AsGoal);
        }
        if (hear.ContainsKey("challenge")) Assert.NotNull(Reader.Opportunity(item.Text).Challenge);
        if (at == "checkin.opportunities" && hear.Count == 0)
        {
            var read = Reader.Opportunity(item.Text);
            Assert.True(read.Opportunity is null && read.Challenge is null, item.Text);
        }
        if (hear.TryGetValue("prioritiesChanged", out var changed))
        {
            var (isChanged, revisit) = Reader.Priorities(item.Text);
            Assert.Equal(changed == "true", isChanged);
            if (hear.TryGetValue("revisit", out var expected)) Assert.Equal(expected, revisit);
        }
        if (hear.TryGetValue("deadlinesRealistic", out var realistic))
            Assert.Equal(realistic == "true", Reader.DeadlinesRealistic(item.Text, asked: at == "checkin.deadlines"));
    }
}
