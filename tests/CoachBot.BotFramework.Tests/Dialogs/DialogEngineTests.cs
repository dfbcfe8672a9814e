using System.Text.Json.Nodes;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.BotFramework.Tests.Dialogs;

public sealed class DialogEngineTests
{
    private static readonly TextCatalog Texts = DialogTestTexts.Load();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    private ConversationTest Chat(IUserStore? store = null, bool extraStep = false, string channel = Channels.Test) =>
        new(new DialogTestBot(Texts, new ProfileDialog(extraStep)), Texts, store, _clock, channel);

    [Fact]
    public async Task WaterfallRunsPromptsInOrderAndPassesResults()
    {
        var chat = Chat();
        (await chat.SayAsync("start")).AssertContains("What's your name?");
        (await chat.SayAsync("Ada")).AssertContains("How confident");
        (await chat.SayAsync("seven")).AssertContains("By when?");
        (await chat.SayAsync("by end of June 2027")).AssertContains("Which track?", "Get promoted");
        (await chat.SayAsync("promotion")).AssertContains("Pick your values.", "1. Growth");
        (await chat.SayAsync("growth and 4")).AssertContains("Save this, Ada?");
        (await chat.SayAsync("yep")).AssertContains("Saved: Ada, 7, 2027-06-30, promotion, growth+impact.");
        (await chat.SayAsync("anything")).AssertContains("Idle.");
    }

