using static CoachBot.Coaching.Tests.Conversations.CoachChat;
using static CoachBot.Coaching.Tests.Conversations.GoalConversationTests;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Dates typed in plan edits read as the date prompt reads them (TurnDates: the same words of recognizers.yaml, dotted
/// day first, ISO, seasons, ordinals), on Monday 4 January 2027 with a goal due 30 July 2027.
/// </summary>
public sealed class DatesOutsidePromptsTests
{
    public static TheoryData<string, string> Moves => new()
    {
        { "move 2 to next friday", "Fri, 15 January 2027" },
        { "move 2 to end of Q2", "Wed, 30 June 2027" },
        { "move 2 to 15.03.2027", "Mon, 15 March 2027" },
        { "move 2 to 2027-04-01", "Thu, 1 April 2027" },
        { "move 2 to next spring", "Mon, 31 May 2027" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task AStepMovesToTheDateAsWritten(string said, string expected)
    {
        var chat = await WithGoal();
        (await chat.SayAsync(said)).AssertContains(expected);
    }

    public static TheoryData<string, string> Deadlines => new()
    {
        { "change the deadline of goal 1 to 30.09.2027", "Thu, 30 September 2027" },
        { "change the deadline of goal 1 to 2027-10-15", "Fri, 15 October 2027" },
        { "change the deadline of goal 1 to end of summer", "Tue, 31 August 2027" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public async Task TheDeadlineChangesToTheDateAsWritten(string said, string expected)
    {
        var chat = await WithGoal();
        (await chat.SayAsync(said)).AssertContains("Goal 1 is now due " + expected);
        Assert.Equal(DateOnly.ParseExact(expected, "ddd, d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")),
            (await StateAsync(chat)).Goals[0].Deadline);
    }
}
