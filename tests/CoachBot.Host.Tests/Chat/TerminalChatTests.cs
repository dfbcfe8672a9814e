using CoachBot.TestSupport;

namespace CoachBot.Host.Tests.Chat;

public class TerminalChatTests
{
    [Fact]
    public async Task TerminalChatWelcomesThenAnswersHelpFromAnyFolder()
    {
        using var folder = new TempFolder();
        await using var bot = BotProcess.Start(folder.Path, ["chat"], new Dictionary<string, string?> { ["Storage__Provider"] = "Memory" });

        await bot.Process.StandardInput.WriteLineAsync("help");
        await bot.Process.StandardInput.WriteLineAsync("/quit");
        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exitCode);
        var output = bot.Output;
        Assert.Contains("I'm CoachBot, your career coach", output);
        Assert.Contains("\"my plan\"", output);
        // The welcome is said once, not again for the help request.
        Assert.Equal(1, Count(output, "I'm CoachBot, your career coach"));
    }

    [Fact]
    public async Task AWrongSettingStopsTheChatNamingItsKey()
    {
        using var folder = new TempFolder();
        await using var bot = BotProcess.Start(folder.Path, ["chat"], new Dictionary<string, string?> { ["Storage__Provider"] = "Cosmos" });

        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:Provider", bot.Output);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