    [Fact]
    public async Task ValidatorRetryMessageIsSpecificAndTheQuestionIsRepeated()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        var reply = await chat.SayAsync("R2D2");
        reply.AssertContains("A name has no digits in it.", "What's your name?");
    }

    [Fact]
    public async Task NumberOutOfRangeAndPastDateSayWhatWasWrong()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        (await chat.SayAsync("11")).AssertContains(Texts.Get(DialogTexts.NumberTooLarge, "en-US", ("max", 10)));
        (await chat.SayAsync("8")).AssertContains("By when?");
        (await chat.SayAsync("March 3 2026")).AssertContains("has already passed", "2026");
        (await chat.SayAsync("February 30 2027")).AssertContains(Texts.Get(DialogTexts.InvalidDate, "en-US"));
    }

    [Fact]
    public async Task AttemptLimitGivesUpGracefullyAndMovesOn()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        await chat.SayAsync("lots");
        await chat.SayAsync("very");
        var third = await chat.SayAsync("hmm");
        third.AssertContains(Texts.Get(DialogTexts.GaveUp, "en-US"), "By when?");
    }

    [Fact]
    public async Task SkipNotSureAndBackWorkAtAnyQuestion()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        (await chat.SayAsync("skip")).AssertContains("How confident");
        (await chat.SayAsync("back")).AssertContains("What's your name?");
        (await chat.SayAsync("Grace")).AssertContains("How confident");
        (await chat.SayAsync("I'm not sure")).AssertContains("By when?");
        await chat.SayAsync("in 6 months");
        await chat.SayAsync("3");
        await chat.SayAsync("all");
        (await chat.SayAsync("yes")).AssertContains("Saved: Grace, , 2027-07-04, learnSkill, growth+salary+balance+impact.");
    }

    [Fact]
    public async Task HelpInterruptsAndTheSameQuestionIsAskedAgain()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        var help = await chat.SayAsync("help");
        help.AssertContains("Help: say cancel", "How confident");
        (await chat.SayAsync("6")).AssertContains("By when?");
    }

    [Fact]
    public async Task CancelEmptiesTheStackAndStartOverBeginsAgain()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        (await chat.SayAsync("cancel")).AssertContains("Cancelled.");
        (await chat.SayAsync("6")).AssertContains("Idle.");
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        (await chat.SayAsync("start over")).AssertContains("What's your name?");
    }

    [Fact]
    public async Task TheStackIsPersistedWithTheUsersRecord()
    {
        var store = new MemoryUserStore();
        await Chat(store).SayAsync("start");
        // A new bot and adapter over the same store: nothing is kept in memory between turns.
        var resumed = Chat(store);
        (await resumed.SayAsync("Ada")).AssertContains("How confident");
        var record = await store.ReadAsync(resumed.UserKey, default);
        Assert.Contains("\"profile\"", record!.Json);
        Assert.Contains("\"innerStack\"", record.Json);
        Assert.DoesNotContain("CoachBot.BotFramework", record.Json); // no .NET type names in stored state
    }

    [Fact]
    public async Task AStepsStateIsSavedWithItsFrameWithoutBeingWrittenBack()
    {
        var store = new MemoryUserStore();
        var chat = Chat(store);
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        await chat.SayAsync("8");

        var frame = WaterfallFrame(await StoredRecordAsync(store, chat));
        Assert.Equal(2, frame["stepIndex"]!.GetValue<int>());
        Assert.Equal("Ada", frame["state"]!["name"]!.GetValue<string>());
        Assert.Equal(8, frame["state"]!["confidence"]!.GetValue<decimal>());
        Assert.Null(frame["values"]);  // no string-keyed bag beside the typed state
        Assert.Null(frame["options"]);
    }

    [Fact]
    public async Task AStoredFrameOfTheOldShapeIsResetWithTheFriendlySentenceNotCrashedOn()
    {
        var store = new MemoryUserStore();
        var chat = Chat(store);
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");

        // The frame as the untyped waterfall stored it: its options and a bag of values, no state. The version is
        // left as it is now, so only the shape can tell.
        var stored = await store.ReadAsync(chat.UserKey, default);
        var record = JsonNode.Parse(stored!.Json)!;
        var frame = WaterfallFrame(record);
        frame.Remove("state");
        frame["options"] = null;
        frame["values"] = new JsonObject { ["name"] = "Ada" };
        await store.WriteAsync(chat.UserKey, record.ToJsonString(), stored.ETag, [], default);

        (await chat.SayAsync("7")).AssertContains(Texts.Get(DialogTexts.Reset, "en-US"), "Idle.");
        (await chat.SayAsync("start")).AssertContains("What's your name?");
    }

    private static async Task<JsonNode> StoredRecordAsync(IUserStore store, ConversationTest chat) =>
        JsonNode.Parse((await store.ReadAsync(chat.UserKey, default))!.Json)!;

    /// <summary>The frame of the profile's waterfall, inside the component's frame.</summary>
    private static JsonObject WaterfallFrame(JsonNode record) =>
        record["dialogState"]!["dialogStack"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == ProfileDialog.DialogId)!
            ["innerStack"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == "profile.steps")!["state"]!.AsObject();

    [Fact]
    public async Task AChangedDialogAfterDeploymentResetsTheStackWithAFriendlyMessage()
    {
        var store = new MemoryUserStore();
        var before = Chat(store);
        await before.SayAsync("start");
        await before.SayAsync("Ada");

        var after = Chat(store, extraStep: true); // the waterfall gained a step: stored step indexes mean something else now
        var reply = await after.SayAsync("7");
        reply.AssertContains(Texts.Get(DialogTexts.Reset, "en-US"), "Idle.");
        (await after.SayAsync("start")).AssertContains("What's your name?");
    }

    [Fact]
    public async Task AVanishedDialogResetsTheStack()
    {
        var store = new MemoryUserStore();
        await Chat(store).SayAsync("start");
        var other = new ConversationTest(new DialogTestBot(Texts, new WaterfallDialog("other", [(s, ct) => s.EndDialogAsync(null, ct)])),
            Texts, store, _clock);
        (await other.SayAsync("Ada")).AssertContains(Texts.Get(DialogTexts.Reset, "en-US"));
    }

    [Fact]
    public async Task ChoicesAreSuggestedActionsOnTeamsAndANumberedListInTheTerminal()
    {
        var teams = Chat(channel: Channels.Msteams);
        await teams.SayAsync("start");
        await teams.SayAsync("Ada");
        await teams.SayAsync("7");
        var onTeams = await teams.SayAsync("in 3 months");
        Assert.Equal(["Get promoted", "Change roles", "Learn a skill"], onTeams.Activities[^1].SuggestedActions!.Actions!.Select(a => a.Title));

        var terminal = Chat(channel: Channels.Terminal);
        await terminal.SayAsync("start");
        await terminal.SayAsync("Ada");
        await terminal.SayAsync("7");
        var inTerminal = await terminal.SayAsync("in 3 months");
        Assert.Null(inTerminal.Activities[^1].SuggestedActions);
        inTerminal.AssertContains("1. Get promoted", "3. Learn a skill");
        (await terminal.SayAsync("chnage roles")).AssertContains("Pick your values.");
    }

    [Fact]
    public async Task NonMessageActivitiesDoNotAnswerAPrompt()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SendAsync(new Activity { Type = ActivityTypes.Event, Name = "something" });
        (await chat.SayAsync("Ada")).AssertContains("How confident");
    }
}
