using CoachBot.Host.Tests.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Dialogs;

/// <summary>A choice the code switches on that dialogs/ lacks stops the bot at start, named, like a missing sentence does.</summary>
public sealed class ChoiceStartupTests
{
    [Fact]
    public async Task AMissingChoiceKeyFailsStartNamingTheSetAndTheKey()
    {
        using var dialogs = new DialogsCopy();
        dialogs.RemoveChoice("reflection", "progress", "behind");
        await using var bot = new SchedulerHarness(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Dialogs:Path"] = dialogs.Folder,
        }, new FakeTimeProvider());

        var error = Assert.Throws<InvalidDataException>(() => bot.Adapter);

        Assert.Contains("reflection.progress.behind", error.Message);
    }

    [Fact]
    public async Task TheShippedDialogsHoldEveryChoiceTheCodeNeeds()
    {
        await using var bot = new SchedulerHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" }, new FakeTimeProvider());

        Assert.NotNull(bot.Adapter);
    }
}
