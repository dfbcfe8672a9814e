using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>AddCoachBotUnderstanding in a real generic host, started and stopped as the app does.</summary>
public class ServiceRegistrationTests
{
    private static IHost Build(string? matcher, params ICandidateSetSource[] sources)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (matcher is not null) builder.Configuration.AddInMemoryCollection([new("Understanding:Matcher", matcher)]);
        foreach (var source in sources) builder.Services.AddSingleton(source);
        builder.Services.AddCoachBotUnderstanding(builder.Configuration);
        return builder.Build();
    }

    [Theory]
    [InlineData("Off")]
    [InlineData("off")]
    public async Task OffRegistersTheNoOpAndLoadsNothing(string value)
    {
        var loads = 0;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("Understanding:Matcher", value)]);
        builder.Services.AddSingleton(new EmbeddingModel($"counted-{Guid.NewGuid():N}", _ => { loads++; throw new InvalidOperationException(); },
            EmbeddingModels.Default.Thresholds));
        builder.Services.AddCoachBotUnderstanding(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();

        var matcher = host.Services.GetRequiredService<ISemanticMatcher>();
        Assert.IsType<NoSemanticMatcher>(matcher);
        Assert.False(matcher.IsEnabled);
        Assert.Same(SemanticMatch.None, await matcher.MatchAsync("finished it", "reflection.progress", CancellationToken.None));
        Assert.Equal(0, loads);
        await host.StopAsync();
    }

    [Fact]
    public async Task ByDefaultTheHostStartWarmsUpTheEmbeddingMatcher()
    {
        using var host = Build(null, new CandidateSetList(SharedModel.Examples));
        await host.StartAsync();

        var matcher = Assert.IsType<EmbeddingSemanticMatcher>(host.Services.GetRequiredService<ISemanticMatcher>());
        Assert.True(matcher.IsEnabled);
        Assert.Same(EmbeddingModels.Default, matcher.Model);
        Assert.True(await matcher.WhenReadyAsync(CancellationToken.None));
        Assert.Equal("blocked", (await matcher.MatchAsync("completely stuck", "reflection.progress", CancellationToken.None)).Best?.Key);
        Assert.Equal(1, matcher.RecentTextCount); // the host keeps recent texts' vectors by default
        await host.StopAsync();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(UnderstandingOptions.MaxRecentTexts + 1)]
    public void RecentTextsOutOfRangeIsNamed(int value)
    {
        var problems = new UnderstandingOptions { RecentTexts = value }.FindProblems().ToList();
        Assert.Contains(problems, p => p.Contains("Understanding:RecentTexts", StringComparison.Ordinal));
        Assert.Empty(new UnderstandingOptions { RecentTexts = 0 }.FindProblems());
    }

    [Fact]
    public async Task AnUnknownMatcherStopsStartWithTheKeyNamed()
    {
        using var host = Build("Bert");
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Understanding:Matcher 'Bert'", ex.Message);
    }

    [Fact]
    public async Task BadCandidateSetsStopStart()
    {
        using var host = Build("Embeddings", new CandidateSetList([new("menu.main", [new("help", ["what now"]), new("help", ["lost"])])]));
        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => host.StartAsync());
        Assert.Contains("menu.main.help: the key is given twice", ex.Message);
    }

    [Fact]
    public void TheSampleSettingsDocumentEveryKeyWithAValidValue()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "appsettings.sample.json"))) dir = dir.Parent;
        var sample = new ConfigurationBuilder().AddJsonFile(Path.Combine(dir.FullName, "appsettings.sample.json")).Build();
        var section = sample.GetSection(UnderstandingOptions.SectionName);

        foreach (var property in typeof(UnderstandingOptions).GetProperties().Where(p => p.CanWrite))
        {
            Assert.NotNull(section[property.Name]);
            Assert.False(string.IsNullOrWhiteSpace(section["// " + property.Name]), $"{property.Name} has no description");
        }
        var options = section.Get<UnderstandingOptions>()!;
        Assert.Empty(options.FindProblems());
        Assert.Equal(SemanticMatcherMode.Embeddings, options.ParsedMatcher);
    }
}
