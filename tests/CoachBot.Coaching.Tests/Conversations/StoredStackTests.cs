using System.Text.Json.Nodes;
using CoachBot.BotFramework.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>A conversation stored by the release before typed dialog state and keyed choices, answered after the update.</summary>
public sealed class StoredStackTests
{
    [Fact]
    public async Task AReflectionWaitingAtAnOldShapePromptIsResetWithTheFriendlySentence()
    {
        var chat = await GoalConversationTests.WithGoal();
        var stored = await chat.Store.ReadAsync(chat.UserKey, default);
        var record = JsonNode.Parse(stored!.Json)!;
        record["dialogState"] = new JsonObject { ["dialogStack"] = new JsonArray(OldReflectionFrame()) };
        await chat.Store.WriteAsync(chat.UserKey, record.ToJsonString(), stored.ETag, [], default);

        (await chat.SayAsync("behind")).AssertContains(Says(DialogTexts.Reset));

        Assert.Empty(JsonNode.Parse((await chat.Store.ReadAsync(chat.UserKey, default))!.Json)!["dialogState"]!["dialogStack"]!.AsArray());
        (await chat.SayAsync("check in")).AssertContains(Says("reflection.intro"));
        Assert.Single((await StateAsync(chat)).Goals); // nothing the user told the coach was lost
    }

    [Fact]
    public async Task TheLeaveGoalQuestionKeepsTypedStateAndAnOldShapeFrameIsReset()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("I want to become a data analyst");
        (await chat.SayAsync("set a new goal")).AssertContains(Says(CoachBot.Coaching.Commands.MenuTexts.LeaveGoalForNewGoal));
        var stored = await chat.Store.ReadAsync(chat.UserKey, default);
        var record = JsonNode.Parse(stored!.Json)!;
        var stack = record["dialogState"]!["dialogStack"]!.AsArray();
        var frame = stack.Select(f => f!.AsObject()).Single(f => f["id"]!.GetValue<string>() == CoachBot.Coaching.Commands.LeaveGoalDialog.DialogId);
        // One typed state object (enums by name), not loose keys beside it.
        Assert.Equal("NewGoal", frame["state"]!["state"]!["kind"]!.GetValue<string>());
        Assert.Null(frame["state"]!["kind"]);
        Assert.NotEqual("1", frame["version"]!.GetValue<string>());

        // The frame as the release before wrote it: loose keys, version "1". Read as stale, reset kindly, never misread.
        frame["version"] = "1";
        frame["state"] = new JsonObject { ["kind"] = "NewGoal", ["prompt"] = "Leave your goal?" };
        await chat.Store.WriteAsync(chat.UserKey, record.ToJsonString(), stored.ETag, [], default);
        (await chat.SayAsync("yes")).AssertContains(Says(DialogTexts.Reset));
    }

    /// <summary>
    /// The frame the untyped reflection wrote while waiting for "how is it going": versions as that release computed
    /// them (from its step names), the waterfall's options and values bags, choices without keys.
    /// </summary>
    private static JsonObject OldReflectionFrame()
    {
        string[] goalSteps = ["AskProgressAsync", "AskWhatHelpsAsync", "AskFixDetailAsync", "ConfirmChangeAsync", "ApplyChangeAsync",
            "AskWentWellAsync", "AskInTheWayAsync", "NextGoalAsync"];
        string[] closingSteps = ["AskDeadlinesAsync", "AskPrioritiesAsync", "AskOpportunityAsync", "SaveAsync"];
        var goal = DialogVersion.Of(goalSteps.Prepend("reflection.goal"));
        var closing = DialogVersion.Of(closingSteps.Prepend("reflection.closing"));
        var inner = string.Join(";", new[]
        {
            "reflection.choice=1", "reflection.closing=" + closing, "reflection.confirm=1", "reflection.date=1",
            "reflection.goal=" + goal, "reflection.text=1",
        });
        return new JsonObject
        {
            ["id"] = "reflection",
            ["version"] = DialogVersion.Of(["reflection", inner]),
            ["state"] = new JsonObject(),
            ["innerStack"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "reflection.choice",
                    ["version"] = "1",
                    ["state"] = new JsonObject
                    {
                        ["options"] = new JsonObject
                        {
                            ["prompt"] = "How is it going?",
                            ["choices"] = new JsonArray(new JsonObject { ["value"] = "Done" }, new JsonObject { ["value"] = "On track" },
                                new JsonObject { ["value"] = "Behind" }, new JsonObject { ["value"] = "Blocked" }),
                            ["maxAttempts"] = 3, ["allowSkip"] = true, ["allowBack"] = false,
                        },
                        ["attempts"] = 0,
                    },
                },
                new JsonObject
                {
                    ["id"] = "reflection.goal",
                    ["version"] = goal,
                    ["state"] = new JsonObject
                    {
                        ["stepIndex"] = 0,
                        ["values"] = new JsonObject(),
                        ["options"] = new JsonObject
                        {
                            ["goalIndex"] = 0,
                            ["history"] = new JsonObject { ["goals"] = new JsonArray(new JsonObject { ["goalId"] = "g1", ["step"] = "Book the exam" }) },
                        },
                    },
                }),
        };
    }
}
