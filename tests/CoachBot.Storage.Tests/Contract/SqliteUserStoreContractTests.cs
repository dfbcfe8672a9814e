using CoachBot.BotFramework.State;
using CoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoachBot.Storage.Tests.Contract;

/// <summary>The contract on a real SQLite file in a temporary folder that does not exist yet.</summary>
public sealed class SqliteUserStoreContractTests : UserStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachbot-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override Task<IUserStore> CreateStoreAsync() =>
        Task.FromResult<IUserStore>(new SqliteUserStore(Path.Combine(_folder, "nested", "coachbot.db")));

    protected override Task DeleteStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
