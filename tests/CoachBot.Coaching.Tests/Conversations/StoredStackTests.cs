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
