using System.Text.Json;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Hosting;
using CoachBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The SQLite file a test's bot keeps its users in, changed from outside as another instance would: one user's
/// record, read and written with the app's own record schema, with an ETag (the bot may be writing too).
/// </summary>
public sealed class BotStore(string database)
{
    private static readonly Lazy<UserRecordSerializer> Records = new(() =>
    {
        using var services = new ServiceCollection().AddLogging().AddCoachBot(new ConfigurationBuilder().Build()).BuildServiceProvider();
        return services.GetRequiredService<UserRecordSerializer>();
    });

    private readonly SqliteUserStore _store = new(database);

    /// <summary>Changes the user's record; on a conflict with the bot, reads it again and changes that.</summary>
    public async Task ChangeAsync(string userKey, Action<UserRecord> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await _store.ReadAsync(userKey, default) ?? throw new InvalidOperationException($"No record for {userKey}.");
            var record = Records.Value.Deserialize(stored.Json);
            change(record);
            try
            {
                await _store.WriteAsync(userKey, Records.Value.Serialize(record), stored.ETag, [], default);
                return;
            }
            catch (StoreConflictException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>
    /// Seeds the due time: the user's next check-in is moved to <paramref name="due"/> in the record and in the due
    /// index, as if the schedule said so (the schedule itself, and its own next occurrence, stay as the user set them).
    /// </summary>
    public async Task MoveNextCheckInAsync(string userKey, DateTimeOffset due)
    {
        await ChangeAsync(userKey, record =>
        {
            var checkIns = record.Properties[CheckInState.PropertyName].Deserialize(CheckInJsonContext.Default.CheckInState)!;
            checkIns.NextUtc = due;
            checkIns.IndexedDueUtc = due;
            record.Properties[CheckInState.PropertyName] = JsonSerializer.SerializeToElement(checkIns, CheckInJsonContext.Default.CheckInState);
        });
        await _store.UpsertDueAsync(new DueEntry(due, userKey), default);
    }
}
