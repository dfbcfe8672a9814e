using CoachBot.BotFramework.Builder;

namespace CoachBot.BotFramework.Tests.Builder;

/// <summary>One user's turns run one after another; other users' do not wait; nothing is kept for a user once idle.</summary>
public sealed class UserTurnLocksTests
{
    [Fact]
    public async Task ASecondTurnOfTheUserWaitsForTheFirstAndAnotherUserDoesNot()
    {
        var locks = new UserTurnLocks();
        var first = await locks.EnterAsync("ada", default);

        var second = locks.EnterAsync("ada", default).AsTask();
        var other = locks.EnterAsync("grace", default).AsTask();

        Assert.True(other.IsCompleted);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        (await other).Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AWaitThatIsCancelledLeavesNothingBehind()
    {
        var locks = new UserTurnLocks();
        var held = await locks.EnterAsync("ada", default);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.EnterAsync("ada", cancel.Token).AsTask();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.Count);
        (await locks.EnterAsync("ada", default)).Dispose(); // and the user is not locked out
    }
}
