using Azure.Data.Tables;
using CoachBot.BotFramework.State;
using CoachBot.Storage.Tables;

namespace CoachBot.Storage.Tests.Contract;

/// <summary>The contract on Table Storage through a real Azurite, in tables of its own for every test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableUserStoreContractTests(AzuriteFixture azurite) : UserStoreContract
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..12];

    protected override Task<IUserStore> CreateStoreAsync() =>
        Task.FromResult<IUserStore>(TableUserStore.FromConnectionString(azurite.ConnectionString, _prefix));

    protected override async Task DeleteStoreAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        await service.DeleteTableAsync(_prefix + "users");
        await service.DeleteTableAsync(_prefix + "due");
    }
}
