using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Crisis;
using CoachBot.Coaching.Tests.Conversations;
using CoachBot.TestSupport;
using Xunit;
using Xunit.Abstractions;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>The labelled crisis set (tests/Data/coaching/crisis.yaml): every message that must fire does, on every channel; no idiom does.</summary>
public sealed class CrisisTests(ITestOutputHelper output)
{
    private static readonly CrisisDetector Detector = new(Texts);

    public static TheoryData<LabelledItem> MustFire() => Cases(fire: true);

    public static TheoryData<LabelledItem> MustNotFire() => Cases(fire: false);

    private static TheoryData<LabelledItem> Cases(bool fire)
    {
        var data = new TheoryData<LabelledItem>();
        foreach (var item in LabelledSet.Items("crisis.yaml").Where(i => i.Flag("fire") == fire && !i.Flag("soft"))) data.Add(item);
        return data;
    }

    [Theory, MemberData(nameof(MustFire))]
    public void CrisisWordsAreHeardInEveryPhrasing(LabelledItem item) => Assert.True(Detector.IsCrisis(item.Text), item.Text);

    [Theory, MemberData(nameof(MustNotFire))]
    public void IdiomsAreNotTakenForACrisis(LabelledItem item) => Assert.False(Detector.IsCrisis(item.Text), item.Text);

    [Fact]
    public void SoftItemsAreReported()
    {
        var soft = LabelledSet.Items("crisis.yaml").Where(i => i.Flag("soft")).ToList();
        Assert.NotEmpty(soft);
        foreach (var item in soft)
            output.WriteLine($"{(Detector.IsCrisis(item.Text) == item.Flag("fire") ? "as labelled" : "NOT as labelled")}: {item.Text}");
    }

    [Theory]
    [InlineData(Channels.Msteams)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Slack)]
    [InlineData(Channels.Terminal)]
    public async Task EveryCrisisMessageGetsTheCrisisReplyAndNothingAboutGoals(string channel)
    {
        var logger = new ListLogger<CoachingBot>();
        var chat = Start(channel: channel, logger: logger, options: new CoachingOptions { SupportContact = "the employee assistance line, 0800 111 222" });
        await chat.JoinAsync();
        var items = LabelledSet.Items("crisis.yaml").Where(i => i.Flag("fire") && !i.Flag("soft")).ToList();
        foreach (var item in items)
        {
            var reply = await chat.SayAsync(item.Text);
            reply.AssertContains(Says(CrisisTexts.Message), "988", "local emergency number", "employee assistance line")
                .AssertNotContains("goal", "plan", "step");
            Assert.Single(reply.Activities);
            Assert.Null(reply.Activities[0].SuggestedActions);
        }
        var logged = logger.Entries.Where(e => e.Message.Contains("Crisis reply")).ToList();
        Assert.Equal(items.Count, logged.Count);
        Assert.DoesNotContain(logged, e => items.Any(i => e.Message.Contains(i.Text, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task IdiomsGoTheirNormalWay()
    {
        var chat = Start();
        await chat.JoinAsync();
        foreach (var item in LabelledSet.Items("crisis.yaml").Where(i => !i.Flag("fire") && !i.Flag("soft")))
            (await chat.SayAsync(item.Text)).AssertNotContains(Says(CrisisTexts.Message));
    }

    [Fact]
    public async Task OutsideTheUsTheLineIsTheLocalOneAndNo988()
    {
        var chat = Start(locale: "en-GB", timeZone: "Europe/London");
        await chat.JoinAsync();
        (await chat.SayAsync("i wanna die")).AssertContains("crisis line", "local emergency number").AssertNotContains("988", "At work");
    }

    [Fact]
    public async Task AUsTimeZoneNames988WhateverTheLocale()
    {
        var chat = Start(locale: "en-GB", timeZone: "America/Chicago");
        await chat.JoinAsync();
        (await chat.SayAsync("I want to end my life")).AssertContains("988", "local emergency number");
    }

    [Fact]
    public async Task InTheMiddleOfADialogTheQuestionIsNotAskedAgain()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        var reply = await chat.SayAsync("I don't want to live anymore");
        reply.AssertContains(Says(CrisisTexts.Message)).AssertNotContains(Says("assessment.ask.strengths"));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task InsideACheckInAnswerTheStatusIsNotTaken()
    {
        var chat = await GoalConversationTests.WithGoal();
        await chat.SayAsync("check in");
        var reply = await chat.SayAsync("behind. also I don't really see the point in being alive anymore");
        reply.AssertContains(Says(CrisisTexts.Message)).AssertNotContains(Says("reflection.askFix"));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }
}
