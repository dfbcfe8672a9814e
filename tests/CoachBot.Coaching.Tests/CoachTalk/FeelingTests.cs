using CoachBot.Coaching.Crisis;
using CoachBot.Coaching.Feelings;
using CoachBot.Coaching.Tests.Conversations;
using Xunit;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>tests/Data/coaching/feelings.yaml: each feeling heard, answered with what was heard, a small step, then the plan.</summary>
public sealed class FeelingTests
{
    private static readonly FeelingReader Reader = new(Texts);
    private static readonly CrisisDetector Crisis = new(Texts);

    public static TheoryData<LabelledItem> Items()
    {
        var data = new TheoryData<LabelledItem>();
        foreach (var item in LabelledSet.Items("feelings.yaml")) data.Add(item);
        return data;
    }

    [Theory, MemberData(nameof(Items))]
    public void EachFeelingIsHeardAndNoneIsACrisis(LabelledItem item)
    {
        var heard = Reader.Read(item.Text);
        var expected = item["feeling"]!;
        var right = new[] { expected }.Concat((item["alsoRight"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (expected == "none") Assert.True(heard is null || right.Contains(heard.Key), $"'{item.Text}' was heard as {heard?.Key}");
        else Assert.True(heard is not null && right.Contains(heard.Key), $"'{item.Text}' was heard as {heard?.Key ?? "nothing"}, not {expected}");
        if (item.Flag("distress")) Assert.True(heard!.Distress, $"'{item.Text}' is distress");
        if (heard is not null) Assert.True(heard.Mild == item.Flag("mild"), $"'{item.Text}' mild: {heard.Mild}");
        Assert.False(Crisis.IsCrisis(item.Text));
    }

    [Fact]
    public async Task AtTheMenuEachFeelingIsNamedThenAStepThenThePlan()
    {
        var chat = await GoalConversationTests.WithGoal();
        foreach (var item in LabelledSet.Items("feelings.yaml").Where(i => i["at"] is null && i["feeling"] != "none" && !i.Flag("mild")))
        {
            var reply = await chat.SayAsync(item.Text);
            var key = Reader.Read(item.Text)!.Key;
            var text = reply.Text;
            var heard = text.IndexOf(Says("feelings.feelings." + key + ".heard"), StringComparison.Ordinal);
            var step = text.IndexOf(Says("feelings.feelings." + key + ".step"), StringComparison.Ordinal);
            var plan = Math.Max(text.IndexOf("my plan", StringComparison.Ordinal), text.IndexOf("your next step is", StringComparison.Ordinal));
            Assert.True(heard >= 0 && step > heard && plan > step, $"'{item.Text}' got:\n{text}");
        }
    }

    [Fact]
    public async Task AFeelingSaidLightlyGetsALightLineAndNoPlanOrCheckInsThatDoNotExist()
    {
        var chat = Start();
        await chat.JoinAsync();
        foreach (var item in LabelledSet.Items("feelings.yaml").Where(i => i.Flag("mild")))
        {
            var reply = await chat.SayAsync(item.Text);
            var key = Reader.Read(item.Text)!.Key;
            reply.AssertContains(Says("feelings.feelings." + key + ".light"), Says(FeelingTexts.BackNoGoals))
                .AssertNotContains(Says("feelings.feelings." + key + ".heard"), Says("feelings.feelings." + key + ".step"), "plan\"", "off the plan", "check-in");
        }
    }

    [Fact]
    public async Task WithNoPlanTheExhaustionReplyNamesNoPlan()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("i'm so tired, running on empty")).AssertContains(Says("feelings.feelings.exhaustion.stepNoPlan"), Says(FeelingTexts.BackNoGoals))
            .AssertNotContains("off the plan", "my plan");
    }

    [Fact]
    public async Task ATextWithNoFeelingIsNotTreatedAsOne()
    {
        var chat = await GoalConversationTests.WithGoal();
        foreach (var item in LabelledSet.Items("feelings.yaml").Where(i => i["at"] is null && i["feeling"] == "none"))
        {
            var reply = await chat.SayAsync(item.Text);
            foreach (var key in Reader.Keys) reply.AssertNotContains(Says("feelings.feelings." + key + ".heard"));
        }
    }

    [Fact]
    public async Task WornOutEarlierOffersALighterStartAtThePlan()
    {
        // Seen in a terminal chat: "worn out", then a goal, then a 7-step plan with no word about the load.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("honestly i'm kinda worn out lately")).AssertContains(Says("feelings.feelings.exhaustion.heard"));
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        (await chat.SayAsync("yes")).AssertContains(Says(Dialogs.GoalTexts.PlanQuestionWornOut), "Just the first two");
        (await chat.SayAsync("first two")).AssertContains(Says(Dialogs.GoalTexts.PlanLighter));
        var state = await StateAsync(chat);
        Assert.Equal(2, state.Goals[0].Steps.Count);
        Assert.Null(state.WornOutOn);
    }

    [Fact]
    public async Task TiredSaidLightlyIsNotRememberedAsWornOut()
    {
        // Seen in a terminal chat: "bit tired but ok" at the menu, and the plan later said "You said you're worn out".
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("bit tired but ok");
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        (await chat.SayAsync("yes")).AssertContains(Says(Dialogs.GoalTexts.PlanQuestion)).AssertNotContains(Says(Dialogs.GoalTexts.PlanQuestionWornOut));
        Assert.Null((await StateAsync(chat)).WornOutOn);
    }

    [Fact]
    public async Task WithoutWornOutThePlanIsProposedAsUsual()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        (await chat.SayAsync("yes")).AssertContains(Says(Dialogs.GoalTexts.PlanQuestion)).AssertNotContains(Says(Dialogs.GoalTexts.PlanQuestionWornOut), "Just the first two");
    }
}
