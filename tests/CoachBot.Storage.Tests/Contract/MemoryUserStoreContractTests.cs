using CoachBot.BotFramework.State;

namespace CoachBot.Storage.Tests.Contract;

/// <summary>The in-memory store keeps the same contract, so tests that use it tell the truth about the real ones.</summary>
public sealed class MemoryUserStoreContractTests : UserStoreContract
{
    protected override Task<IUserStore> CreateStoreAsync() => Task.FromResult<IUserStore>(new MemoryUserStore());
}
