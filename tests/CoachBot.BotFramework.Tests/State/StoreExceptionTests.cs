using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Tests.State;

/// <summary>Store exceptions are logged with their message; the user key stays in a property, out of the message.</summary>
public sealed class StoreExceptionTests
{
    private const string Key = "msteams|tenant-1|29:1AbCdEfGhIjK";

    [Fact]
    public void AStoreExceptionsMessageHoldsNoUserKey()
    {
        Exception[] errors = [new StoreConflictException(Key), new RecordTooLargeException(Key, 600_000)];

        foreach (var error in errors)
        {
            Assert.DoesNotContain("29:1AbCdEfGhIjK", error.Message);
            Assert.DoesNotContain("tenant-1", error.ToString());
        }
        Assert.Equal(Key, ((StoreConflictException)errors[0]).UserKey);
        Assert.Equal(Key, ((RecordTooLargeException)errors[1]).UserKey);
    }
}
