using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Odd text anywhere gets a helpful reply; nothing crashes and nothing odd is stored.</summary>
public sealed class OddInputTests
{
    public static TheoryData<string> OddTexts => new()
    {
        "",
        "   ",
        new string('x', 5000),
        "😀🎉🚀",
        "¿Puedes ayudarme con mi carrera?",
        "<script>alert('x')</script>",
        "**bold** _it_ [link](http://example.com)",
        "line\u0000with\u0007control\u001bchars",
        "日本語のテキスト",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task WhenIdleOddTextGetsTheMenu(string text)
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(text);
        // Not understood says what it heard and offers the nearest things; another language gets the kind reply.
        Assert.True(reply.Contains(Says(CoachBot.Coaching.Commands.MenuTexts.Heard)) || reply.Contains(Says(CoachingTexts.GreetingFirst))
            || reply.Contains(Says(CoachBot.BotFramework.Understanding.UnderstandingTexts.OtherLanguage)), reply.Text);
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task AsAGoalOddTextIsAskedAboutAndNeverCrashes(string text)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        var reply = await chat.SayAsync(text);
        Assert.False(reply.Contains("Sorry, something went wrong"), reply.Text);
        Assert.True(reply.Activities.Count > 0);
        var state = await StateAsync(chat);
        Assert.Empty(state.Goals);
    }

    [Fact]
    public async Task ControlCharactersNeverReachAStoredGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA\u0007 exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        await chat.SayAsync("yes");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.DoesNotContain(goal.Text + goal.Statement, c => char.IsControl(c));
    }
}
