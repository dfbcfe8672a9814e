using CoachBot.TestSupport;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Processes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.9: <c>/healthz/live</c> says the process answers; <c>/healthz/ready</c> (and <c>/healthz</c>, kept for
/// existing probes) says storage can be read and written. A SQLite file that can no longer be written (made read-only
/// under the running bot) must turn ready unhealthy even though every read still works.
/// </summary>
public sealed class HealthTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task ReadyTurnsUnhealthyWhenTheDatabaseFileCannotBeWrittenAndLiveStaysUp()
    {
        var file = Path.Combine(_folder.Path, "coachbot.db");
        await using var bot = await StartAsync(file);
        Assert.Equal(HttpStatusCode.OK, (await bot.Bot.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Bot.GetAsync("/healthz")).StatusCode);

        using (ReadOnlyFile.Make(file))
        {
            // Connections opened from now on see the file as it is now.
            SqliteConnection.ClearAllPools();
            _clock.Advance(TimeSpan.FromSeconds(31));

            var ready = await bot.Bot.GetAsync("/healthz/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
            Assert.Equal("unhealthy", body["status"]!.ToString());
            Assert.Equal("readOnly", body["storage"]!.ToString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Bot.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await bot.Bot.GetAsync("/healthz/live")).StatusCode);
            SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task LiveAnswersWithoutAskingStorage()
    {
        await using var bot = await StartAsync(Path.Combine(_folder.Path, "live.db"));

        var live = await bot.Bot.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("healthy", JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]!.ToString());
        Assert.False(File.Exists(Path.Combine(_folder.Path, "live.db")), "live touched storage");
    }

    [Fact]
    public async Task TheHealthRowIsWrittenAtMostEvery30Seconds()
    {
        var file = Path.Combine(_folder.Path, "coachbot.db");
        await using var bot = await StartAsync(file);
        var start = _clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.OK, (await bot.Bot.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(start, await WrittenAtAsync(file));
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(HttpStatusCode.OK, (await bot.Bot.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(start, await WrittenAtAsync(file));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await bot.Bot.GetAsync("/healthz")).StatusCode);
        Assert.Equal(start.AddSeconds(31), await WrittenAtAsync(file));

        // The row is no user: the users table holds none.
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM users";
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static async Task<DateTimeOffset> WrittenAtAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT written_utc FROM health";
        return new DateTimeOffset((long)(await command.ExecuteScalarAsync())!, TimeSpan.Zero);
    }

    private Task<BotWithSettings> StartAsync(string file) =>
        BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = file,
        }, services: s => s.AddSingleton<TimeProvider>(_clock));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>
/// Makes a file read-only for as long as the returned handle lives: by its mode bits, or, for root (whom mode bits do
/// not stop), by the immutable attribute. Either way SQLite can open the file for reading only.
/// </summary>
public static class ReadOnlyFile
{
    public static IDisposable Make(string path)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The read-only stand-in uses Unix file modes and chattr.");
        if (GetEffectiveUserId() != 0)
        {
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            return new Undo(() => { if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode); });
        }
        Chattr("+i", path);
        return new Undo(() => Chattr("-i", path));
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Running as root, the test needs `chattr {flag}` to make {path} read-only: {error}");
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
