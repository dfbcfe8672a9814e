using CoachBot.Coaching.CheckIns;
using CoachBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>The <c>CheckIns</c> section binds to one options class, as the host composes it, and is checked at start.</summary>
public class CheckInSettingsTests
{
    private static CheckInOptions Bind(IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddLogging().AddCoachBot(configuration).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.GetRequiredService<IOptions<CheckInOptions>>().Value;
    }

    [Fact]
    public void TheSampleSettingsBindAndMatchTheDefaults()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "appsettings.sample.json"))) dir = dir.Parent;
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(dir.FullName, "appsettings.sample.json")).Build();
        var options = Bind(configuration);
        var defaults = new CheckInOptions();
        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollInterval);
        Assert.Equal(defaults.BatchSize, options.BatchSize);
        Assert.Equal(defaults.TenantMessagesPerSecond, options.TenantMessagesPerSecond);
        Assert.Equal(defaults.FreshnessWindow, options.FreshnessWindow);
        Assert.Equal(defaults.DefaultTime, options.DefaultTime);
        Assert.Equal(defaults.DefaultQuietStart, options.DefaultQuietStart);
        Assert.Equal(DayOfWeek.Monday, options.DefaultDay);
    }

    [Fact]
    public void AWrongValueFailsAtStartNamingItsKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CheckIns:PollInterval"] = "00:00:00",
            ["CheckIns:TenantMessagesPerSecond"] = "80",
            ["CheckIns:ReminderAfterDays"] = "0",
        }).Build();
        var error = Assert.Throws<OptionsValidationException>(() => Bind(configuration));
        Assert.Contains("CheckIns:PollInterval", error.Message);
        Assert.Contains("CheckIns:TenantMessagesPerSecond", error.Message);
        Assert.Contains("CheckIns:ReminderAfterDays", error.Message);
    }
}
