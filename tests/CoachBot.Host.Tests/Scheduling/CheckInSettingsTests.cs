using CoachBot.Coaching.CheckIns;
using CoachBot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Tests.Scheduling;

public class CheckInSettingsTests
{
    private static (CheckInOptions Rules, SchedulerOptions Scheduler) Bind(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddCheckIns(configuration);
        using var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IOptions<CheckInOptions>>().Value, provider.GetRequiredService<IOptions<SchedulerOptions>>().Value);
    }

    [Fact]
    public void TheSampleSettingsBindAndMatchTheDefaults()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "appsettings.sample.json"))) dir = dir.Parent;
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(dir.FullName, "appsettings.sample.json")).Build();
        var (rules, scheduler) = Bind(configuration);
        var defaults = new CheckInOptions();
        Assert.True(scheduler.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(30), scheduler.PollInterval);
        Assert.Equal(defaults.FreshnessWindow, rules.FreshnessWindow);
        Assert.Equal(defaults.DefaultTime, rules.DefaultTime);
        Assert.Equal(defaults.DefaultQuietStart, rules.DefaultQuietStart);
        Assert.Equal(DayOfWeek.Monday, rules.DefaultDay);
        Assert.Null(rules.FirstCheckInAfter);
        Assert.False(scheduler.TestHook.ExitAfterClaim);
    }

    [Fact]
    public void AWrongValueFailsNamingItsKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CheckIns:PollInterval"] = "00:00:00",
            ["CheckIns:TenantMessagesPerSecond"] = "80",
        }).Build();
        var error = Assert.Throws<OptionsValidationException>(() => Bind(configuration).Scheduler);
        Assert.Contains("CheckIns:PollInterval", error.Message);
        Assert.Contains("CheckIns:TenantMessagesPerSecond", error.Message);
    }
}
