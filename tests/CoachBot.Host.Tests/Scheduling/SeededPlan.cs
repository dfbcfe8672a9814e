using System.Text.Json;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Model;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>Gives a user a goal with a plan directly in the store, so a test can go straight to the check-in.</summary>
public static class SeededPlan
{
    public const string StepTitle = "Book the AZ-104 exam";

    public static async Task AddGoalAsync(SchedulerHarness bot, string userKey, DateOnly firstStepDue)
    {
        var stored = await bot.Store.ReadAsync(userKey, CancellationToken.None) ?? throw new InvalidOperationException("The user has no record yet.");
        var record = bot.Records.Deserialize(stored.Json);
        var coach = new CoachingState { NextGoalNumber = 2 };
        coach.Goals.Add(new Goal
        {
            Id = "g1", Text = "get certified", Statement = "Pass the AZ-104 exam by June 30, 2027", Status = GoalStatus.Active,
            Deadline = new DateOnly(2027, 6, 30), CreatedOn = new DateOnly(2027, 1, 1),
            Steps =
            [
                new PlanStep { Id = "s1", Title = StepTitle, Due = firstStepDue },
                new PlanStep { Id = "s2", Title = "Take a practice test", Due = firstStepDue.AddDays(30) },
            ],
        });
        record.Properties[CoachingState.PropertyName] = JsonSerializer.SerializeToElement(coach, CoachingJsonContext.Default.CoachingState);
        await bot.Store.WriteAsync(userKey, bot.Records.Serialize(record), stored.ETag, [], CancellationToken.None);
    }
}
